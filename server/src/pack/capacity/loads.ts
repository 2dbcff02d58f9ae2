import type { Team } from '../model/types';
import { QuarterIndex, WeekIndex, WeekSpan, firstWeekOfQuarter, quarterOfWeek } from '../time';
import type { TeamInputs } from './capacityInputs';
import { weeklyCapacity } from './teamCapacity';

/**
 * The capacity analysis works on plain inputs and refers to initiatives and
 * teams by position, so that its result can be reused by a later check whose
 * inputs are the same (PackAnalysis maps positions to that check's objects).
 * A part is one initiative's load on one owner team.
 */
export interface LoadPart {
  initiative: number;
  span: WeekSpan;
  /** Engineer-weeks in every week of the span. */
  rate: number;
  total: number;
}

/** A team's planned load and capacity, week by week from `firstWeek`. */
export interface LoadOf<Part> {
  firstWeek: WeekIndex;
  load: Float64Array;
  capacity: Float64Array;
  /** Shared with the team's inputs and later checks: never changed. */
  contributions: readonly Part[];
}

export interface QuarterLoadOf<Part> {
  quarter: QuarterIndex;
  load: number;
  capacity: number;
  /** Each contributing initiative's engineer-weeks in this quarter, largest first. */
  parts: { contribution: Part; amount: number }[];
}

/** One initiative's load on one team (PackAnalysis.initiativeOf names the initiative). */
export type Contribution = LoadPart;

/** A team's load as a check's rules see it: the reused analysis with this check's team. */
export interface TeamLoad extends LoadOf<Contribution> {
  team: Team;
}

export type QuarterLoad = QuarterLoadOf<Contribution>;

/** Longest run of weeks analysed per team (a century): guards against `0001-Q1..9999-Q4`. */
const MAX_WEEKS = 5200;

/**
 * One team's load week by week: its parts added with a difference array, so
 * the work is linear in parts plus weeks, not their product.
 */
export function teamLoad(inputs: TeamInputs): LoadOf<LoadPart> {
  const contributions = inputs.parts;
  const { first, last } = weeksCovered(contributions, inputs.horizon);
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
    capacity[i] = weeklyCapacity(inputs.staffing, first + i, inputs.ifHired);
  }
  return { firstWeek: first, load, capacity, contributions };
}

/** Whole quarters from the first planned (or horizon) week to the last, at most MAX_WEEKS. */
function weeksCovered(contributions: readonly LoadPart[], horizon: WeekSpan | undefined): WeekSpan {
  // Loops, not Math.min(...spread): a spread of 100,000 arguments overflows the stack.
  let first = horizon?.first ?? Infinity;
  let last = horizon?.last ?? -Infinity;
  for (const c of contributions) {
    first = Math.min(first, c.span.first);
    last = Math.max(last, c.span.last);
  }
  first = firstWeekOfQuarter(quarterOfWeek(first));
  return { first, last: Math.min(firstWeekOfQuarter(quarterOfWeek(last)) + 12, first + MAX_WEEKS - 1) };
}

/**
 * The team's load per quarter, for every quarter it has work in. Each
 * contribution is added to the quarters its span overlaps, so the work is
 * linear in contributions (not contributions times quarters).
 */
export function quarterLoads<Part extends { span: WeekSpan; rate: number }>(teamLoad: LoadOf<Part>): QuarterLoadOf<Part>[] {
  const quarterCount = Math.ceil(teamLoad.load.length / 13);
  const parts: { contribution: Part; amount: number }[][] = Array.from({ length: quarterCount }, () => []);
  for (const contribution of teamLoad.contributions) {
    const first = Math.max(0, Math.floor((contribution.span.first - teamLoad.firstWeek) / 13));
    const last = Math.min(quarterCount - 1, Math.floor((contribution.span.last - teamLoad.firstWeek) / 13));
    for (let q = first; q <= last; q++) {
      const span = { first: teamLoad.firstWeek + q * 13, last: teamLoad.firstWeek + q * 13 + 12 };
      const amount = contribution.rate * overlap(contribution.span, span);
      if (amount > 0) parts[q].push({ contribution, amount });
    }
  }
  const result: QuarterLoadOf<Part>[] = [];
  for (let q = 0; q < quarterCount; q++) {
    const start = q * 13;
    let load = 0;
    let capacity = 0;
    for (let i = start; i < start + 13 && i < teamLoad.load.length; i++) {
      load += teamLoad.load[i];
      capacity += teamLoad.capacity[i];
    }
    if (load <= 0) continue;
    result.push({ quarter: quarterOfWeek(teamLoad.firstWeek + start), load, capacity, parts: parts[q].sort((a, b) => b.amount - a.amount) });
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
