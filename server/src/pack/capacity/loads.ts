import type { Initiative, PackModel, Team } from '../model/types';
import { effortAt } from '../model/values';
import { QuarterIndex, WeekIndex, WeekSpan, firstWeekOfQuarter, quarterOfWeek, spanLength } from '../time';
import type { TeamIndex } from './teamIndex';
import { weeklyCapacity } from './teamCapacity';

/** One initiative's load on one team: `rate` engineer-weeks in every week of `span`. */
export interface Contribution {
  initiative: Initiative;
  team: Team;
  span: WeekSpan;
  rate: number;
  total: number;
}

/** A team's planned load and capacity, week by week from `firstWeek`. */
export interface TeamLoad {
  team: Team;
  firstWeek: WeekIndex;
  load: Float64Array;
  capacity: Float64Array;
  contributions: Contribution[];
}

/** Longest run of weeks analysed per team (a century): guards against `0001-Q1..9999-Q4`. */
const MAX_WEEKS = 5200;

/**
 * Spreads each initiative's effort (at the pack's estimate) evenly over the
 * weeks of its span and its owners' shares. Cut initiatives and those without
 * a span, an effort or a resolvable owner take no capacity (other rules report
 * what is missing). Linear in initiatives plus weeks: loads are added with a
 * difference array, not week by week.
 */
export function computeLoads(model: PackModel, teams: TeamIndex, ifHired: boolean): Map<Team, TeamLoad> {
  const contributions = new Map<Team, Contribution[]>();
  for (const initiative of model.initiatives) {
    for (const contribution of contributionsOf(initiative, model, teams)) {
      const list = contributions.get(contribution.team);
      if (list) list.push(contribution);
      else contributions.set(contribution.team, [contribution]);
    }
  }
  const loads = new Map<Team, TeamLoad>();
  for (const [team, list] of contributions) loads.set(team, teamLoad(team, list, model.horizon, ifHired));
  return loads;
}

function contributionsOf(initiative: Initiative, model: PackModel, teams: TeamIndex): Contribution[] {
  if (initiative.status === 'cut' || !initiative.span || !initiative.effort) return [];
  const effort = effortAt(initiative.effort, model.capacity.estimate);
  const weeks = spanLength(initiative.span);
  return initiative.owners.flatMap((owner) => {
    const team = teams.find(owner.name);
    if (!team) return [];
    const total = effort * owner.share;
    return [{ initiative, team, span: initiative.span!, rate: total / weeks, total }];
  });
}

function teamLoad(team: Team, contributions: Contribution[], horizon: WeekSpan | undefined, ifHired: boolean): TeamLoad {
  // Loops, not Math.min(...spread): a spread of 100,000 arguments overflows the stack.
  let first = horizon?.first ?? Infinity;
  let last = horizon?.last ?? -Infinity;
  for (const c of contributions) {
    first = Math.min(first, c.span.first);
    last = Math.max(last, c.span.last);
  }
  first = firstWeekOfQuarter(quarterOfWeek(first));
  last = Math.min(firstWeekOfQuarter(quarterOfWeek(last)) + 12, first + MAX_WEEKS - 1);
  const size = last - first + 1;
  const delta = new Float64Array(size + 1);
  for (const c of contributions) {
    const start = Math.max(c.span.first, first) - first;
    const end = Math.min(c.span.last, last) - first + 1;
    if (start >= end) continue;
    delta[start] += c.rate;
    delta[end] -= c.rate;
  }
  const load = new Float64Array(size);
  const capacity = new Float64Array(size);
  let running = 0;
  for (let i = 0; i < size; i++) {
    running += delta[i];
    load[i] = Math.abs(running) < 1e-12 ? 0 : running;
    capacity[i] = weeklyCapacity(team, first + i, ifHired);
  }
  return { team, firstWeek: first, load, capacity, contributions };
}

export interface QuarterLoad {
  quarter: QuarterIndex;
  load: number;
  capacity: number;
  /** Each contributing initiative's engineer-weeks in this quarter, largest first. */
  parts: { contribution: Contribution; amount: number }[];
}

/** The team's load per quarter, for every quarter it has work in. */
export function quarterLoads(teamLoad: TeamLoad): QuarterLoad[] {
  const result: QuarterLoad[] = [];
  for (let start = 0; start < teamLoad.load.length; start += 13) {
    const quarter = quarterOfWeek(teamLoad.firstWeek + start);
    const span = { first: teamLoad.firstWeek + start, last: teamLoad.firstWeek + start + 12 };
    let load = 0;
    let capacity = 0;
    for (let i = start; i < start + 13 && i < teamLoad.load.length; i++) {
      load += teamLoad.load[i];
      capacity += teamLoad.capacity[i];
    }
    if (load <= 0) continue;
    const parts = teamLoad.contributions
      .map((contribution) => ({ contribution, amount: contribution.rate * overlap(contribution.span, span) }))
      .filter((part) => part.amount > 0)
      .sort((a, b) => b.amount - a.amount);
    result.push({ quarter, load, capacity, parts });
  }
  return result;
}

export function overlap(a: WeekSpan, b: WeekSpan): number {
  return Math.max(0, Math.min(a.last, b.last) - Math.max(a.first, b.first) + 1);
}

/** Tolerance for comparing sums of fractions: "above" means strictly greater. */
export const EPSILON = 1e-9;

export function isAbove(value: number, limit: number): boolean {
  return value > limit * (1 + EPSILON) + EPSILON;
}
