/**
 * One measurement in a fresh process, printed as one line of JSON:
 *
 *   node --expose-gc out/bench/measureOnce.js <what> <n> [file]
 *
 * what: `parseDocument` (yaml alone, with a LineCounter, as measured.md did),
 * `checkPack` (the full cold check, with retained heap and peak RSS) or
 * `stages` (the check taken apart: parsePack, buildModel, each rule,
 * toDiagnostics). The pack is read from `file` when given (bench/run.ts writes
 * it once per size, so generating it costs the child nothing), else generated.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { LineCounter, parseDocument } from 'yaml';
import { checkPack } from '../server/src/pack';
import { PackAnalysis } from '../server/src/pack/analysis';
import { toDiagnostics } from '../server/src/pack/checkPack';
import { buildModel } from '../server/src/pack/model/buildModel';
import { withDefaults } from '../server/src/pack/options';
import { locate, parsePack } from '../server/src/pack/parse/parsePack';
import { splitTopLevel } from '../server/src/pack/parse/splitTopLevel';
import { RULES } from '../server/src/pack/rules';
import { LineIndex } from '../server/src/pack/text/lineIndex';
import { generatePack } from './generatePack';

export type What = 'parseDocument' | 'checkPack' | 'stages';

export interface Measurement {
  what: What;
  n: number;
  bytes: number;
  /** Wall time of the measured call, cold (first call in this process). */
  ms: number;
  /** checkPack: heap still used after a full GC with the result alive, minus before. */
  retainedMB?: number;
  /** checkPack: the process's peak resident set size (includes Node itself). */
  peakRssMB?: number;
  /** checkPack: resident set size just before the check. */
  rssBeforeMB?: number;
  diagnostics?: number;
  /** stages: milliseconds per stage, in order. */
  stages?: Record<string, number>;
}

const MB = 1024 * 1024;

function gc(): boolean {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (!collect) return false;
  collect();
  collect();
  return true;
}

function time<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

export function measure(what: What, n: number, text: string): Measurement {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (what === 'parseDocument') {
    gc();
    const { value: doc, ms } = time(() => parseDocument(text, { lineCounter: new LineCounter() }));
    if (doc.errors.length > 0) throw new Error(`generated pack does not parse: ${doc.errors[0].message}`);
    return { what, n, bytes, ms };
  }
  if (what === 'checkPack') {
    const canGc = gc();
    const before = process.memoryUsage();
    const { value: result, ms } = time(() => checkPack(text));
    gc();
    const after = process.memoryUsage();
    const measurement: Measurement = {
      what,
      n,
      bytes,
      ms,
      retainedMB: canGc ? (after.heapUsed - before.heapUsed) / MB : undefined,
      peakRssMB: (process.resourceUsage().maxRSS * 1024) / MB,
      rssBeforeMB: before.rss / MB,
      diagnostics: result.diagnostics.length,
    };
    // Keep the result reachable until after the heap was measured.
    if (result.diagnostics.length < 0) console.log(result);
    return measurement;
  }
  return { what, n, bytes, ms: 0, stages: stages(text) };
}

/** The steps of checkPack/checkParsed, timed one by one (cold, in the order the check runs them). */
function stages(text: string): Record<string, number> {
  gc();
  const result: Record<string, number> = {};
  const options = withDefaults({});
  const parsed = time(() => parsePack(text, options.limits));
  result.parsePack = parsed.ms;
  const built = time(() => buildModel(parsed.value));
  result.buildModel = built.ms;
  const { model, findings } = built.value;
  const analysis = new PackAnalysis(model, options.ifHired);
  const context = { model, analysis, options, span: (path: readonly (string | number)[], part?: 'key' | 'value') => locate(parsed.value, path, part) };
  const all = [...parsed.value.findings, ...findings];
  let rulesMs = 0;
  for (const rule of RULES) {
    if (!rule.check) continue;
    const ran = time(() => rule.check!(context));
    result[`rule ${rule.code} ${rule.name}`] = ran.ms;
    rulesMs += ran.ms;
    all.push(...ran.value);
  }
  result.rules = rulesMs;
  const lines = time(() => new LineIndex(text));
  result.LineIndex = lines.ms;
  result.toDiagnostics = time(() => toDiagnostics(all, lines.value, options)).ms;
  // For comparison: the line scan alone (warm: parsePack already ran it once).
  result['splitTopLevel (warm)'] = time(() => splitTopLevel(text)).ms;
  return result;
}

if (require.main === module) {
  const [what, nText, file] = process.argv.slice(2);
  if (what !== 'parseDocument' && what !== 'checkPack' && what !== 'stages') {
    console.error('usage: node --expose-gc out/bench/measureOnce.js parseDocument|checkPack|stages <n> [file]');
    process.exit(2);
  }
  const n = Number(nText);
  const text = file ? readFileSync(file, 'utf8') : generatePack(n);
  console.log(JSON.stringify(measure(what, n, text)));
}
