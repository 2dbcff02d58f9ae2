/**
 * Levelling bench: `levelPack` on the generated 1,000-initiative pack (the
 * keystroke bench's, bench/generatePack.ts), the check it reads not counted.
 * The median of RUNS, each on a fresh check (a plan computed on a check whose
 * analysis was already asked for would be cheaper than the CLI's).
 *
 * `npm run bench` calls `levelBench()`; `node out/bench/levelBench.js` runs it alone.
 */
import { performance } from 'node:perf_hooks';
import { checkPack, levelPack } from '../server/src/pack';
import { generatePack } from './generatePack';
import { formatNumber, markdownTable, median } from './table';

const SIZE = 1_000;
const RUNS = 5;
const TARGET_MS = 2_000;
const TODAY = '2026-06-01';

export function levelBench(): string {
  const text = generatePack(SIZE);
  const times: number[] = [];
  let moves = 0;
  let unplaced = 0;
  for (let run = 0; run < RUNS; run++) {
    const result = checkPack(text, { today: TODAY });
    const started = performance.now();
    const plan = levelPack(result.analysis);
    times.push(performance.now() - started);
    [moves, unplaced] = [plan.moves.length, plan.unplaced.length];
  }
  const ms = median(times);
  const row = [`${SIZE.toLocaleString('en-US')} initiatives levelled (${moves} moves, ${unplaced} unplaced; median of ${RUNS})`, `${formatNumber(ms)} ms`, `< ${formatNumber(TARGET_MS)} ms`, ms < TARGET_MS ? '✓' : '✗'];
  return markdownTable(['figure', 'ours', 'target', 'met?'], [row]);
}

if (require.main === module) console.log(levelBench());
