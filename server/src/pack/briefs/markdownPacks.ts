import { checkPack } from '../checkPack';
import type { PackDiagnostic, TextEdit } from '../diagnostic';
import type { CheckOptions } from '../options';
import { findSuppressions } from '../suppress/suppressions';
import { LineIndex, Span } from '../text/lineIndex';
import { RoadmapBlock, roadmapBlocks } from './roadmapBlocks';

/**
 * Checks every fenced ```roadmap block of a Markdown file as a whole pack,
 * with ranges in the Markdown file. `# roadmap-disable…` comments inside a
 * block work as in a pack file; `<!-- roadmap-disable… -->` comments in the
 * Markdown around it work too.
 */
export function checkMarkdownPacks(text: string, options: Partial<CheckOptions> = {}): PackDiagnostic[] {
  const lines = new LineIndex(text);
  const suppressions = findSuppressions(lines, 'markdown');
  return roadmapBlocks(text)
    .flatMap((block) => checkPack(block.content, options).diagnostics.map((diagnostic) => toMarkdown(diagnostic, block, lines)))
    .filter((diagnostic) => !suppressions.isSuppressed(diagnostic.code, diagnostic.rule, diagnostic.range.start.line))
    .sort((a, b) => a.span.start - b.span.start || a.code.localeCompare(b.code));
}

function toMarkdown(diagnostic: PackDiagnostic, block: RoadmapBlock, lines: LineIndex): PackDiagnostic {
  const move = (span: Span): Span => ({ start: block.toMarkdown(span.start), end: block.toMarkdown(span.end) });
  const span = move(diagnostic.span);
  return {
    ...diagnostic,
    span,
    range: lines.rangeOf(span),
    related: diagnostic.related.map((info) => (info.uri !== undefined ? info : { ...info, span: move(info.span), range: lines.rangeOf(move(info.span)) })),
    fixes: diagnostic.fixes.map((fix) => ({ ...fix, edits: fix.edits.map((edit) => moveEdit(edit, move, block.fence.indent)) })),
  };
}

/** New lines an edit inserts into an indented block get the block's indentation. */
function moveEdit(edit: TextEdit, move: (span: Span) => Span, indent: number): TextEdit {
  return { span: move(edit.span), newText: indent === 0 ? edit.newText : edit.newText.replace(/\n/g, `\n${' '.repeat(indent)}`) };
}
