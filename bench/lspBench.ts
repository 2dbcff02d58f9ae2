/**
 * Keystroke → diagnostics, ours beside the peer (Red Hat's yaml-language-server
 * with this project's JSON Schema), each driven over stdio by the same client
 * on the same generated packs and the same edits (bench/edits.ts), sent as
 * incremental changes. A figure runs from sending the change to receiving the
 * diagnostics published for that document version. Ours runs with no debounce,
 * so it is the work alone; the peer's include the fixed 200 ms it waits before
 * validating (it has no setting to remove it). One warm-up round of every edit
 * kind is not counted (an editor has been typed in before); the edits
 * accumulate, as typing does.
 *
 * `node out/bench/lspBench.js [n…]` runs it alone (ours only, every generator).
 */
import { performance } from 'node:perf_hooks';
import { PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { parsePack } from '../server/src/pack';
import { EDIT_KINDS, EditKind, applyEdit, planEdit, verifiedParse } from './edits';
import { prng } from './generatePack';
import { GENERATORS, Generator } from './generators';
import { ServerKind, cpuMs, initialize, oneFileWorkspace, ourClient, peakMb, peerClient, sendEdit } from './serverSession';
import { formatNumber, markdownTable, median } from './table';

export interface KeystrokeRun {
  server: ServerKind;
  generator: string;
  n: number;
  bytes: number;
  /** didOpen → its first diagnostics. */
  openMs: number;
  /** Milliseconds per counted edit, by kind. */
  times: Partial<Record<EditKind, number[]>>;
  /** Server CPU time (user + system, all threads) per counted edit, by kind: less sensitive to a busy machine than wall time. */
  cpu: Partial<Record<EditKind, number[]>>;
  /** Peak resident memory of the server process after the edits. */
  peakMb: number;
}

export interface KeystrokePlan {
  server: ServerKind;
  generator: Generator;
  n: number;
  kinds: readonly EditKind[];
  rounds: number;
  /** One uncounted round of every kind first. */
  warmup: boolean;
}

const TIMEOUT = 180_000;

export async function keystrokeRun({ server, generator, n, kinds, rounds, warmup }: KeystrokePlan): Promise<KeystrokeRun> {
  let text = generator.generate(n);
  const workspace = oneFileWorkspace(text);
  const client = server === 'ours' ? ourClient() : peerClient();
  // Ours publishes the version it checked; the peer publishes none, so its next publish counts.
  const isFor = (version: number) => (server === 'ours' ? (p: PublishDiagnosticsParams) => p.version === version : () => true);
  try {
    await initialize(client, server, workspace.folder);
    const opened = performance.now();
    const first = client.diagnostics(workspace.uri, isFor(1), TIMEOUT);
    await client.open(workspace.uri, text, server === 'ours' ? 'roadmap-yaml' : 'yaml');
    await first;
    const run: KeystrokeRun = { server, generator: generator.name, n, bytes: Buffer.byteLength(text), openMs: performance.now() - opened, times: {}, cpu: {}, peakMb: Number.NaN };
    let parsed = parsePack(text);
    const random = prng(n + 7);
    let version = 1;
    for (let round = warmup ? -1 : 0; round < rounds; round++) {
      for (const kind of kinds) {
        const edit = planEdit(kind, parsed, random, round + 1);
        const next = applyEdit(text, edit);
        parsed = verifiedParse(parsed, edit, next);
        version++;
        client.forget(workspace.uri);
        const cpuBefore = cpuMs(client.pid);
        const started = performance.now();
        const published = client.diagnostics(workspace.uri, isFor(version), TIMEOUT);
        await sendEdit(client, workspace.uri, version, edit);
        await published;
        const ms = performance.now() - started;
        const cpu = cpuMs(client.pid) - cpuBefore;
        text = next;
        if (round < 0) continue;
        (run.times[kind] ??= []).push(ms);
        (run.cpu[kind] ??= []).push(cpu);
      }
    }
    if (!client.alive) throw new Error(`${server} server exited: ${client.stderr.slice(-500)}`);
    run.peakMb = peakMb(client.pid);
    return run;
  } finally {
    await client.stop();
    workspace.dispose();
  }
}

/** The kind with the slowest median in the run. */
export function worstKind(run: KeystrokeRun): { kind: EditKind; ms: number } {
  const medians = Object.entries(run.times).map(([kind, times]) => ({ kind: kind as EditKind, ms: median(times) }));
  return medians.reduce((worst, entry) => (entry.ms > worst.ms ? entry : worst), { kind: 'title' as EditKind, ms: Number.NEGATIVE_INFINITY });
}

/**
 * Every run's median per edit kind and its slowest edit in brackets, one row
 * per server, generator and size; then the mean server CPU per edit.
 */
export function keystrokeTable(runs: KeystrokeRun[]): string {
  const rows = runs.map((run) => {
    const worst = worstKind(run);
    const cells = EDIT_KINDS.map((kind) => {
      const times = run.times[kind];
      const cpu = run.cpu[kind] ?? [];
      return times ? `${formatNumber(median(times))} (${formatNumber(Math.max(...times))}) cpu ${formatNumber(cpu.reduce((a, b) => a + b, 0) / cpu.length)}` : '–';
    });
    return [run.server, run.generator, run.n.toLocaleString('en-US'), `${(run.bytes / 1024 / 1024).toFixed(1)} MiB`, formatNumber(run.openMs), ...cells, worst.kind, formatNumber(run.peakMb)];
  });
  return markdownTable(['server', 'generator', 'initiatives', 'size', 'open ms', ...EDIT_KINDS.map((kind) => `${kind} ms`), 'worst kind', 'peak MB'], rows);
}

if (require.main === module) {
  void (async () => {
    const sizes = process.argv.slice(2).map(Number).filter(Boolean);
    const runs: KeystrokeRun[] = [];
    for (const n of sizes.length ? sizes : [1_000, 10_000]) for (const generator of GENERATORS) runs.push(await keystrokeRun({ server: 'ours', generator, n, kinds: EDIT_KINDS, rounds: 5, warmup: true }));
    console.log(keystrokeTable(runs));
  })();
}
