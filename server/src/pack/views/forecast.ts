import { checkForecast } from '../forecast/forecastDiagnostics';
import type { PackForecast } from '../forecast/forecastPack';
import { percent } from '../forecast/text';
import { mdLine } from '../generate/text';
import { formatWeek } from '../time';
import type { RenderedView, ViewInput } from './shared';

/**
 * The Forecast tab: each initiative's and gate's planned week beside its
 * P50, P80 and P95 and its chance of ending (a gate: of being decided) on
 * time, from the forecast the editor and `check` run (1,000 runs, seed 1).
 * A table, like the metrics dashboard: the preview builds it from `forecast`
 * with `textContent`, and `text` is the same table in Markdown (what
 * `roadmap-pack render --view forecast` prints).
 */
export interface ForecastTable {
  /** One line: the runs, the seed, the chance that everything ends inside the horizon. */
  summary: string;
  rows: ForecastRow[];
}

export interface ForecastRow {
  /** The pack id, for click-to-source. */
  id: string;
  kind: 'initiative' | 'gate';
  title: string;
  planned: string;
  p50: string;
  p80: string;
  p95: string;
  /** `67%`: of ending by the planned week (a gate: of being decided by its `at`). */
  onTime: string;
  /** Under half the runs on time (what RP405 reports of a gate). */
  unlikely: boolean;
}

export function forecastTable(input: ViewInput, forecast: PackForecast): ForecastTable {
  const horizon = forecast.insideHorizon === null ? 'the pack has no horizon' : `everything ends inside the horizon in ${percent(forecast.insideHorizon)} of them`;
  const rows = forecast.items.map((item): ForecastRow => ({
    id: item.id,
    kind: item.kind,
    title: input.model.byId.get(item.id)?.title ?? item.id,
    planned: formatWeek(item.planned),
    p50: formatWeek(item.p50),
    p80: formatWeek(item.p80),
    p95: formatWeek(item.p95),
    onTime: percent(item.onTime),
    unlikely: item.onTime < 0.5,
  }));
  return { summary: `${forecast.runs.toLocaleString('en-US')} forecast runs (seed ${forecast.seed}): ${horizon}.`, rows };
}

/** The forecast view of a pack; without a forecast given, the check's own is run. */
export function forecastView(input: ViewInput, forecast: PackForecast = checkForecast(input)): RenderedView {
  const table = forecastTable(input, forecast);
  return { text: forecastMarkdown(table), diagrams: [], sourceMap: {}, warnings: [], forecast: table };
}

export function forecastMarkdown(table: ForecastTable): string {
  if (table.rows.length === 0) return `${table.summary}\n\nNo initiative or gate with a time to forecast.\n`;
  const head = ['| Initiative or gate | Planned | P50 | P80 | P95 | On time |', '|---|---|---|---|---|---|'];
  const rows = table.rows.map((row) => `| ${mdLine(row.title)} (${row.kind === 'gate' ? 'gate ' : ''}\`${row.id}\`) | ${row.planned} | ${row.p50} | ${row.p80} | ${row.p95} | ${row.onTime} |`);
  return [table.summary, '', ...head, ...rows, ''].join('\n');
}
