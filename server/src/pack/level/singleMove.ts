import type { PackAnalysis } from '../analysis';
import type { Initiative } from '../model/types';
import { placeAll } from './place';
import type { LevelMove } from './types';
import { isMovable, levelWork } from './work';

/**
 * The levelling's placement for one initiative with everything else where it
 * is: the smallest later shift at which its edges hold and its owner teams
 * have room in every week, inside the horizon and without breaking what waits
 * for it. Undefined when it cannot move, needs no move, or has no such place.
 */
export function singleMove(analysis: PackAnalysis, initiative: Initiative): LevelMove | undefined {
  const horizon = analysis.model.horizon;
  if (!horizon || !isMovable(analysis.model, initiative)) return undefined;
  const work = { ...levelWork(analysis, horizon), movable: new Set([initiative]) };
  return placeAll(work).moves[0];
}
