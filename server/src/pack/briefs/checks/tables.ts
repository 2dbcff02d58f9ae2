import type { Finding, Fix } from '../../diagnostic';
import type { BriefCheck } from '../context';
import { TableKind, columnsNamed, tableKind } from '../columns';
import type { Table, TableRow } from '../types';
import { checkLevels } from './levels';

const REQUIRED: Readonly<Record<TableKind, readonly string[]>> = {
  risk: ['risk', 'likelihood', 'impact', 'mitigation'],
  metric: ['metric', 'baseline', 'target'],
  other: [],
};

/**
 * RP705: rows as wide as the header, and the columns a risk or metric table
 * needs, filled in. A row of the wrong width is reported once: its cells do
 * not line up with the columns, so they are not checked one by one.
 */
export function checkTables({ brief }: BriefCheck): Finding[] {
  return brief.tables.flatMap((table) => {
    const required = REQUIRED[tableKind(table)];
    const rows = table.rows.filter((row) => row.cells.length === table.header.cells.length);
    const columns = required.map((name) => ({ name, indexes: columnsNamed(table, name) }));
    return [...delimiter(table), ...missingColumns(table, required), ...table.rows.flatMap((row) => width(brief.text, table, row)), ...rows.flatMap((row) => emptyCells(row, columns)), ...checkLevels(table, rows)];
  });
}

function delimiter(table: Table): Finding[] {
  const [want, have] = [table.header.cells.length, table.separator.cells.length];
  if (want === have) return [];
  // Keep the alignment of the cells there are; add `---` for the missing ones.
  const written = Array.from({ length: want }, (_, index) => table.separator.cells[index]?.text || '---');
  return [
    {
      code: 'RP705',
      message: `The delimiter row has ${cells(have)} but the header has ${cells(want)}, so GitHub shows this table as plain text: write one \`---\` per column.`,
      span: table.separator.span,
      fixes: [{ title: `Write ${want} delimiter cells`, edits: [{ span: table.separator.span, newText: `|${written.join('|')}|` }], preferred: true }],
    },
  ];
}

function width(text: string, table: Table, row: TableRow): Finding[] {
  const [want, have] = [table.header.cells.length, row.cells.length];
  if (want === have) return [];
  const effect = have > want ? 'the extra cells are dropped' : 'the missing cells are shown empty';
  const code = row.pipeInCode ? ' A `|` inside inline code still separates cells: write it as `\\|`.' : '';
  // A long row is not cut: which cells are extra is the planner's call (often a `|` meant as text).
  const fixes = have < want ? [padRow(text, row, want - have)] : undefined;
  return [{ code: 'RP705', message: `This row has ${cells(have)} but the header has ${cells(want)}; ${effect}.${code}`, span: row.span, fixes }];
}

/** Empty cells at the end of a short row, as many as it lacks; the empty-cell check then points at each required one. */
function padRow(text: string, row: TableRow, missing: number): Fix {
  const trailingPipe = text[row.span.end - 1] === '|' && text[row.span.end - 2] !== '\\';
  const newText = `${trailingPipe ? '' : ' |'}${'  |'.repeat(missing)}`;
  return { title: `Fill the row to ${cells(row.cells.length + missing)}`, edits: [{ span: { start: row.span.end, end: row.span.end }, newText }], preferred: true };
}

function missingColumns(table: Table, required: readonly string[]): Finding[] {
  const missing = required.filter((name) => columnsNamed(table, name).length === 0);
  if (missing.length === 0) return [];
  const kind = tableKind(table);
  return [{ code: 'RP705', message: `This ${kind} table has no ${missing.map(title).join(', ')} column${missing.length > 1 ? 's' : ''}; a ${kind} table needs ${required.map(title).join(', ')}.`, span: table.header.span }];
}

/** The required columns come found once per table, not once per row. */
function emptyCells(row: TableRow, required: readonly { name: string; indexes: number[] }[]): Finding[] {
  return required.flatMap(({ name, indexes }) => {
    const present = indexes.flatMap((column) => row.cells[column] ?? []);
    if (present.length === 0 || present.some((cell) => cell.text !== '')) return [];
    return [{ code: 'RP705', message: `The ${title(name)} cell of this row is empty.`, span: present[0].span }];
  });
}

function cells(count: number): string {
  return count === 1 ? '1 cell' : `${count} cells`;
}

function title(name: string): string {
  return name[0].toUpperCase() + name.slice(1);
}
