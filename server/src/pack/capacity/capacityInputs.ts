import type { Initiative, PackModel } from '../model/types';
import { effortAt } from '../model/values';
import { WeekSpan, spanLength } from '../time';
import type { LoadPart } from './loads';
import { LoadPartsReuse, OwnedPart, WorkPlace } from './loadPartsReuse';
import type { Staffing } from './teamCapacity';
import { TeamIndex } from './teamIndex';

/**
 * Everything one team's capacity analysis reads, as plain data (see
 * cache/reuse.ts): a team is analysed again only when these change.
 */
export interface TeamInputs {
  ifHired: boolean;
  horizon: WeekSpan | undefined;
  staffing: Staffing;
  /** The load parts on the team in initiative order; an unchanged initiative keeps its part objects. */
  parts: readonly LoadPart[];
}

/**
 * Reads each team's capacity inputs from the model, by team position. Cut
 * initiatives and those without a span, an effort or a resolvable owner take
 * no capacity (other rules report what is missing). With the document's
 * reuse, a team that no changed initiative loads keeps its parts list from
 * the last check, so comparing its inputs costs a pointer test.
 */
export function capacityInputs(model: PackModel, teams: TeamIndex, ifHired: boolean, reuse = new LoadPartsReuse()): TeamInputs[] {
  const position = new Map(model.teams.map((team, index) => [team, index]));
  const teamOf = (owner: string) => position.get(teams.find(owner)!);
  const place: WorkPlace = { estimate: model.capacity.estimate, teams: model.teams.map((team) => `${team.id}\u0000${team.name}`).join('\u0001') };
  const parts = reuse.byTeam(model.initiatives, place, model.teams.length, (initiative, index, where) => ownedParts(initiative, index, where, teamOf));
  const horizon = model.horizon && { first: model.horizon.first, last: model.horizon.last };
  return model.teams.map((team, index) => ({ ifHired, horizon, staffing: { headcount: team.headcount, bau: team.bau }, parts: parts[index] }));
}

const NO_PARTS: readonly OwnedPart[] = [];

/** One initiative's effort spread over its owners' shares, evenly over the weeks of its span. */
export function ownedParts(initiative: Initiative, index: number, place: WorkPlace, teamOf: (owner: string) => number | undefined): readonly OwnedPart[] {
  const { span, effort } = initiative;
  if (initiative.status === 'cut' || !span || !effort) return NO_PARTS;
  const engineerWeeks = effortAt(effort, place.estimate);
  return initiative.owners.flatMap((owner) => {
    const team = teamOf(owner.name);
    if (team === undefined) return [];
    const total = engineerWeeks * owner.share;
    return [{ team, part: { initiative: index, span, rate: total / spanLength(span), total } }];
  });
}
