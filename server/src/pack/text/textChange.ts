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
