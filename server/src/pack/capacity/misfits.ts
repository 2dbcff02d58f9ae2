import type { TeamInputs } from './capacityInputs';
import { LoadOf, isAbove } from './loads';
import { weeklyCapacity } from './teamCapacity';
import type { WeekSpan } from '../time';

/** A part larger than its team's whole capacity over the part's span. */
export interface Misfit<Part> {
  contribution: Part;
  /** The team's engineer-weeks over the span. */
  available: number;
}

/** The parts that cannot fit even with nothing else planned (RP504), from the team's inputs and load alone. */
export function misfits<Part extends { span: WeekSpan; total: number }>(load: LoadOf<Part>, inputs: TeamInputs): Misfit<Part>[] {
  return load.contributions.flatMap((contribution) => {
    const available = capacityOver(load, contribution.span, inputs);
    return isAbove(contribution.total, available) ? [{ contribution, available }] : [];
  });
}

/** The team's engineer-weeks over the span: from the weekly figures the load already holds, where it covers the span. */
function capacityOver(load: LoadOf<unknown>, span: WeekSpan, inputs: TeamInputs): number {
  let available = 0;
  for (let week = span.first; week <= span.last; week++) {
    const index = week - load.firstWeek;
    available += index >= 0 && index < load.capacity.length ? load.capacity[index] : weeklyCapacity(inputs.staffing, week, inputs.ifHired);
  }
  return available;
}
