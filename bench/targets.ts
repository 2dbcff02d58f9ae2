/**
 * The targets, each figure printed beside its target and the peer's:
 * one table per group. Where the bench has several generators or edit kinds,
 * the row is the worst of them, and names which one it was.
 */
import type { CoreFigures } from './coreBench';
import type { EditKind } from './edits';
import { KeystrokeRun, worstKind } from './lspBench';
import { formatNumber, markdownTable, median } from './table';
import type { WorkspaceFigures } from './workspaceBench';

const HEADERS = ['figure', 'ours', 'target', 'peer', 'met?'];

interface Worst {
  value: number;
  label: string;
}

const ms = (value: number) => (Number.isFinite(value) ? `${formatNumber(value)} ms` : 'n/a');
const mb = (value: number) => (Number.isFinite(value) ? `${formatNumber(value)} MB` : 'n/a');
const under = (value: number, limit: number) => (Number.isFinite(value) ? (value < limit ? '✓' : '✗') : '?');

function worst<T>(items: T[], value: (item: T) => number, label: (item: T) => string): Worst {
  let found: Worst = { value: Number.NaN, label: 'none' };
  for (const item of items) {
    const v = value(item);
    if (Number.isFinite(v) && !(v <= found.value)) found = { value: v, label: label(item) };
  }
  return found;
}

const kindMedian = (kind: EditKind) => (run: KeystrokeRun) => (run.times[kind] ? median(run.times[kind]!) : Number.NaN);

export function keystrokeTargets(runs: KeystrokeRun[], limits: Record<number, number>): string {
  const rows: string[][] = [];
  for (const [size, limit] of Object.entries(limits).map(([n, l]) => [Number(n), l])) {
    const ours = runs.filter((run) => run.server === 'ours' && run.n === size);
    const peer = runs.filter((run) => run.server === 'peer' && run.n === size);
    const at = size.toLocaleString('en-US');
    const overall = worst(ours, (run) => worstKind(run).ms, (run) => `${worstKind(run).kind}, ${run.generator}`);
    const peerOverall = worst(peer, (run) => worstKind(run).ms, (run) => worstKind(run).kind);
    rows.push([`${at}: worst edit kind (${overall.label})`, ms(overall.value), `< ${limit} ms`, peerValue(peerOverall, peer), under(overall.value, limit)]);
    for (const kind of ['effort', 'title'] as const) {
      const mine = worst(ours, kindMedian(kind), (run) => run.generator);
      rows.push([`${at}: ${kind} edit (worst generator: ${mine.label})`, ms(mine.value), `< ${limit} ms`, peerValue(worst(peer, kindMedian(kind), (run) => run.generator), peer), under(mine.value, limit)]);
    }
  }
  return markdownTable(HEADERS, rows);
}

function peerValue(found: Worst, peer: KeystrokeRun[]): string {
  return peer.length === 0 ? 'not run' : `${ms(found.value)} (${peer.map((run) => run.generator).join(', ')})`;
}

export function memoryTargets(runs: KeystrokeRun[], size: number, limit: number): string {
  const ours = worst(runs.filter((run) => run.server === 'ours' && run.n === size), (run) => run.peakMb, (run) => run.generator);
  const peer = worst(runs.filter((run) => run.server === 'peer' && run.n === size), (run) => run.peakMb, (run) => run.generator);
  const row = [`server peak RSS at ${size.toLocaleString('en-US')}, after open and edits (worst generator: ${ours.label})`, mb(ours.value), `< ${limit} MB`, Number.isFinite(peer.value) ? `${mb(peer.value)} (${peer.label})` : 'not run', under(ours.value, limit)];
  return markdownTable(HEADERS, [row]);
}

export function coldTargets(core: CoreFigures, size: number, limit: number): string {
  const rows = core.rows.filter((row) => row.n === size);
  const ratio = worst(rows, (row) => row.checkPackMs / row.parseDocumentMs, (row) => row.generator);
  const cells = [`cold checkPack ÷ parseDocument at ${size.toLocaleString('en-US')} (worst generator: ${ratio.label})`, `${formatNumber(ratio.value)}×`, `≤ ${limit.toFixed(1)}×`, '–', ratio.value <= limit ? '✓' : '✗'];
  return markdownTable(HEADERS, [cells]);
}

export function workspaceTargets(figures: WorkspaceFigures, limitMs: number): string {
  const label = `${figures.packs} packs × ${figures.initiatives}`;
  return markdownTable(HEADERS, [
    [`${label}: every pack's first diagnostics, from spawn`, ms(figures.allFromSpawnMs), `< ${formatNumber(limitMs)} ms`, '–', under(figures.allFromSpawnMs, limitMs)],
    [`${label}: every pack's first diagnostics, from \`initialized\``, ms(figures.allFromInitializedMs), '–', '–', '–'],
    [`${label}: the open pack's first diagnostics, from spawn`, ms(figures.openFromSpawnMs), 'before any other pack', '–', figures.publishedBeforeOpen === 0 ? '✓' : `✗ (${figures.publishedBeforeOpen} before it)`],
    [`${label}: the open pack's first diagnostics, from \`initialized\``, ms(figures.openFromInitializedMs), '–', '–', '–'],
    [`${label}: server peak RSS`, mb(figures.peakMb), '–', '–', '–'],
  ]);
}
