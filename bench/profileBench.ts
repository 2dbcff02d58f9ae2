/**
 * Where the server's time goes: the bundled server runs under `--cpu-prof`,
 * and only the samples inside the measured windows are counted (from sending
 * each edit to receiving its diagnostics; or, for `workspace`, from spawn to
 * the last pack's first diagnostics).
 *
 *   node out/bench/profileBench.js keystroke [generator] [n] [kind…]
 *   node out/bench/profileBench.js workspace [packs] [initiatives]
 *
 * Prints, per edit kind, the inclusive time of the busiest functions and
 * files, and the self time by file. Not part of `npm run bench` (a profiler
 * slows what it watches); the lead's tool for optimising.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ExitNotification, ShutdownRequest } from 'vscode-languageserver-protocol/node';
import { parsePack } from '../server/src/pack';
import { repoPath } from '../test/helpers/repoRoot';
import type { LspClient } from '../test/lsp/lspClient';
import { Attribution, Window, attribute, bundleFiles } from './cpuProfile';
import { EDIT_KINDS, EditKind, applyEdit, planEdit, verifiedParse } from './edits';
import { prng } from './generatePack';
import { generatorNamed } from './generators';
import { ensureFreshBundle, initialize, oneFileWorkspace, ourClient, sendEdit } from './serverSession';
import { formatNumber, markdownTable } from './table';
import { workspaceBench } from './workspaceBench';

const now = () => Number(process.hrtime.bigint() / 1000n);

function profiledClient(dir: string): LspClient {
  return ourClient(['--cpu-prof', `--cpu-prof-dir=${dir}`, '--cpu-prof-interval=200']);
}

/** Ends the server the polite way, so that V8 writes the profile, and returns its path. */
async function profileOf(client: LspClient, dir: string): Promise<string> {
  await client.connection.sendRequest(ShutdownRequest.type);
  await client.connection.sendNotification(ExitNotification.type);
  for (let waited = 0; waited < 30_000; waited += 100) {
    const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
    if (file && !client.alive) return join(dir, file);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the server wrote no profile');
}

async function keystrokes(generatorName: string, n: number, kinds: EditKind[], rounds = 8): Promise<Map<EditKind, Attribution>> {
  const dir = mkdtempSync(join(tmpdir(), 'roadmap-profile-'));
  let text = generatorNamed(generatorName).generate(n);
  const workspace = oneFileWorkspace(text);
  const client = profiledClient(dir);
  const windows = new Map<EditKind, Window[]>(kinds.map((kind) => [kind, []]));
  try {
    await initialize(client, 'ours', workspace.folder);
    await client.open(workspace.uri, text);
    await client.diagnostics(workspace.uri, (p) => p.version === 1, 180_000);
    let parsed = parsePack(text);
    const random = prng(n + 7);
    let version = 1;
    for (let round = -1; round < rounds; round++) {
      for (const kind of kinds) {
        const edit = planEdit(kind, parsed, random, round + 1);
        const next = applyEdit(text, edit);
        parsed = verifiedParse(parsed, edit, next);
        const v = ++version;
        client.forget(workspace.uri);
        const started = now();
        const published = client.diagnostics(workspace.uri, (p) => p.version === v, 180_000);
        await sendEdit(client, workspace.uri, v, edit);
        await published;
        if (round >= 0) windows.get(kind)!.push([started, now()]);
        text = next;
      }
    }
    const profile = await profileOf(client, dir);
    const fileOf = bundleFiles(repoPath('dist', 'server.js'));
    return new Map(kinds.map((kind) => [kind, attribute(profile, windows.get(kind)!, fileOf)]));
  } finally {
    await client.stop().catch(() => undefined);
    workspace.dispose();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The busiest functions and files of an attribution, as tables (ms per edit or per pack, and share). */
function busiest(attribution: Attribution, per: number, top = 24): string {
  const total = attribution.totalMs;
  const row = (name: string, ms: number) => [name, formatNumber(ms / per), `${((ms / total) * 100).toFixed(1)}%`];
  const sorted = (entries: Iterable<[string, number]>) => [...entries].sort((a, b) => b[1] - a[1]);
  const inclusive = sorted(attribution.inclusive).filter(([name]) => !name.startsWith('(root)') && !name.startsWith('file '));
  const files = sorted(attribution.inclusive).filter(([name, ms]) => name.startsWith('file ') && ms >= total / 200 && name !== 'file (root)');
  return [
    `sampled ${formatNumber(total / per)} ms each (${per})`,
    '',
    markdownTable(['inclusive: function · file', 'ms each', 'share'], inclusive.slice(0, top).map(([name, ms]) => row(name, ms))),
    '',
    markdownTable(['inclusive: file (on the stack)', 'ms each', 'share'], files.map(([name, ms]) => row(name.slice(5), ms))),
    '',
    markdownTable(['self time by file', 'ms each', 'share'], sorted(attribution.selfByFile).slice(0, 16).map(([name, ms]) => row(name, ms))),
  ].join('\n');
}

async function main(): Promise<void> {
  ensureFreshBundle();
  const [mode = 'keystroke', ...rest] = process.argv.slice(2);
  if (mode === 'workspace') return profileWorkspace(Number(rest[0]) || 500, Number(rest[1]) || 100);
  const [generator = 'columns', nText = '10000', ...kindArgs] = rest;
  const kinds = (kindArgs.length ? kindArgs : ['effort', 'title']) as EditKind[];
  if (kinds.some((kind) => !EDIT_KINDS.includes(kind))) throw new Error(`edit kinds are ${EDIT_KINDS.join(', ')}`);
  const rounds = 8;
  const byKind = await keystrokes(generator, Number(nText), kinds, rounds);
  for (const [kind, attribution] of byKind) console.log(`\n## ${kind} edits, ${generator}, ${Number(nText).toLocaleString('en-US')} initiatives\n\n${busiest(attribution, rounds)}`);
}

/** The workspace start under the profiler: the whole life of the process (it idles once all is published). */
async function profileWorkspace(packs: number, initiatives: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'roadmap-profile-'));
  try {
    let profile = '';
    const figures = await workspaceBench(packs, initiatives, { client: () => profiledClient(dir), stop: async (client) => {
        profile = await profileOf(client, dir);
        await client.stop().catch(() => undefined);
      },
    });
    const attribution = attribute(profile, [[Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY]], bundleFiles(repoPath('dist', 'server.js')));
    console.log(`\n## Workspace start, ${packs} packs × ${initiatives}\n\n${JSON.stringify(figures)}\n\n${busiest(attribution, packs)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
