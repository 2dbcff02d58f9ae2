import type { Finding } from '../diagnostic';
import type { Span } from './lineIndex';

/**
 * The one stretch an edit changed between two versions of a text, found as
 * their common prefix and suffix: `[start, oldEnd)` of the previous text
 * became `[start, newEnd)` of the new one. Everything before `start` is at the
 * same offset, everything after moved by `newEnd - oldEnd`; what the checks of
 * a document keep from one version is derived for the next from this alone.
 */
export interface TextChange {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/** The edit from one text to another, as found once (by the parse) for everything derived through it. */
export interface KnownChange {
  before: string;
  after: string;
  change: TextChange;
}

/** Findings of `before` moved to `after`; undefined when the change is not known or touched one of them. */
export function movedFindings(findings: readonly Finding[], before: string, after: string, known: KnownChange | undefined): Finding[] | undefined {
  if (before === after) return [...findings];
  if (!known || known.before !== before || known.after !== after) return undefined;
  return movedThrough(findings, known.change);
}

/** Every finding moved through the change; undefined when the change touched any of them. */
export function movedThrough(findings: readonly Finding[], change: TextChange): Finding[] | undefined {
  let moved: Finding[] | undefined;
  for (let i = 0; i < findings.length; i++) {
    const now = movedFinding(findings[i], change);
    if (!now) return undefined;
    if (now !== findings[i]) (moved ??= findings.slice(0, i)).push(now);
    else moved?.push(now);
  }
  return moved ?? (findings as Finding[]);
}

export function changeBetween(previous: string, text: string): TextChange {
  const start = commonPrefix(previous, text);
  const suffix = commonSuffix(previous, text, Math.min(previous.length, text.length) - start);
  return { start, oldEnd: previous.length - suffix, newEnd: text.length - suffix };
}

/** How far text after the change moved. */
export function shiftOf(change: TextChange): number {
  return change.newEnd - change.oldEnd;
}

/**
 * Sorted offsets moved on past a change: those below `keepBelow` kept, then
 * `found` (those of the changed stretch, found again), then those from
 * `shiftFrom` on moved by `shift`. Copies, no search of the text.
 */
export function spliceOffsets(offsets: Int32Array, keepBelow: number, found: Int32Array, shiftFrom: number, shift: number): Int32Array {
  const kept = firstAtOrAfter(offsets, keepBelow);
  const moved = firstAtOrAfter(offsets, shiftFrom);
  const spliced = new Int32Array(kept + found.length + offsets.length - moved);
  spliced.set(offsets.subarray(0, kept));
  spliced.set(found, kept);
  for (let from = moved, to = kept + found.length; from < offsets.length; from++, to++) spliced[to] = offsets[from] + shift;
  return spliced;
}

/** The first position in the sorted offsets holding `offset` or more. */
function firstAtOrAfter(offsets: Int32Array, offset: number): number {
  let low = 0;
  let high = offsets.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (offsets[mid] < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Blocks are compared natively (a slice is a view, `===` a memory compare),
 * growing while they match and shrinking past a mismatch, so a long common
 * stretch costs a few dozen compares; the last characters one by one.
 */
const FIRST_BLOCK = 4096;
const LAST_BLOCK = 64;

function commonPrefix(a: string, b: string): number {
  const most = Math.min(a.length, b.length);
  let n = 0;
  for (let block = FIRST_BLOCK; block >= LAST_BLOCK; ) {
    if (n + block <= most && a.slice(n, n + block) === b.slice(n, n + block)) {
      n += block;
      block *= 2;
    } else block >>= 2;
  }
  while (n < most && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

function commonSuffix(a: string, b: string, most: number): number {
  let n = 0;
  for (let block = FIRST_BLOCK; block >= LAST_BLOCK; ) {
    if (n + block <= most && a.slice(a.length - n - block, a.length - n) === b.slice(b.length - n - block, b.length - n)) {
      n += block;
      block *= 2;
    } else block >>= 2;
  }
  while (n < most && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

/** The same text: nothing removed, nothing inserted. */
export function unchanged(change: TextChange): boolean {
  return change.start === change.oldEnd && change.start === change.newEnd;
}

/**
 * Where an old span stands after the change; undefined when the change
 * touched it. A span that merely borders the change counts as touched: text
 * typed against a value may have become part of it.
 */
export function movedSpan(span: Span, change: TextChange): Span | undefined {
  if (span.end < change.start || unchanged(change)) return span;
  if (span.start <= change.oldEnd) return undefined;
  const shift = shiftOf(change);
  return shift === 0 ? span : { start: span.start + shift, end: span.end + shift };
}

/**
 * A finding with every place it names (span, related, fix edits) moved;
 * undefined when the change touched any. A finding wholly before the change
 * is returned as it is, with nothing allocated: on a keystroke that is half
 * of a large pack's findings, and every one is moved on every keystroke.
 */
export function movedFinding(finding: Finding, change: TextChange): Finding | undefined {
  if (unchanged(change)) return finding;
  const after = placesAfter(finding, change);
  if (after === undefined) return undefined;
  const shift = shiftOf(change);
  if (after === 0 || shift === 0) return finding;
  const move = (span: Span) => (span.end < change.start ? span : { start: span.start + shift, end: span.end + shift });
  return {
    ...finding,
    span: move(finding.span),
    related: finding.related?.map((info) => (info.span.end < change.start ? info : { ...info, span: move(info.span) })),
    fixes: finding.fixes?.map((fix) => ({ ...fix, edits: fix.edits.map((edit) => (edit.span.end < change.start ? edit : { ...edit, span: move(edit.span) })) })),
  };
}

/** How many of the finding's places lie after the change (as `movedSpan` moves them); undefined when the change touched one. */
function placesAfter(finding: Finding, change: TextChange): number | undefined {
  let after = 0;
  const place = (span: Span): boolean => {
    if (span.end < change.start) return true;
    if (span.start <= change.oldEnd) return false;
    after++;
    return true;
  };
  if (!place(finding.span)) return undefined;
  for (const info of finding.related ?? []) if (!place(info.span)) return undefined;
  for (const fix of finding.fixes ?? []) for (const edit of fix.edits) if (!place(edit.span)) return undefined;
  return after;
}
