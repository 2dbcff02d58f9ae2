/**
 * Render bench: how long the preview webview takes to draw each view of a
 * generated pack in headless Chromium, and how tall the drawing is. Runs the
 * real webview (production bundle, real HTML and CSP, test/browser/harness.ts)
 * and reads the time it reports in `rendered`, which it measures in the page
 * with performance.now() around `mermaid.render`.
 *
 * The gantt runs twice: with the default aggregation (one bar per quarter
 * above 200 initiatives) and without (`aggregateAbove: Infinity`, one bar per
 * initiative). A view whose render takes longer than SLOW_MS is measured once,
 * and not at larger sizes: the bench stays within about three minutes.
 *
 * `npm run bench` calls `renderBench()`; `node out/bench/renderBench.js` runs it alone.
 */
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Browser } from 'playwright-core';
import type { DrawnView } from '../protocol/views';
import { PackResult, checkPack, epochDay } from '../server/src/pack';
import { ViewName, ViewOptions, renderView } from '../server/src/pack/views';
import { withGoals } from './withGoals';
import { CHROMIUM, Harness, PreviewPage, launchChromium } from '../test/browser/harness';
import type { Update } from '../test/browser/updates';
import { generatePack } from './generatePack';
import { formatNumber, markdownTable, median } from './table';

const SIZES = [100, 1_000, 3_000];
const RUNS = 3;
/** Above this a render is measured once, and the view is not drawn at larger sizes. */
const SLOW_MS = 5_000;
const SKIP_ABOVE_MS = 15_000;
const TODAY = epochDay(2026, 8, 1);

interface Case {
  label: string;
  view: ViewName;
  options: ViewOptions;
  /** The generated pack made into another (the goals view needs goals the generator does not write). */
  pack?: (text: string) => string;
}

const CASES: Case[] = [
  { label: 'gantt, aggregated above 200 (default)', view: 'gantt', options: {} },
  { label: 'gantt, not aggregated', view: 'gantt', options: { aggregateAbove: Infinity } },
  { label: 'gates', view: 'gates', options: {} },
  { label: 'board (at most 10 cards a column; HTML built in the page, no Mermaid)', view: 'board', options: {} },
  { label: 'deps, grouped above 60 (default)', view: 'deps', options: {} },
  { label: 'deps, not grouped', view: 'deps', options: { aggregateAbove: Infinity } },
  { label: 'capacity (10 teams)', view: 'capacity', options: {} },
  { label: 'metrics (a table built in the page, no Mermaid)', view: 'metrics', options: {} },
  { label: 'goals (20 goals, every initiative serving one; goal cards alone above 40 initiative cards)', view: 'goals', options: {}, pack: withGoals },
  { label: 'goals, drilled into one goal (at most 30 initiative cards)', view: 'goals', options: { focus: 'G1' }, pack: withGoals },
];

interface Row {
  n: number;
  label: string;
  chars: number;
  ms?: number;
  runs: number;
  height?: number;
  note?: string;
}

export async function renderBench(): Promise<string> {
  if (!existsSync(CHROMIUM)) throw new Error(`The render bench needs Chromium at ${CHROMIUM} (apt-get install chromium).`);
  const started = performance.now();
  const harness = await Harness.start();
  const browser = await launchChromium();
  try {
    const rows = await measureAll(browser, harness);
    const seconds = (performance.now() - started) / 1000;
    return report(rows, seconds);
  } finally {
    await browser.close();
    await harness.close();
  }
}

async function measureAll(browser: Browser, harness: Harness): Promise<Row[]> {
  const rows: Row[] = [];
  const tooSlow = new Map<string, number>();
  let version = 0;
  for (const n of SIZES) {
    const text = generatePack(n);
    const result = checkPack(text);
    for (const bench of CASES.filter(chosen)) {
      const drawn = draw(bench.pack ? checkPack(bench.pack(text)) : result, bench);
      const chars = drawn.diagrams.reduce((sum, text) => sum + text.length, 0);
      const slow = tooSlow.get(bench.label);
      if (slow !== undefined) {
        rows.push({ n, label: bench.label, chars, runs: 0, note: `not drawn: ${formatNumber(slow / 1000)} s at a smaller size` });
        continue;
      }
      // A fresh page per case: one slow drawing cannot hold up the next.
      const preview = await PreviewPage.open(browser, harness);
      try {
        const row = await measure(preview, n, bench.label, drawn, chars, () => ++version);
        rows.push(row);
        if ((row.ms ?? 0) > SKIP_ABOVE_MS) tooSlow.set(bench.label, row.ms!);
        console.error(`  ${n} ${bench.label}: ${formatNumber(row.ms)} ms (${row.runs} runs), ${formatNumber(row.height)} px`);
      } finally {
        await preview.close();
      }
    }
  }
  return rows;
}

/** `node out/bench/renderBench.js capacity board` measures those views only. */
function chosen(bench: Case): boolean {
  const views = require.main === module ? process.argv.slice(2) : [];
  return views.length === 0 || views.includes(bench.view);
}

function draw(result: PackResult, bench: Case): DrawnView {
  const rendered = renderView(result, bench.view, { today: TODAY, ...bench.options });
  return { view: bench.view, diagrams: rendered.diagrams, text: rendered.text, sourceMap: rendered.sourceMap, warnings: rendered.warnings, ...(rendered.dashboard ? { dashboard: rendered.dashboard } : {}), ...(rendered.board ? { board: rendered.board } : {}) };
}

/** One warm-up render (Mermaid loads and sets up each diagram type on first use), then RUNS measured ones. */
async function measure(preview: PreviewPage, n: number, label: string, drawn: DrawnView, chars: number, nextVersion: () => number): Promise<Row> {
  const times: number[] = [];
  for (let run = 0; run <= RUNS; run++) {
    const ms = await renderOnce(preview, drawn, nextVersion());
    if (run === 0 && ms > SLOW_MS) return { n, label, chars, ms, runs: 1, height: await svgHeight(preview) };
    if (run > 0) times.push(ms);
  }
  return { n, label, chars, ms: median(times), runs: RUNS, height: await svgHeight(preview) };
}

/** Each run's text differs by a comment (the metrics table by its summary, the board by a column's title): the webview does not draw the same text twice. */
async function renderOnce(preview: PreviewPage, drawn: DrawnView, version: number): Promise<number> {
  const diagrams = drawn.diagrams.map((text) => `${text}%% bench run ${version}\n`);
  const dashboard = drawn.dashboard && { ...drawn.dashboard, summary: `${drawn.dashboard.summary} (bench run ${version})` };
  const board = drawn.board && { columns: drawn.board.columns.map((column, index) => (index === 0 ? { ...column, title: `${column.title} (bench run ${version})` } : column)) };
  const update: Update = { type: 'update', version, title: 'bench', views: [{ ...drawn, diagrams, ...(dashboard ? { dashboard } : {}), ...(board ? { board } : {}) }], errors: 0, options: { groupBy: 'quarter', weekly: false, locked: false } };
  const result = await preview.draw([update], drawn.view, 600_000);
  if (result.type !== 'rendered' || result.milliseconds === 0) throw new Error(`${drawn.view} was not drawn: ${JSON.stringify(result)}`);
  if ((await preview.svgText()).includes('Maximum text size')) throw new Error(`${drawn.view}: Mermaid drew its maxTextSize placeholder`);
  return result.milliseconds;
}

/** The drawing's height at zoom 1: the diagrams' viewBox heights, added up (capacity draws one chart per team). */
async function svgHeight(preview: PreviewPage): Promise<number> {
  return preview.value<number>("[...document.querySelectorAll('#rp-canvas svg')].reduce((sum, svg) => sum + svg.viewBox.baseVal.height, 0)");
}

function report(rows: Row[], seconds: number): string {
  const table = markdownTable(
    ['initiatives', 'view', 'Mermaid text (chars)', 'parse + render ms (median)', 'runs', 'SVG height px'],
    rows.map((row) => [row.n.toLocaleString('en-US'), row.label, row.chars.toLocaleString('en-US'), row.note ?? formatNumber(row.ms), String(row.runs), row.height === undefined ? '' : Math.round(row.height).toLocaleString('en-US')]),
  );
  return `## Preview render bench (headless Chromium, Mermaid 11, measured in the page; ${formatNumber(seconds)} s)\n\n${table}\n`;
}

if (require.main === module) {
  renderBench().then(
    (markdown) => console.log(markdown),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
