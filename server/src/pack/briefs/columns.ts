import { RISKS, SUCCESS_METRICS } from './sectionNames';
import type { MetricRow, Table, TableRow } from './types';

export type TableKind = 'risk' | 'metric' | 'other';

/** A header reduced for matching: lower case, no parenthesised qualifier, single spaces. */
export function columnKey(header: string): string {
  return header.toLowerCase().replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Columns by name; a plural matches too ("Mitigations"), and `target` matches "Target (Q3)". */
export function columnsNamed(table: Table, name: string): number[] {
  const keys = table.header.cells.map((cell) => columnKey(cell.text));
  return keys.flatMap((key, index) => (key === name || key === `${name}s` || (name === 'target' && key.startsWith('target')) ? [index] : []));
}

/** Risk tables sit under "Risks + mitigations" or have Risk and Likelihood columns; metric tables likewise. */
export function tableKind(table: Table): TableKind {
  const has = (name: string) => columnsNamed(table, name).length > 0;
  if (table.section?.key === RISKS || (has('risk') && has('likelihood'))) return 'risk';
  if (table.section?.key === SUCCESS_METRICS || (has('metric') && (has('baseline') || has('target')))) return 'metric';
  return 'other';
}

/** The rows of the success-metrics tables that name a metric. */
export function metricRows(tables: readonly Table[]): MetricRow[] {
  return tables.filter((table) => tableKind(table) === 'metric').flatMap((table) => table.rows.flatMap((row) => metricRow(table, row)));
}

function metricRow(table: Table, row: TableRow): MetricRow[] {
  const [nameColumn] = columnsNamed(table, 'metric');
  const name = nameColumn === undefined ? undefined : row.cells[nameColumn];
  if (!name?.text) return [];
  const [baselineColumn] = columnsNamed(table, 'baseline');
  const baseline = baselineColumn === undefined ? undefined : row.cells[baselineColumn];
  const targets = columnsNamed(table, 'target').flatMap((column) => row.cells[column] ?? []);
  return [{ name, baseline, targets }];
}
