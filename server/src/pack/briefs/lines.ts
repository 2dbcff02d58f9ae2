import type { Line } from './types';

/** Splits text into lines at `\n`, `\r\n` or a lone `\r`, numbered as LineIndex numbers them. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const breaks = /\r\n|\n|\r/g;
  let start = 0;
  for (let match = breaks.exec(text); match; match = breaks.exec(text)) {
    lines.push({ number: lines.length, text: text.slice(start, match.index), start, end: match.index });
    start = match.index + match[0].length;
  }
  lines.push({ number: lines.length, text: text.slice(start), start, end: text.length });
  return lines;
}

/** Columns of leading spaces (tabs count as reaching the next multiple of 4). */
export function indentOf(text: string): number {
  let column = 0;
  for (const char of text) {
    if (char === ' ') column++;
    else if (char === '\t') column += 4 - (column % 4);
    else break;
  }
  return column;
}

export function isBlank(line: Line): boolean {
  return line.text.trim() === '';
}
