import type { TextEdit } from '../diagnostic';
import type { PackModel } from '../model/types';
import { locate, type ParsedPack } from '../parse/parsePack';
import { formatSpan } from '../time';
import type { LevelMove } from './types';

/**
 * The `when` values a move rewrites, from their exact node ranges, so every
 * other byte of the pack stays as it was: the initiative's, and each of its
 * milestones' by the same number of weeks (they must stay inside it, RP402).
 */
export function moveEdits(parsed: ParsedPack, model: PackModel, move: LevelMove): TextEdit[] {
  const initiative = model.initiatives.find((each) => each.id === move.id && model.byId.get(each.id) === each);
  if (!initiative) return [];
  const edits: TextEdit[] = [{ span: locate(parsed, [...initiative.path, 'when']), newText: formatSpan(move.to) }];
  initiative.milestones.forEach((milestone, index) => {
    if (!milestone.span) return;
    const moved = { first: milestone.span.first + move.weeks, last: milestone.span.last + move.weeks };
    edits.push({ span: locate(parsed, [...initiative.path, 'milestones', index, 'when']), newText: formatSpan(moved) });
  });
  return edits;
}

/** The text with non-overlapping edits applied (last first, so earlier offsets hold). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let result = text;
  for (const edit of [...edits].sort((a, b) => b.span.start - a.span.start)) result = result.slice(0, edit.span.start) + edit.newText + result.slice(edit.span.end);
  return result;
}
