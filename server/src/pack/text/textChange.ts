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
