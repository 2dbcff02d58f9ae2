/**
 * The Forecast tab: a table built with the DOM from the view's `forecast`
 * (server/src/pack/views/forecast.ts), in the metrics dashboard's styles and
 * with its helpers. Every text from the pack is set with `textContent`; each
 * row's title is a button linked (clicks.ts) to its pack id. A row under half
 * its runs on time is marked in words ("unlikely"), not by colour alone.
 */
import type { ForecastRow, ForecastTable } from '../../protocol/views';
import { cell, element, isArrayOf, isRecord, linkButton, type Link } from './metrics';

const HEADS = ['Initiative or gate', 'Planned', 'P50', 'P80', 'P95', 'On time'];

export function forecastElement(table: ForecastTable, link: Link): HTMLElement {
  const root = element('div', 'rp-metrics rp-forecast');
  root.append(element('p', 'rp-metrics-summary', table.summary));
  if (table.rows.length === 0) {
    root.append(element('p', 'rp-empty', 'Nothing to forecast: give initiatives a `when` and an `effort`, and gates an `at`.'));
    return root;
  }
  const grid = element('table', 'rp-metrics-table');
  const head = element('thead');
  const headRow = element('tr');
  for (const text of HEADS) headRow.append(cell('th', text, 'col'));
  head.append(headRow);
  const body = element('tbody');
  body.append(...table.rows.map((row) => rowElement(row, link)));
  grid.append(head, body);
  root.append(grid, element('p', 'rp-metrics-legend rp-metrics-note', 'P50, P80, P95: the week by which that share of runs has ended (a gate: is decided). On time: the share ending by the planned week.'));
  return root;
}

function rowElement(row: ForecastRow, link: Link): HTMLTableRowElement {
  const result = element('tr', row.unlikely ? 'rp-forecast-row rp-forecast-unlikely' : 'rp-forecast-row');
  const name = element('th');
  name.scope = 'row';
  name.append(linkButton(row.title, row.id, link), element('span', 'rp-metrics-detail', row.kind === 'gate' ? `gate ${row.id}` : row.id));
  const onTime = cell('td', row.onTime);
  if (row.unlikely) onTime.append(element('span', 'rp-metrics-detail', 'unlikely'));
  const week = (text: string) => cell('td', text, undefined, 'rp-forecast-week');
  result.append(name, week(row.planned), week(row.p50), week(row.p80), week(row.p95), onTime);
  return result;
}

// ---- checking what arrives by message ----

export function isForecastTable(value: unknown): value is ForecastTable {
  return isRecord(value) && typeof value.summary === 'string' && isArrayOf(value.rows, isRow);
}

function isRow(value: unknown): boolean {
  if (!isRecord(value)) return false;
  const texts = ['id', 'title', 'planned', 'p50', 'p80', 'p95', 'onTime'].every((key) => typeof value[key] === 'string');
  return texts && (value.kind === 'initiative' || value.kind === 'gate') && typeof value.unlikely === 'boolean';
}
