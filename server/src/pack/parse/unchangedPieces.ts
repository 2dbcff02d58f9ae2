import type { TextChange } from '../text/textChange';
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
  private readonly shift: number;
  private next = 0;

  constructor(
    private readonly pieces: readonly ParsedChunk[],
    private readonly change: TextChange,
  ) {
    this.shift = change.newEnd - change.oldEnd;
  }

  /** The previous piece with exactly this text, at [start, end) of the new text. */
  at(start: number, end: number): ParsedChunk | undefined {
    const before = end <= this.change.start;
    if (!before && start < this.change.newEnd) return undefined;
    const previousStart = before ? start : start - this.shift;
    while (this.next < this.pieces.length && this.pieces[this.next].base < previousStart) this.next++;
    const piece = this.pieces[this.next];
    return piece && piece.base === previousStart && piece.source.length === end - start ? piece : undefined;
  }
}
