import type { Goal, Initiative, PackModel } from '../model/types';
import type { WeekIndex } from '../time';

/**
 * Whether a goal is met by its `by` (format: "A goal with `by` is met when
 * the LAST initiative serving it ends"):
 * - `unserved`: no initiative that is not cut serves it;
 * - `undated`: the work serving it has no valid `when`, so nothing says when it ends;
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

/** Goal id → the initiatives (not cut) that serve it, in pack order; built once for every goal of a card, lens or view. */
export function servingByGoal(model: PackModel): ReadonlyMap<string, readonly Initiative[]> {
  const serving = new Map<string, Initiative[]>();
  for (const initiative of model.initiatives) {
    if (initiative.status === 'cut') continue;
    // A goal named twice in one `serves` still counts the initiative once.
    for (const id of new Set(initiative.serves)) {
      const list = serving.get(id);
      if (list) list.push(initiative);
      else serving.set(id, [initiative]);
    }
  }
  return serving;
}

/** The delivery of one goal, given `servingByGoal` of its pack. */
export function goalDelivery(goal: Goal, serving: ReadonlyMap<string, readonly Initiative[]>): GoalDelivery {
  const initiatives = serving.get(goal.id) ?? [];
  const last = lastToEnd(initiatives);
  if (initiatives.length === 0) return { goal, serving: initiatives, last, state: 'unserved', weeks: 0 };
  if (!last?.span) return { goal, serving: initiatives, last, state: 'undated', weeks: 0 };
  if (goal.by === undefined) return { goal, serving: initiatives, last, state: 'open', weeks: 0 };
  const end: WeekIndex = last.span.last;
  return end > goal.by ? { goal, serving: initiatives, last, state: 'late', weeks: end - goal.by } : { goal, serving: initiatives, last, state: 'met', weeks: goal.by - end };
}

/** Every goal's delivery, in pack order. */
export function goalDeliveries(model: PackModel): GoalDelivery[] {
  const serving = servingByGoal(model);
  return model.goals.map((goal) => goalDelivery(goal, serving));
}

function lastToEnd(initiatives: readonly Initiative[]): Initiative | undefined {
  let last: Initiative | undefined;
  for (const initiative of initiatives) {
    if (initiative.span && (!last?.span || initiative.span.last > last.span.last)) last = initiative;
  }
  return last;
}
