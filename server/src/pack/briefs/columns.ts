import { RISKS, SUCCESS_METRICS } from './sectionNames';
import type { MetricRow, Table } from './types';

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
  return tables.filter((table) => tableKind(table) === 'metric').flatMap(metricRowsOf);
}

/** The columns are found once per table: per row, a wide header would make a long table quadratic. */
function metricRowsOf(table: Table): MetricRow[] {
  const [nameColumn] = columnsNamed(table, 'metric');
  const [baselineColumn] = columnsNamed(table, 'baseline');
  const targetColumns = columnsNamed(table, 'target');
  if (nameColumn === undefined) return [];
  return table.rows.flatMap((row) => {
    const name = row.cells[nameColumn];
    if (!name?.text) return [];
    const baseline = baselineColumn === undefined ? undefined : row.cells[baselineColumn];
    return [{ name, baseline, targets: targetColumns.flatMap((column) => row.cells[column] ?? []) }];
  });
}
