import type { PackModel } from '../model/types';
import type { WeekIndex } from '../time';
import { compilePlan } from './plan';
import { simulate } from './simulate';

export interface ForecastItem {
  id: string;
  kind: 'initiative' | 'gate';
  /** Planned last week (a gate: its `at`). */
  planned: WeekIndex;
  p50: WeekIndex;
  p80: WeekIndex;
  p95: WeekIndex;
  /** Share of runs ending by the planned week, 0–1. */
  onTime: number;
}

export interface PackForecast {
  runs: number;
  seed: number;
  items: ForecastItem[];
  /** Share of runs in which every item ends inside the horizon; null for a pack without one. */
  insideHorizon: number | null;
}

export interface ForecastOptions {
  /** Default 10,000. */
  runs?: number;
  /** Default 1; the same seed gives the same forecast. */
  seed?: number;
}

export const DEFAULT_FORECAST_RUNS = 10_000;
export const DEFAULT_FORECAST_SEED = 1;

/**
 * Monte Carlo dates from effort uncertainty (pack-format.md, "Forecast"):
 * the pack is compiled once into typed arrays and a topological order, then
 * each run samples every effort and places every node after what it waits for.
 */
export function forecastPack(model: PackModel, options: ForecastOptions = {}): PackForecast {
  const runs = Math.max(1, Math.floor(options.runs ?? DEFAULT_FORECAST_RUNS));
  const seed = Math.floor(options.seed ?? DEFAULT_FORECAST_SEED);
  const plan = compilePlan(model);
  const result = simulate(plan, runs, seed);
  const items = plan.ids.map((id, i): ForecastItem => {
    const [p50, p80, p95] = percentiles(result.ends.subarray(i * runs, (i + 1) * runs), [0.5, 0.8, 0.95]);
    return { id, kind: plan.kinds[i], planned: plan.plannedLast[i], p50, p80, p95, onTime: result.onTime[i] / runs };
  });
  return { runs, seed, items, insideHorizon: plan.horizonLast === undefined ? null : result.insideHorizon / runs };
}

/** Nearest rank: the earliest week by which at least p of the runs end (a counting sort: weeks are a short integer range). */
export function percentiles(ends: Int32Array, ps: readonly number[]): number[] {
  let min = ends[0];
  let max = ends[0];
  for (const end of ends) {
    if (end < min) min = end;
    if (end > max) max = end;
  }
  const counts = new Int32Array(max - min + 1);
  for (const end of ends) counts[end - min]++;
  return ps.map((p) => {
    const rank = Math.max(1, Math.ceil(p * ends.length - 1e-9));
    let seen = 0;
    for (let week = 0; week < counts.length; week++) if ((seen += counts[week]) >= rank) return min + week;
    return max;
  });
}
