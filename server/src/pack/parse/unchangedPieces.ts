import type { ParsedChunk } from './parsePack';

/**
 * The pieces of the previous parse that an edit left as they were. An edit
 * changes one stretch of the text: the pieces wholly before it are at the same
 * offsets, those wholly after it have moved by the change in length, and
 * either kind can be reused by its offset without slicing, copying or hashing
 * its text again. Pieces are asked for in text order, so one forward pass over
 * the previous pieces answers every question.
 */
export class UnchangedPieces {
  private readonly prefix: number;
  private readonly suffixStart: number;
  private readonly shift: number;
  private next = 0;

  constructor(
    private readonly pieces: readonly ParsedChunk[],
    previousText: string,
    text: string,
  ) {
    this.prefix = commonPrefix(previousText, text);
    const suffix = commonSuffix(previousText, text, Math.min(previousText.length, text.length) - this.prefix);
    this.suffixStart = text.length - suffix;
    this.shift = text.length - previousText.length;
  }

  /** The previous piece with exactly this text, at [start, end) of the new text. */
  at(start: number, end: number): ParsedChunk | undefined {
    const before = end <= this.prefix;
    if (!before && start < this.suffixStart) return undefined;
    const previousStart = before ? start : start - this.shift;
    while (this.next < this.pieces.length && this.pieces[this.next].base < previousStart) this.next++;
    const piece = this.pieces[this.next];
    return piece && piece.base === previousStart && piece.source.length === end - start ? piece : undefined;
  }
}

/** Blocks are compared natively (a slice is a view, `===` a memory compare), then the last block character by character. */
const BLOCK = 4096;

function commonPrefix(a: string, b: string): number {
  const most = Math.min(a.length, b.length);
  let n = 0;
  while (n + BLOCK <= most && a.slice(n, n + BLOCK) === b.slice(n, n + BLOCK)) n += BLOCK;
  while (n < most && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

function commonSuffix(a: string, b: string, most: number): number {
  let n = 0;
  while (n + BLOCK <= most && a.slice(a.length - n - BLOCK, a.length - n) === b.slice(b.length - n - BLOCK, b.length - n)) n += BLOCK;
  while (n < most && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}
