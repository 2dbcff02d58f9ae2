export { levelPack } from './levelPack';
export { moveEdits, applyEdits } from './moveEdits';
export type { LevelMove, LevelPlan, TeamPeak, Unplaced } from './types';
