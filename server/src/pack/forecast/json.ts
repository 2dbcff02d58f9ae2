import { formatWeek } from '../time';
import type { PackForecast } from './forecastPack';

/** The forecast as pack-format.md's JSON: weeks as `2026-Q4-W8`. */
export function forecastJson(forecast: PackForecast) {
  return {
    runs: forecast.runs,
    seed: forecast.seed,
    items: forecast.items.map((item) => ({ id: item.id, kind: item.kind, planned: formatWeek(item.planned), p50: formatWeek(item.p50), p80: formatWeek(item.p80), p95: formatWeek(item.p95), onTime: item.onTime })),
    insideHorizon: forecast.insideHorizon,
  };
}
