/** Plan diff: what a change to a pack does (`roadmap-pack diff`, the editor's comparison). */
export { diffPacks, isEmptyDiff } from './diffPacks';
export { briefChange } from './briefs';
export { checkChange } from './checkChange';
export { CAPACITY_THRESHOLD } from './capacity';
export { subjectOf } from './findings';
export { diffHeadline, movement } from './headline';
export { diffMarkdown, sinceTitle, MARKDOWN_MAX_LENGTH, MAX_TABLE_ROWS } from './markdown';
export type { DiffMarkdownOptions } from './markdown';
export { diffText } from './text';
export type * from './types';
