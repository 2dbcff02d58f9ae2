import type { Finding } from '../../diagnostic';
import { closest } from '../../suggest';
import { columnsNamed, tableKind } from '../columns';
import type { Table, TableCell, TableRow } from '../types';

const LEVELS: Readonly<Record<string, readonly string[]>> = {
  likelihood: ['low', 'medium', 'high'],
  impact: ['low', 'medium', 'high', 'critical'],
};

/** RP705 in risk tables: likelihood is low, medium or high; impact may also be critical (any case). */
export function checkLevels(table: Table, rows: readonly TableRow[]): Finding[] {
  if (tableKind(table) !== 'risk') return [];
  return Object.entries(LEVELS).flatMap(([name, allowed]) =>
    columnsNamed(table, name).flatMap((column) => rows.flatMap((row) => badLevel(row.cells[column], name, allowed))),
  );
}

function badLevel(cell: TableCell | undefined, name: string, allowed: readonly string[]): Finding[] {
  if (!cell || cell.text === '' || allowed.includes(cell.text.toLowerCase())) return [];
  const suggestion = closest(cell.text.toLowerCase(), allowed);
  const written = suggestion && /^[A-Z]/.test(cell.text) ? suggestion[0].toUpperCase() + suggestion.slice(1) : suggestion;
  return [
    {
      code: 'RP705',
      message: `${name[0].toUpperCase()}${name.slice(1)} \`${cell.text}\` is not one of ${allowed.join(', ')}.${written ? ` Did you mean \`${written}\`?` : ''}`,
      span: cell.span,
      fixes: written ? [{ title: `Change to \`${written}\``, edits: [{ span: cell.span, newText: written }], preferred: true }] : undefined,
    },
  ];
}
