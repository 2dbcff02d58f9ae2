import { formatWeek } from '../time';
import type { PackForecast } from './forecastPack';

const HEADER: readonly string[] = ['id', 'planned', 'P50', 'P80', 'P95', 'on time'];

/** The forecast as a plain-text table, then the chance that everything ends inside the horizon. */
export function forecastText(forecast: PackForecast, title: string): string {
  const rows = forecast.items.map((item) => [item.kind === 'gate' ? `${item.id} (gate)` : item.id, formatWeek(item.planned), formatWeek(item.p50), formatWeek(item.p80), formatWeek(item.p95), percent(item.onTime)]);
  const widths = HEADER.map((_, column) => Math.max(HEADER[column].length, ...rows.map((row) => row[column].length)));
  const line = (cells: readonly string[]) => cells.map((cell, column) => (column === cells.length - 1 ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join('  ').trimEnd();
  const horizon = forecast.insideHorizon === null ? 'No horizon: nothing to end inside.' : `Everything ends inside the horizon in ${percent(forecast.insideHorizon)} of runs.`;
  const head = `Forecast for ${title}: ${forecast.runs.toLocaleString('en-US')} runs, seed ${forecast.seed}`;
  const table = forecast.items.length === 0 ? ['No initiative or gate with a time to forecast.'] : [line(HEADER), ...rows.map(line)];
  return [head, '', ...table, '', horizon, ''].join('\n');
}

/** Whole percents, but never 100% for a chance below one nor 0% above zero. */
export function percent(fraction: number): string {
  if (fraction > 0 && fraction < 0.005) return '<1%';
  if (fraction < 1 && fraction > 0.995) return '>99%';
  return `${Math.round(fraction * 100)}%`;
}
