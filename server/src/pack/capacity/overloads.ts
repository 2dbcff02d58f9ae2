import { WeekSpan, spansOverlap } from '../time';
import { LoadOf, isAbove } from './loads';

/** A run of consecutive weeks in which a team's load is above its capacity. */
export interface OverloadedRun<Part> {
  span: WeekSpan;
  peakWeek: number;
  peakLoad: number;
  peakCapacity: number;
  /** The parts whose spans overlap the run, highest weekly rate first. */
  contributions: Part[];
}

/** The team's overloaded runs of weeks (RP503), from its load alone. */
export function overloadedRuns<Part extends { span: WeekSpan; rate: number }>(load: LoadOf<Part>): OverloadedRun<Part>[] {
  const runs: OverloadedRun<Part>[] = [];
  let current: OverloadedRun<Part> | undefined;
  for (let i = 0; i < load.load.length; i++) {
    const week = load.firstWeek + i;
    if (load.load[i] <= 0 || !isAbove(load.load[i], load.capacity[i])) {
      current = undefined;
      continue;
    }
    if (!current) runs.push((current = { span: { first: week, last: week }, peakWeek: week, peakLoad: load.load[i], peakCapacity: load.capacity[i], contributions: [] }));
    current.span.last = week;
    if (ratio(load.load[i], load.capacity[i]) > ratio(current.peakLoad, current.peakCapacity)) Object.assign(current, { peakWeek: week, peakLoad: load.load[i], peakCapacity: load.capacity[i] });
  }
  for (const run of runs) run.contributions = load.contributions.filter((c) => spansOverlap(c.span, run.span)).sort((a, b) => b.rate - a.rate);
  return runs;
}

function ratio(load: number, capacity: number): number {
  return capacity > 0 ? load / capacity : Infinity;
}
