import type { PackAnalysis } from '../analysis';
import type { RelatedInfo } from '../diagnostic';
import type { Initiative, Team } from '../model/types';
import { percentText, roundPair } from '../model/values';
import { oneDecimal } from '../text/format';
import type { Span } from '../text/lineIndex';
import { formatWeek } from '../time';
import type { Contribution } from './loads';
import { unconfirmedSteps } from './teamCapacity';

const NAMED_IN_MESSAGE = 5;
/** Related entries listed with a capacity finding (the message names fewer). */
export const MOST_RELATED = 20;

/** "34.0 of 31.2 engineer-weeks (109%)" */
export function loadText(load: number, capacity: number): string {
  const share = capacity > 0 ? ` (${percentText(load / capacity)})` : ' (the team has no capacity then)';
  const [planned, available] = roundPair(load, capacity);
  return `${planned} of ${available} engineer-weeks${share}`;
}

/** "db-scaling-2 (8.0), redis-cluster (8.0) and 2 more": the largest parts first, of `total` in all. */
export function loadedBy(parts: { id: string; amount: number }[], total = parts.length): string {
  const named = parts.slice(0, NAMED_IN_MESSAGE).map((part) => `${part.id} (${oneDecimal(part.amount)})`);
  const rest = total - named.length;
  return rest > 0 ? `${named.join(', ')} and ${rest} more` : named.join(', ');
}

/** A place in a document: `uri` names another document than the one the finding is in. */
export interface Place {
  span: Span;
  uri?: string;
}

/**
 * What capacity findings name and point at: in a pack, its own initiatives
 * and teams (packPlaces); in a portfolio, a shared team in the portfolio's
 * file and the initiatives of every member in theirs (portfolio/sharedCapacity.ts).
 */
export interface CapacityPlaces {
  initiativeOf(c: Contribution): Initiative;
  /** How messages name the initiative: its id, `name:id` in a portfolio. */
  idOf(c: Contribution): string;
  /** The initiative's `effort`. */
  effortOf(c: Contribution): Place;
  /** The team's `id`. */
  teamAt(team: Team): Place;
}

/** A pack's own places. */
export function packPlaces(analysis: PackAnalysis, span: (path: readonly (string | number)[]) => Span): CapacityPlaces {
  return {
    initiativeOf: (c) => analysis.initiativeOf(c),
    idOf: (c) => analysis.initiativeOf(c).id,
    effortOf: (c) => ({ span: span([...analysis.initiativeOf(c).path, 'effort']) }),
    teamAt: (team) => ({ span: span([...team.path, 'id']) }),
  };
}

/** Related information at a place. */
export function relatedAt(place: Place, message: string): RelatedInfo {
  return place.uri === undefined ? { message, span: place.span } : { message, span: place.span, uri: place.uri };
}

/** Related information at each contributing initiative's effort. */
export function contributionLinks(places: CapacityPlaces, contributions: readonly Contribution[], describe: (c: Contribution) => string): RelatedInfo[] {
  return contributions.slice(0, MOST_RELATED).map((c) => relatedAt(places.effortOf(c), describe(c)));
}

/** " Not counting 2 unconfirmed hires from 2026-Q4-W1." when figures leave hires out. */
export function hiresNote(team: Team, ifHired: boolean): string {
  if (ifHired) return '';
  const steps = unconfirmedSteps(team);
  if (steps.length === 0) return '';
  const first = steps[0];
  return ` Not counting unconfirmed headcount (${first.count} from ${formatWeek(first.from)}${steps.length > 1 ? ` and ${steps.length - 1} more step(s)` : ''}).`;
}
