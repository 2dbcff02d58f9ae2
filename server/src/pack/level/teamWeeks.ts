import type { TeamInputs } from '../capacity/capacityInputs';
import { isAbove, teamLoad } from '../capacity/loads';
import type { WeekSpan } from '../time';

/**
 * One team's weeks while the levelling places work: the capacity the capacity
 * analysis computes (capacity/loads.ts, the numbers RP501 and RP503 use) and
 * the load of what is placed so far, added part by part at the same rates.
 */
export interface TeamWeeks {
  firstWeek: number;
  capacity: Float64Array;
  load: Float64Array;
}

/** Undefined for a team that no initiative loads. */
export function emptyWeeks(inputs: TeamInputs): TeamWeeks | undefined {
  if (inputs.parts.length === 0) return undefined;
  const { firstWeek, capacity } = teamLoad(inputs);
  return { firstWeek, capacity, load: new Float64Array(capacity.length) };
}

/** Whether `rate` more engineer-weeks fit in every week of the span ("above" is strictly greater, as the rules read it). */
export function hasRoom(weeks: TeamWeeks, rate: number, span: WeekSpan): boolean {
  if (rate <= 0) return true;
  for (let week = span.first; week <= span.last; week++) {
    const i = week - weeks.firstWeek;
    if (i < 0 || i >= weeks.load.length || isAbove(weeks.load[i] + rate, weeks.capacity[i])) return false;
  }
  return true;
}

export function addLoad(weeks: TeamWeeks, rate: number, span: WeekSpan): void {
  for (let week = Math.max(span.first, weeks.firstWeek); week <= span.last && week - weeks.firstWeek < weeks.load.length; week++) weeks.load[week - weeks.firstWeek] += rate;
}
