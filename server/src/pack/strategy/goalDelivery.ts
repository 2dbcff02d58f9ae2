import type { Goal, Initiative, PackModel } from '../model/types';
import { GoalStanding, goalStandings } from './goals';

/**
 * A goal's standing (strategy/goals.ts, what the checks report) in the words
 * the card, the lens and the goals view show:
 * - `unserved`: no initiative that is not cut serves it;
 * - `undated`: nothing says when the work serving it ends (no valid `when`, or a now-next-later pack);
 * - `open`: served and dated, but the goal has no `by` to be late for;
 * - `met` / `late`: the last serving initiative ends by the end of `by`, or after it.
 */
export type GoalState = 'unserved' | 'undated' | 'open' | 'met' | 'late';

export interface GoalDelivery {
  goal: Goal;
  /** The initiatives that serve it and are not cut, in pack order. */
  serving: readonly Initiative[];
  /** The serving initiative that ends last (the first of them on a tie), when any has a span. */
  last: Initiative | undefined;
  state: GoalState;
  /** `late`: weeks from the end of `by` to the last week of `last`; `met`: weeks to spare (0 when it ends in `by`'s last week). */
  weeks: number;
}

/** What a standing says, with the weeks late or to spare. */
export function deliveryOf(standing: GoalStanding): GoalDelivery {
  const { goal, servedBy: serving, last } = standing;
  const end = last?.span?.last;
  switch (standing.state) {
    case 'unserved':
      return { goal, serving, last, state: 'unserved', weeks: 0 };
    case 'late':
      return { goal, serving, last, state: 'late', weeks: end! - goal.by! };
    case 'on-track':
      return { goal, serving, last, state: 'met', weeks: goal.by! - end! };
    default:
      return { goal, serving, last, state: end !== undefined && goal.by === undefined ? 'open' : 'undated', weeks: 0 };
  }
}

/** Every goal's delivery, in pack order (a goal whose id another entity already has is left out: RP201 reports it). */
export function goalDeliveries(model: PackModel): GoalDelivery[] {
  return goalStandings(model).map(deliveryOf);
}
