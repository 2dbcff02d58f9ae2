/**
 * Worst cases by size (issue 10): a 3,000-initiative cycle, a 50,000-entry
 * list, a 4.9 MB pack, 50,000 small initiatives, 20,000 initiatives with
 * three errors each and a 5 MB brief, each through the command line
 * (`check --format json`: wall time, peak memory, output size) and the
 * language server (open → first diagnostics: time, the server's peak memory,
 * the size of the publish), beside the bounds: under 5 s, the server under
 * 768 MB, output under 5 MB. Then, on the 50,000 initiatives, every
 * `render --view` (grouped and not) and `check --format sarif` under 5 s;
 * and the doubling table (scaleAudit.ts): the check, every view and the
 * language features at n/2 and n, each under 5 s and growing at most 2.5×.
 *
 *   node out/bench/sizeBench.js
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { repoPath } from '../test/helpers/repoRoot';
import { generateWorkedShape } from './generateWorkedShape';
import type { Doubling, TaskSet } from './scaleAudit';
import { shapeNamed } from './scaleShapes';
import { cpuMs, ensureFreshBundle, initialize, ourClient, peakMb } from './serverSession';
import { formatNumber, markdownTable } from './table';

const BOUNDS = { ms: 5_000, serverMb: 768, outputMb: 5 };
const HEAD = 'pack: 1\ntitle: Worst case\nhorizon: 2026-Q3..2026-Q4\nteams:\n  - { id: infra, name: Infra Squad, engineers: 4 }\ninitiatives:\n';

interface Case {
  name: string;
  files: Record<string, string>;
  /** The file checked and opened. */
  main: string;
}

function ring(n: number): string {
  const items = Array.from({ length: n }, (_, i) => `  - { id: i${i}, title: Item ${i}, owner: infra, when: 2026-Q3, effort: 1, depends_on: [i${(i + 1) % n}] }`);
  return `${HEAD}${items.join('\n')}\n`;
}

function longList(n: number): string {
  const refs = Array.from({ length: n }, (_, i) => `      - missing-${i}`);
  return `${HEAD}  - id: a\n    title: A\n    owner: infra\n    when: 2026-Q3\n    effort: 1\n    depends_on:\n${refs.join('\n')}\n`;
}

/** A brief of about `bytes`: the sections briefs have, its milestones table and text repeated to size. */
function bigBrief(bytes: number): string {
  const head = '---\ninitiative: a\ntitle: A\nowner: infra\n---\n\n# Initiative Brief: A\n\n';
  const sections = ['Problem / opportunity', 'Proposed approach', 'Why now', 'Scope', 'Dependencies', 'Risks + mitigations', 'Success metrics'];
  const body = sections.map((name) => `## ${name}\n\n- A line about ${name.toLowerCase()}.\n`).join('\n');
  const row = '| 2026-Q3-W2 | A milestone with a name of ordinary length | done when the thing is done |\n';
  const rows = Math.floor((bytes - head.length - body.length) / row.length);
  return `${head}${body}\n## Milestones\n\n| When | Milestone | Done when |\n| --- | --- | --- |\n${row.repeat(rows)}`;
}

function cases(): Case[] {
  const pack = `${HEAD}  - { id: a, title: A, owner: infra, when: 2026-Q3, effort: 1, brief: briefs/a.md }\n`;
  return [
    { name: 'a 3,000-initiative cycle', files: { 'cycle.roadmap.yaml': ring(3000) }, main: 'cycle.roadmap.yaml' },
    { name: 'a 50,000-entry list', files: { 'list.roadmap.yaml': longList(50_000) }, main: 'list.roadmap.yaml' },
    { name: 'a 4.9 MB pack (10,000 initiatives)', files: { 'big.roadmap.yaml': generateWorkedShape(10_000) }, main: 'big.roadmap.yaml' },
    { name: '50,000 flow initiatives', files: { 'many.roadmap.yaml': manyInitiatives() }, main: 'many.roadmap.yaml' },
    { name: '20,000 initiatives with 3 errors each', files: { 'errors.roadmap.yaml': shapeNamed('3 errors each').generate(20_000) }, main: 'errors.roadmap.yaml' },
    { name: 'a 5 MB brief', files: { 'plan.roadmap.yaml': pack, 'briefs/a.md': bigBrief(5_000_000) }, main: 'briefs/a.md' },
  ];
}

interface Figures {
  bytes: number;
  cliMs: number;
  /** The CLI process's CPU time (user + system, all threads): what the bound is held to, since wall time on a busy machine is mostly waiting for a core. */
  cliCpuMs: number;
  cliMb: number;
  cliOutputMb: number;
  serverMs: number;
  /** The server's CPU time from open to the diagnostics (main thread and its workers). */
  serverCpuMs: number;
  serverMb: number;
  publishMb: number;
}

const manyInitiatives = () => shapeNamed('flow initiatives').generate(50_000);

function cli(folder: string, file: string, args: string[] = ['check', join(folder, file), '--format', 'json']): Pick<Figures, 'cliMs' | 'cliCpuMs' | 'cliMb' | 'cliOutputMb'> {
  const started = performance.now();
  const run = spawnSync(process.execPath, ['-r', repoPath('out', 'bench', 'peakOnExit.js'), repoPath('dist', 'cli.js'), ...args], { cwd: folder, maxBuffer: 1024 * 1024 * 1024, encoding: 'utf8' });
  const cliMs = performance.now() - started;
  // 1 is "errors found" for check; only bad usage (2) or a crash means the figure is not the command's.
  if (run.status !== 0 && run.status !== 1) throw new Error(`roadmap-pack ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  const peak = /PEAK_RSS_KB=(\d+)/.exec(run.stderr ?? '');
  const cpu = /CPU_MS=(\d+)/.exec(run.stderr ?? '');
  return { cliMs, cliCpuMs: cpu ? Number(cpu[1]) : Number.NaN, cliMb: peak ? Number(peak[1]) / 1024 : Number.NaN, cliOutputMb: Buffer.byteLength(run.stdout ?? '') / 1024 / 1024 };
}

async function server(folder: string, file: string, text: string): Promise<Pick<Figures, 'serverMs' | 'serverCpuMs' | 'serverMb' | 'publishMb'>> {
  const client = ourClient();
  try {
    await initialize(client, 'ours', folder);
    const uri = pathToFileURL(join(folder, file)).toString();
    const [started, cpuBefore] = [performance.now(), cpuMs(client.pid)];
    await client.open(uri, text, file.endsWith('.md') ? 'markdown' : 'roadmap-yaml');
    const published = await client.diagnostics(uri, (params) => params.version === 1 || params.version === undefined, 60_000);
    const [serverMs, serverCpuMs] = [performance.now() - started, cpuMs(client.pid) - cpuBefore];
    return { serverMs, serverCpuMs, serverMb: peakMb(client.pid), publishMb: Buffer.byteLength(JSON.stringify(published)) / 1024 / 1024 };
  } finally {
    await client.stop();
  }
}

async function measure(one: Case): Promise<Figures> {
  const folder = mkdtempSync(join(tmpdir(), 'rp-size-'));
  try {
    for (const [name, text] of Object.entries(one.files)) {
      const path = join(folder, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    }
    const text = one.files[one.main];
    return { bytes: Buffer.byteLength(text), ...cli(folder, one.main), ...(await server(folder, one.main, text)) };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const within = (value: number, bound: number) => (Number.isFinite(value) && value < bound ? '✓' : '✗');
/** Wall time, and in brackets the CPU time the bound is held to. */
const times = (wall: number, cpu: number) => `${formatNumber(wall)} ms (${formatNumber(cpu)})`;

/** What the command line is asked of 50,000 initiatives besides `check --format json` (in the size table). */
const COMMANDS: { name: string; args: string[] }[] = [
  { name: 'check --format sarif', args: ['check', '--format', 'sarif'] },
  { name: 'render --view gantt (grouped by quarter)', args: ['render', '--view', 'gantt'] },
  { name: 'render --view gantt, every bar (--aggregate-above 1000000)', args: ['render', '--view', 'gantt', '--aggregate-above', '1000000'] },
  { name: 'render --view deps (grouped by theme)', args: ['render', '--view', 'deps'] },
  { name: 'render --view capacity --weekly --markdown', args: ['render', '--view', 'capacity', '--weekly', '--markdown'] },
  { name: 'render --view board', args: ['render', '--view', 'board'] },
];

/** Commands on the 50,000 initiatives, time and output beside the bounds; every view and option in process is in the doubling table. */
function commandsTable(): string {
  const folder = mkdtempSync(join(tmpdir(), 'rp-size-'));
  try {
    const file = join(folder, 'many.roadmap.yaml');
    const text = manyInitiatives();
    writeFileSync(file, text);
    const rows = COMMANDS.map(({ name, args }) => {
      const f = cli(folder, file, [args[0], file, ...args.slice(1)]);
      return [`roadmap-pack ${name}`, times(f.cliMs, f.cliCpuMs), `${formatNumber(f.cliMb)} MB`, `${formatNumber(f.cliOutputMb)} MB`, within(f.cliCpuMs, BOUNDS.ms) === '✓' && within(f.cliOutputMb, BOUNDS.outputMb) === '✓' ? '✓' : '✗'];
    });
    return markdownTable([`50,000 flow initiatives (${formatNumber(Buffer.byteLength(text) / 1024 / 1024)} MB)`, 'CLI time: wall (CPU < 5 s)', 'CLI peak', 'output (< 5 MB)', 'within bounds?'], rows);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Each shape at n/2 and n (a fresh process each, CPU ms, median of `runs`), the shape's size at n just under 5 MiB. */
const DOUBLING: { shape: string; runs: number; set: TaskSet }[] = [
  { shape: 'flow initiatives', runs: 3, set: 'all' },
  { shape: 'many teams', runs: 3, set: 'views' },
];
const RATIO_BOUND = 2.5;
/** Below this at 2n, a ratio is mostly noise (one GC more or less) and is not held to the bound; what was quadratic here took seconds. */
const RATIO_FLOOR_MS = 200;

function doublingRows(shape: string, runs: number, set: TaskSet): string[][] {
  const n = shapeNamed(shape).n;
  const run = spawnSync(process.execPath, ['--expose-gc', repoPath('out', 'bench', 'scaleAudit.js'), shape, String(n), String(runs), `--${set}`, '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`scaleAudit ${shape} exited ${run.status}: ${run.stderr}`);
  const rows = JSON.parse(run.stdout) as Doubling[];
  return rows.map(({ task, half, full }) => {
    const ratio = full / half;
    const held = full >= RATIO_FLOOR_MS;
    const ok = full < BOUNDS.ms && (!held || ratio <= RATIO_BOUND);
    return [`${shape}: ${task}`, `${formatNumber(half)} ms`, `${formatNumber(full)} ms`, held ? `${formatNumber(ratio)}×` : `(${formatNumber(ratio)}×)`, ok ? '✓' : '✗'];
  });
}

/** The check, every view and (on the 50,000 initiatives) the documents and language features at n/2 and n, in process: the guard against anything quadratic. */
function doublingTable(): string {
  const rows = DOUBLING.flatMap(({ shape, runs, set }) => {
    const shapeRows = doublingRows(shape, runs, set);
    console.error(`  doubling ${shape} done`);
    return shapeRows;
  });
  const sizes = DOUBLING.map(({ shape }) => `${shape}: ${formatNumber(shapeNamed(shape).n / 2)} → ${formatNumber(shapeNamed(shape).n)}`).join('; ');
  return markdownTable([`n → 2n (${sizes})`, 'CPU at n', 'CPU at 2n (< 5 s)', `ratio (≤ ${RATIO_BOUND}×; in brackets below ${RATIO_FLOOR_MS} ms)`, 'within bounds?'], rows);
}

/** The size table, each figure beside its bound. */
export async function sizeBench(): Promise<string> {
  const rows: string[][] = [];
  for (const one of cases()) {
    const f = await measure(one);
    const ok = [within(f.cliCpuMs, BOUNDS.ms), within(f.cliOutputMb, BOUNDS.outputMb), within(f.serverCpuMs, BOUNDS.ms), within(f.serverMb, BOUNDS.serverMb), within(f.publishMb, BOUNDS.outputMb)].every((mark) => mark === '✓');
    rows.push([one.name, `${formatNumber(f.bytes / 1024 / 1024)} MB`, times(f.cliMs, f.cliCpuMs), `${formatNumber(f.cliMb)} MB`, `${formatNumber(f.cliOutputMb)} MB`, times(f.serverMs, f.serverCpuMs), `${formatNumber(f.serverMb)} MB`, `${formatNumber(f.publishMb)} MB`, ok ? '✓' : '✗']);
    console.error(`  size case ${one.name} done`);
  }
  const headers = ['worst case', 'file', 'CLI time: wall (CPU < 5 s)', 'CLI peak', 'CLI output (< 5 MB)', 'server: open → diagnostics, wall (CPU < 5 s)', 'server peak (< 768 MB)', 'publish (< 5 MB)', 'within bounds?'];
  const commands = commandsTable();
  console.error('  size commands done');
  return [markdownTable(headers, rows), commands, doublingTable()].join('\n\n');
}

if (require.main === module) {
  ensureFreshBundle();
  void sizeBench().then((table) => console.log(table));
}
