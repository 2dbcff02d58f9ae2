/**
 * The forecast's speed target (issue 15): 10,000 runs of a 1,000-initiative
 * pack under 1 s, per generator (the check that builds the model is not
 * timed: the editor and the CLI have it already). The worst generator is
 * the figure. `node out/bench/forecastBench.js` runs it alone.
 */
import { performance } from 'node:perf_hooks';
import { checkPack, forecastPack } from '../server/src/pack';
import { GENERATORS } from './generators';
import { formatNumber, markdownTable, median } from './table';

export const FORECAST_TARGET = { initiatives: 1_000, runs: 10_000, ms: 1_000 };

export interface ForecastFigure {
  generator: string;
  items: number;
  ms: number;
}

export function forecastBench(repeats: number): ForecastFigure[] {
  return GENERATORS.map((generator) => {
    const model = checkPack(generator.generate(FORECAST_TARGET.initiatives)).model;
    const times: number[] = [];
    let items = 0;
    for (let round = 0; round <= repeats; round++) {
      const started = performance.now();
      items = forecastPack(model, { runs: FORECAST_TARGET.runs, seed: round + 1 }).items.length;
      // The first round warms the JIT up and is not counted.
      if (round > 0) times.push(performance.now() - started);
    }
    return { generator: generator.name, items, ms: median(times) };
  });
}

export function forecastTargets(figures: ForecastFigure[]): string {
  const worst = figures.reduce((a, b) => (b.ms > a.ms ? b : a));
  const rows = figures.map((figure) => [`${figure.generator}: ${FORECAST_TARGET.runs.toLocaleString('en-US')} runs, ${figure.items.toLocaleString('en-US')} items`, `${formatNumber(figure.ms)} ms`, `< ${FORECAST_TARGET.ms} ms`, figure.ms < FORECAST_TARGET.ms ? '✓' : '✗']);
  rows.push([`worst (${worst.generator})`, `${formatNumber(worst.ms)} ms`, `< ${FORECAST_TARGET.ms} ms`, worst.ms < FORECAST_TARGET.ms ? '✓' : '✗']);
  return markdownTable(['figure', 'ours', 'target', 'met?'], rows);
}

if (require.main === module) console.log(forecastTargets(forecastBench(3)));
