/**
 * The cold check against yaml's `parseDocument` alone, per generator and
 * size: each measurement runs in a fresh child process (bench/measureOnce.ts)
 * several times, interleaved so that a burst of noise does not hit one side
 * only, and the median is kept. Every figure is a first call, as an editor
 * opening a file would see it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GENERATORS } from './generators';
import type { Measurement, What } from './measureOnce';
import { SizeRow, median } from './table';

const CHILD = join(__dirname, 'measureOnce.js');

export interface CoreFigures {
  rows: SizeRow[];
  /** Median milliseconds per stage at the largest size, by generator. */
  stages: Record<string, Record<string, number>>;
  diagnostics: Record<string, number>;
}

function runChild(what: What, n: number, file: string): Measurement {
  const stdout = execFileSync(process.execPath, ['--expose-gc', CHILD, what, String(n), file], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(stdout.trim().split('\n').pop() ?? '') as Measurement;
}

export function coreBench(sizes: { n: number; runs: number }[], stageRuns: number): CoreFigures {
  const dir = mkdtempSync(join(tmpdir(), 'roadmap-bench-'));
  const figures: CoreFigures = { rows: [], stages: {}, diagnostics: {} };
  try {
    for (const generator of GENERATORS) {
      for (const { n, runs } of sizes) {
        const file = join(dir, `${generator.name}-${n}.roadmap.yaml`);
        const text = generator.generate(n);
        writeFileSync(file, text);
        const parses: Measurement[] = [];
        const checks: Measurement[] = [];
        for (let run = 0; run < runs; run++) {
          parses.push(runChild('parseDocument', n, file));
          checks.push(runChild('checkPack', n, file));
        }
        figures.rows.push({
          generator: generator.name,
          n,
          bytes: Buffer.byteLength(text),
          parseDocumentMs: median(parses.map((m) => m.ms)),
          checkPackMs: median(checks.map((m) => m.ms)),
          retainedMB: median(checks.map((m) => m.retainedMB ?? Number.NaN)),
          peakRssMB: median(checks.map((m) => m.peakRssMB ?? Number.NaN)),
        });
        figures.diagnostics[`${generator.name} ${n}`] = checks[0].diagnostics ?? Number.NaN;
        console.error(`  core ${generator.name} ${n}: ${runs} runs each, ${checks[0].diagnostics} diagnostics`);
        if (n === sizes[sizes.length - 1].n) figures.stages[generator.name] = medianStages(Array.from({ length: stageRuns }, () => runChild('stages', n, file)));
      }
    }
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function medianStages(runs: Measurement[]): Record<string, number> {
  const names = Object.keys(runs[0]?.stages ?? {});
  return Object.fromEntries(names.map((name) => [name, median(runs.map((m) => m.stages?.[name] ?? Number.NaN))]));
}
