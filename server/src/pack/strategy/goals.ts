import type { Goal, Initiative, PackModel } from '../model/types';
import type { WeekIndex } from '../time';

/**
 * Where a goal stands (format: "Goals, trade-offs and value delivery"):
 * - `unserved`: no initiative that is not cut names it in `serves`;
 * - `late`: the last serving initiative ends after the end of `by`;
 * - `on-track`: it ends by then;
 * - `undated`: served, but nothing to compare: no `by`, no serving
 *   initiative with a `when`, or a now-next-later pack (its initiatives end
 *   in a column, not a week).
 */
export type GoalState = 'unserved' | 'late' | 'on-track' | 'undated';

export interface GoalStanding {
  goal: Goal;
  /** The initiatives that are not cut and name the goal in `serves`, in pack order. */
  servedBy: Initiative[];
  /** Cut initiatives that name it: they serve nothing, but say why a goal lost its work. */
  cutServers: Initiative[];
  /** The serving initiative with a `when` that ends last (the first of those ending that week). */
  last: Initiative | undefined;
  state: GoalState;
}

/**
 * Each goal's standing, in the order of `model.goals`. A goal whose id an
 * earlier goal or entity already has is left out (RP201 reports it; `serves`
 * names the first). Linear in the initiatives' `serves`.
 */
export function goalStandings(model: PackModel): GoalStanding[] {
  const goals = model.goals.filter((goal) => goal.id !== '' && model.byId.get(goal.id) === goal);
  if (goals.length === 0) return [];
  const servers = new Map<string, { live: Initiative[]; cut: Initiative[] }>(goals.map((goal) => [goal.id, { live: [], cut: [] }]));
  for (const initiative of model.initiatives) {
    for (const id of new Set(initiative.serves)) {
      const entry = servers.get(id);
      if (entry) (initiative.status === 'cut' ? entry.cut : entry.live).push(initiative);
    }
  }
  const dated = model.format !== 'now-next-later';
  return goals.map((goal) => standing(goal, servers.get(goal.id)!, dated));
}

function standing(goal: Goal, servers: { live: Initiative[]; cut: Initiative[] }, dated: boolean): GoalStanding {
  const last = dated ? lastToEnd(servers.live) : undefined;
  const state: GoalState = servers.live.length === 0 ? 'unserved' : goal.by === undefined || !last ? 'undated' : last.span!.last > goal.by ? 'late' : 'on-track';
  return { goal, servedBy: servers.live, cutServers: servers.cut, last, state };
}

/** The initiative with a `when` whose last week is latest; undefined when none has a `when`. */
function lastToEnd(initiatives: readonly Initiative[]): Initiative | undefined {
  let last: Initiative | undefined;
  for (const initiative of initiatives) if (initiative.span && (!last || initiative.span.last > last.span!.last)) last = initiative;
  return last;
}

/** Goals that are unserved or late: what a status update calls at risk. */
export function goalsAtRisk(standings: readonly GoalStanding[]): GoalStanding[] {
  return standings.filter((standing) => standing.state === 'unserved' || standing.state === 'late');
}

/**
 * Time to first value (seed 003's Minimal Viable Fragments): the first week
 * in which an initiative that is not cut and `delivers: value` ends, and the
 * horizon's middle week it is compared with. Undefined for a now-next-later
 * pack, a pack without a horizon, or one whose value work has no `when`.
 */
export interface FirstValue {
  initiative: Initiative;
  week: WeekIndex;
  /** 1 for the horizon's first week. */
  weekOfHorizon: number;
  horizonWeeks: number;
  /** ceil(horizonWeeks / 2): later than this is "late". */
  middle: number;
  late: boolean;
}

export function firstValue(model: PackModel): FirstValue | undefined {
  const horizon = model.horizon;
  if (!horizon || model.format === 'now-next-later') return undefined;
  let first: Initiative | undefined;
  for (const initiative of model.initiatives) {
    if (initiative.status === 'cut' || initiative.delivers !== 'value' || !initiative.span) continue;
    if (!first || initiative.span.last < first.span!.last) first = initiative;
  }
  if (!first) return undefined;
  const week = first.span!.last;
  const horizonWeeks = horizon.last - horizon.first + 1;
  const middle = Math.ceil(horizonWeeks / 2);
  const weekOfHorizon = week - horizon.first + 1;
  return { initiative: first, week, weekOfHorizon, horizonWeeks, middle, late: weekOfHorizon > middle };
}
