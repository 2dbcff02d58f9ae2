import { sectionsInOrder } from './headings';
import { splitRow } from './tableRow';
import type { Line, Section, Table } from './types';

const DELIMITER = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

/**
 * GitHub-flavoured tables: a header row, a delimiter row (`|---|---|`), and
 * body rows up to a blank line or a line without a pipe. A delimiter row
 * whose cell count differs from the header's is still read as a table here,
 * so that the mistake can be reported rather than silently missed.
 */
export function findTables(lines: readonly Line[], skip: (line: number) => boolean, sections: readonly Section[]): Table[] {
  const tables: Table[] = [];
  const sectionAt = sectionsInOrder(sections);
  for (let index = 0; index + 1 < lines.length; index++) {
    if (!startsTable(lines, index, skip)) continue;
    const end = bodyEnd(lines, index + 2, skip);
    const header = splitRow(lines[index]);
    const rows = lines.slice(index + 2, end).map(splitRow);
    tables.push({ header, separator: splitRow(lines[index + 1]), rows, section: sectionAt(header.span.start) });
    index = end - 1;
  }
  return tables;
}

function startsTable(lines: readonly Line[], index: number, skip: (line: number) => boolean): boolean {
  const [header, delimiter] = [lines[index], lines[index + 1]];
  if (skip(index) || skip(index + 1) || !header.text.includes('|') || /^ {0,3}#/.test(header.text)) return false;
  return delimiter.text.includes('|') && DELIMITER.test(delimiter.text);
}

function bodyEnd(lines: readonly Line[], from: number, skip: (line: number) => boolean): number {
  let index = from;
  while (index < lines.length && !skip(index) && lines[index].text.includes('|') && !/^ {0,3}#/.test(lines[index].text)) index++;
  return index;
}
