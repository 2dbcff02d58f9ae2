import { TextChange, spliceOffsets } from './textChange';

/** Zero-based position, counted in UTF-16 code units as LSP does by default. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** Half-open offset span [start, end) into a document's text. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Maps offsets to line/character positions. Built once per text with a single
 * scan, or derived from the index of the text before an edit; lookups are a
 * binary search, so callers may keep offsets everywhere and convert only what
 * they report.
 */
export class LineIndex {
  private readonly lineStarts: Int32Array;

  /** `lineStarts`, when given, are this text's (as `afterChange` derives them); otherwise they are scanned. */
  constructor(
    readonly text: string,
    lineStarts?: Int32Array,
  ) {
    this.lineStarts = lineStarts ?? scanLineStarts(text, 0, text.length);
  }

  /**
   * The index of `text`, which `change` made from `previous.text`: line starts
   * before the change are kept, those after it shifted, and only the changed
   * stretch is scanned.
   */
  static afterChange(previous: LineIndex, text: string, change: TextChange): LineIndex {
    // A line start depends on the characters just before and at it: those up to
    // `change.start` are the previous text's, those past `newEnd` its suffix's.
    const found = scanLineStarts(text, change.start, change.newEnd);
    return new LineIndex(text, spliceOffsets(previous.lineStarts, change.start, found, change.oldEnd + 1, change.newEnd - change.oldEnd));
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  lineStart(line: number): number {
    return this.lineStarts[Math.max(0, Math.min(line, this.lineStarts.length - 1))];
  }

  /** The line's text without its line break. */
  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }

  /** Offset just before the line's break (CRLF, LF or a lone CR), or the end of the text. */
  lineEnd(line: number): number {
    const index = Math.max(0, Math.min(line, this.lineStarts.length - 1));
    let end = index + 1 < this.lineStarts.length ? this.lineStarts[index + 1] : this.text.length;
    if (end > this.lineStarts[index] && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.lineStarts[index] && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    // An offset inside a line break (between CR and LF) belongs at the line's end.
    return { line: low, character: Math.min(clamped, this.lineEnd(low)) - this.lineStarts[low] };
  }

  offsetAt(position: Position): number {
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStart(position.line);
    return Math.min(start + Math.max(0, position.character), this.lineEnd(position.line));
  }

  rangeOf(span: Span): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }
}

/**
 * The line starts at offsets in [from, to]: 0, after every LF and after every
 * CR without an LF (old Mac line ends, which LSP counts as lines too), in order.
 * indexOf is a native scan, several times faster than a loop over characters.
 */
function scanLineStarts(text: string, from: number, to: number): Int32Array {
  const starts = new OffsetList((to - from) >> 5);
  if (from === 0) starts.push(0);
  for (let i = text.indexOf('\n', from - 1); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return hasCarriageReturn(text, from - 1, to) ? withLoneCarriageReturns(text, from, to, starts.view()) : starts.view();
}

/** Whether a CR is at an offset in [from, to), searching no further. */
function hasCarriageReturn(text: string, from: number, to: number): boolean {
  return text.slice(Math.max(0, from), to).includes('\r');
}

function withLoneCarriageReturns(text: string, from: number, to: number, starts: Int32Array): Int32Array {
  const all = Array.from(starts);
  for (let i = text.indexOf('\r', Math.max(0, from - 1)); i !== -1 && i < to; i = text.indexOf('\r', i + 1)) {
    if (text.charCodeAt(i + 1) !== 10) all.push(i + 1);
  }
  return new Int32Array(all.sort((a, b) => a - b));
}

/** Offsets appended to a typed array that grows by doubling: twice as fast as an array's push over a 5 MB text's lines. */
class OffsetList {
  private offsets: Int32Array;
  private count = 0;

  constructor(expected: number) {
    this.offsets = new Int32Array(Math.max(16, expected));
  }

  push(offset: number): void {
    if (this.count === this.offsets.length) {
      const grown = new Int32Array(this.count * 2);
      grown.set(this.offsets);
      this.offsets = grown;
    }
    this.offsets[this.count++] = offset;
  }

  view(): Int32Array {
    return this.offsets.subarray(0, this.count);
  }
}
