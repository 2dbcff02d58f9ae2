/**
 * Report bench: `roadmap-pack report` on a 1,000-initiative pack with goals
 * (bench/generateWorkedShape.ts, bench/withGoals.ts), as the CLI runs it: the
 * check, then the document, in both formats (HTML with a stand-in of the
 * renderer's size: inlining is one string copy). The median of RUNS after a warm-up.
 *
 * `npm run bench` calls `reportBench()`; `node out/bench/reportBench.js` runs it alone.
 */
import { performance } from 'node:perf_hooks';
import { checkPack, parseIsoDate, reportDocument, type ReportFormat } from '../server/src/pack';
import { generateWorkedShape } from './generateWorkedShape';
import { withGoals } from './withGoals';
import { formatNumber, markdownTable, median } from './table';

const SIZE = 1_000;
const RUNS = 5;
const TARGET_MS = 2_000;
const TODAY = '2026-08-01';
/** Mermaid minified is about 3.5 MB (dist/report.js). */
const RENDERER = { script: 'x'.repeat(3_500_000), nonce: 'bench' };

export function reportBench(): string {
  const text = withGoals(generateWorkedShape(SIZE, 1));
  reportDocument(checkPack(text, { today: TODAY }), 'markdown', { today: parseIsoDate(TODAY) }); // warm-up: the first run compiles the code
  const rows = (['markdown', 'html'] as ReportFormat[]).map((format) => {
    const times: number[] = [];
    let bytes = 0;
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      bytes = reportDocument(checkPack(text, { today: TODAY }), format, { today: parseIsoDate(TODAY), assets: RENDERER }).length;
      times.push(performance.now() - started);
    }
    const ms = median(times);
    return [`report of ${SIZE.toLocaleString('en-US')} initiatives, ${format}, check included (${formatNumber(bytes / 1024)} KiB; median of ${RUNS})`, `${formatNumber(ms)} ms`, `< ${formatNumber(TARGET_MS)} ms`, ms < TARGET_MS ? '✓' : '✗'];
  });
  return markdownTable(['figure', 'ours', 'target', 'met?'], rows);
}

if (require.main === module) console.log(reportBench());
