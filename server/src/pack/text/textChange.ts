import type { Finding } from '../diagnostic';
import type { Span } from './lineIndex';

/**
 * How one text became another, as the one stretch that differs: the text
 * before `start` and after `oldEnd` (old offsets) is unchanged, the latter
 * moved by `shift`. Several edits between two checks make one stretch, from
 * the first difference to the last.
 */
export interface TextChange {
  start: number;
  oldEnd: number;
  shift: number;
}

/** Blocks are compared natively (a slice is a view, `===` a memory compare), then the last block character by character. */
const BLOCK = 4096;

export function textChange(before: string, after: string): TextChange {
  const prefix = commonPrefix(before, after);
  const suffix = commonSuffix(before, after, Math.min(before.length, after.length) - prefix);
  return { start: prefix, oldEnd: before.length - suffix, shift: after.length - before.length };
}

/**
 * Where an old span stands after the change; undefined when the change
 * touched it. A span that merely borders the change counts as touched: text
 * typed against a value may have become part of it.
 */
export function movedSpan(span: Span, change: TextChange): Span | undefined {
  if (span.end < change.start || unchanged(change)) return span;
  if (span.start > change.oldEnd) return change.shift === 0 ? span : { start: span.start + change.shift, end: span.end + change.shift };
  return undefined;
}

/** A finding with every place it names (span, related, fix edits) moved; undefined when the change touched any. */
export function movedFinding(finding: Finding, change: TextChange): Finding | undefined {
  const span = movedSpan(finding.span, change);
  if (!span) return undefined;
  let related = finding.related;
  if (related) {
    const moved = related.map((info) => ({ info, span: movedSpan(info.span, change) }));
    if (moved.some((entry) => !entry.span)) return undefined;
    related = moved.map(({ info, span }) => (span === info.span ? info : { ...info, span: span! }));
  }
  let fixes = finding.fixes;
  if (fixes) {
    const moved = fixes.map((fix) => ({ fix, edits: fix.edits.map((edit) => ({ edit, span: movedSpan(edit.span, change) })) }));
    if (moved.some(({ edits }) => edits.some((entry) => !entry.span))) return undefined;
    fixes = moved.map(({ fix, edits }) => ({ ...fix, edits: edits.map(({ edit, span }) => (span === edit.span ? edit : { ...edit, span: span! })) }));
  }
  return span === finding.span && related === finding.related && fixes === finding.fixes ? finding : { ...finding, span, related, fixes };
}

/** The same text: nothing removed, nothing inserted. */
export function unchanged(change: TextChange): boolean {
  return change.start === change.oldEnd && change.shift === 0;
}

export function commonPrefix(a: string, b: string): number {
  const most = Math.min(a.length, b.length);
  let n = 0;
  while (n + BLOCK <= most && a.slice(n, n + BLOCK) === b.slice(n, n + BLOCK)) n += BLOCK;
  while (n < most && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

export function commonSuffix(a: string, b: string, most: number): number {
  let n = 0;
  while (n + BLOCK <= most && a.slice(a.length - n - BLOCK, a.length - n) === b.slice(b.length - n - BLOCK, b.length - n)) n += BLOCK;
  while (n < most && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}
