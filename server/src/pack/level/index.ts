export { levelPack } from './levelPack';
export { levelFixes } from './levelFixes';
export type { Recheck } from './levelFixes';
export { moveEdits, applyEdits } from './moveEdits';
export { peakText } from './peakText';
export type { LevelMove, LevelPlan, LevelPeak, Unplaced } from './types';
