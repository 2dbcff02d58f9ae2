/**
 * Levelling: moves that make a schedule fit (format page, "Levelling").
 *
 * The algorithm is a greedy list schedule over the capacity analysis's own
 * inputs (capacity/capacityInputs.ts: the rates RP501 and RP503 load) and the
 * edges as RP401 reads them (schedule/timing.ts):
 *
 * 1. Work that may not move (done, in progress, `fixed: true`, a repeated id)
 *    is loaded where it is. Cut work loads nothing.
 * 2. The movable initiatives are taken in priority order (tier 1 before 2,
 *    no tier last, then the earlier planned start, then file order), except
 *    that a movable predecessor is always taken before what waits for it.
 * 3. Each takes the smallest shift, at least what its edges ask for given
 *    where its predecessors were placed, at which every owner team has room
 *    in every week (load + its rate not above capacity). A week within
 *    capacity everywhere makes the quarter within capacity too, so RP501 and
 *    RP503 both clear. The shift is at most what keeps it inside the horizon
 *    and keeps gates and unmoving work that wait for it satisfied.
 * 4. Work with no such shift stays where it is and is reported as unplaced.
 *
 * Higher-priority work is placed first, so it keeps its place unless what it
 * waits for moved; nothing moves earlier, and every move keeps its length.
 * Greedy is not optimal: a tighter packing may exist that this misses, and
 * then work is reported unplaced that a planner could still fit by hand.
 */
import type { PackAnalysis } from '../analysis';
import { teamPeaks } from './peaks';
import { placeAll } from './place';
import type { LevelPlan } from './types';
import { levelWork } from './work';

export function levelPack(analysis: PackAnalysis): LevelPlan {
  const horizon = analysis.model.horizon;
  // Without a horizon nothing says how far work may move.
  if (!horizon) return { moves: [], unplaced: [], peaks: [] };
  const work = levelWork(analysis, horizon);
  const placement = placeAll(work);
  return { moves: placement.moves, unplaced: placement.unplaced, peaks: teamPeaks(analysis, work, placement.spans) };
}
