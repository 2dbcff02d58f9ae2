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
 * scan; lookups are a binary search, so callers may keep offsets everywhere and
 * convert only what they report.
 */
export class LineIndex {
  private readonly lineStarts: number[];

  constructor(readonly text: string) {
    // indexOf is a native scan, several times faster than a loop over characters.
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    this.lineStarts = text.includes('\r') ? withLoneCarriageReturns(text, starts) : starts;
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

/** Old Mac line ends (a CR without LF) also end lines, as LSP counts them. */
function withLoneCarriageReturns(text: string, starts: number[]): number[] {
  const all = [...starts];
  for (let i = text.indexOf('\r'); i !== -1; i = text.indexOf('\r', i + 1)) {
    if (text.charCodeAt(i + 1) !== 10) all.push(i + 1);
  }
  return all.sort((a, b) => a - b);
}
