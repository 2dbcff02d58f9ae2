import { existsSync } from 'node:fs';
import { lspBench } from './lspBench';
import { renderBench } from './renderBench';
/**
 * The bench (`npm run bench`): for 100, 1,000 and 10,000 synthetic initiatives,
 * each measurement runs in a fresh child process several times and the median
 * is printed, so every figure is a cold first call as an editor opening a file
 * would see it. Compare the ratios, not the absolute times: shared machines
 * are noisy (see /work/shared/measured.md for reference figures).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generatePack } from './generatePack';
import type { Measurement, What } from './measureOnce';
import { SizeRow, growthLine, median, resultsTable, stagesTable } from './table';

const SIZES: { n: number; runs: number }[] = [
  { n: 100, runs: 5 },
  { n: 1_000, runs: 5 },
  { n: 10_000, runs: 3 },
];
const STAGES_N = 10_000;
const STAGES_RUNS = 3;
const CHILD = join(__dirname, 'measureOnce.js');

function runChild(what: What, n: number, file: string): Measurement {
  const stdout = execFileSync(process.execPath, ['--expose-gc', CHILD, what, String(n), file], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  const lastLine = stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(lastLine) as Measurement;
}

function main(): void {
  const started = performance.now();
  const dir = mkdtempSync(join(tmpdir(), 'roadmap-bench-'));
  try {
    const rows: SizeRow[] = [];
    let stageRuns: Measurement[] = [];
    for (const { n, runs } of SIZES) {
      const file = join(dir, `pack-${n}.roadmap.yaml`);
      const text = generatePack(n);
      writeFileSync(file, text);
      const parses: Measurement[] = [];
      const checks: Measurement[] = [];
      // Interleaved, so that a burst of noise does not hit one measurement only.
      for (let run = 0; run < runs; run++) {
        parses.push(runChild('parseDocument', n, file));
        checks.push(runChild('checkPack', n, file));
      }
      if (n === STAGES_N) for (let run = 0; run < STAGES_RUNS; run++) stageRuns.push(runChild('stages', n, file));
      rows.push({
        n,
        bytes: Buffer.byteLength(text),
        parseDocumentMs: median(parses.map((m) => m.ms)),
        checkPackMs: median(checks.map((m) => m.ms)),
        retainedMB: median(checks.map((m) => m.retainedMB ?? Number.NaN)),
        peakRssMB: median(checks.map((m) => m.peakRssMB ?? Number.NaN)),
      });
      const last = checks[checks.length - 1];
      console.error(`  ${n}: ${runs} runs each, ${last.diagnostics} diagnostics, RSS before the check ${last.rssBeforeMB?.toFixed(0)} MB`);
    }

    console.log(`\n## Roadmap Packs bench (Node ${process.version}, medians of fresh processes; each pack ≈ ${Math.round(rows[1].bytes / rows[1].n)} bytes per initiative)\n`);
    console.log(resultsTable(rows));
    console.log('');
    const byN = new Map(rows.map((row) => [row.n, row]));
    const small = byN.get(1_000)!;
    const large = byN.get(10_000)!;
    console.log(growthLine('checkPack time', small.n, small.checkPackMs, large.n, large.checkPackMs, 15));
    console.log(growthLine('parseDocument time', small.n, small.parseDocumentMs, large.n, large.parseDocumentMs, 15));
    console.log(`Throughput at 10,000: parseDocument ${(large.bytes / 1e6 / (large.parseDocumentMs / 1000)).toFixed(2)} MB/s, checkPack ${(large.bytes / 1e6 / (large.checkPackMs / 1000)).toFixed(2)} MB/s`);

    const names = Object.keys(stageRuns[0]?.stages ?? {});
    const stages = Object.fromEntries(names.map((name) => [name, median(stageRuns.map((m) => m.stages?.[name] ?? Number.NaN))]));
    const total = ['parsePack', 'buildModel', 'rules', 'LineIndex', 'toDiagnostics'].reduce((sum, name) => sum + (stages[name] ?? 0), 0);
    console.log(`\n### Stages at ${STAGES_N.toLocaleString('en-US')} initiatives (median of ${STAGES_RUNS} fresh processes; sum ${total.toFixed(0)} ms; top rules indented)\n`);
    console.log(stagesTable(stages, total));
    stageRuns = [];
    console.log(`\nBench took ${((performance.now() - started) / 1000).toFixed(0)} s.`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The core, then the language server beside its peer, then Mermaid in Chromium (when Chromium is there). */
async function all(): Promise<void> {
  await main();
  await lspBench();
  if (existsSync('/usr/bin/chromium')) console.log(`\n## Preview: Mermaid render in Chromium\n\n${await renderBench()}`);
  else console.log('\nPreview render bench skipped: /usr/bin/chromium is not installed (apt-get install chromium).');
}

void all();
