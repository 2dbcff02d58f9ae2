import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CompletionRequest, HoverRequest, PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { LspClient } from '../test/lsp/lspClient';
import { repoPath } from '../test/helpers/repoRoot';
import { generatePack } from './generatePack';

/**
 * Language-server latency, ours beside the peer (Red Hat's yaml-language-server
 * with this project's JSON Schema) on the same generated packs, each driven
 * over stdio by the same client. Ours runs with no debounce: the figures are
 * the work from a keystroke to its diagnostics. The peer's include the fixed
 * 200 ms it waits before validating (it has no setting to remove it).
 */
const KEYSTROKES = 15;

export interface LspFigures {
  keystrokeMs: number;
  completionMs?: number;
  hoverMs?: number;
  peakMb: number;
}

export async function benchOurs(text: string): Promise<LspFigures> {
  const { folder, uri } = workspace(text);
  const client = new LspClient();
  try {
    await client.initialize(folder, { debounce: 0 });
    await client.open(uri, text);
    await client.diagnostics(uri, (p) => p.version === 1, 120000);
    const keystrokeMs = await keystrokes(client, uri, text, (p, version) => p.version === version);
    const position = positionOf(text, '  depends_on:');
    const completionMs = await median(() => client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: position.line + 1, character: 6 } }));
    const idAt = positionOf(text, '- id: ');
    const hoverMs = await median(() => client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: idAt.line, character: idAt.character + 7 } }));
    return { keystrokeMs, completionMs, hoverMs, peakMb: peakMb(client.pid) };
  } finally {
    await client.stop();
  }
}

export async function benchPeer(text: string): Promise<LspFigures> {
  const { folder, uri } = workspace(text);
  const schema = pathToFileURL(repoPath('schemas', 'roadmap-pack.schema.json')).toString();
  const client = new LspClient([repoPath('node_modules', 'yaml-language-server', 'bin', 'yaml-language-server'), '--stdio']);
  const settings = { validate: true, hover: true, completion: true, schemas: { [schema]: '*.roadmap.yaml' }, schemaStore: { enable: false }, maxItemsComputed: 100000 };
  client.configuration = settings;
  try {
    await client.initialize(folder, settings);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { yaml: settings } });
    await client.open(uri, text, 'yaml');
    await client.diagnostics(uri, () => true, 120000);
    const keystrokeMs = await keystrokes(client, uri, text, () => true);
    return { keystrokeMs, peakMb: peakMb(client.pid) };
  } finally {
    await client.stop();
  }
}

/** Median time from a one-character change to the diagnostics for it. */
async function keystrokes(client: LspClient, uri: string, text: string, isFor: (p: PublishDiagnosticsParams, version: number) => boolean): Promise<number> {
  const at = text.indexOf('title: ', Math.floor(text.length / 2)) + 7;
  const times: number[] = [];
  for (let i = 0; i < KEYSTROKES; i++) {
    const version = i + 2;
    const next = i % 2 === 0 ? text.slice(0, at) + 'x' + text.slice(at) : text;
    client.forget(uri);
    const started = performance.now();
    const published = client.diagnostics(uri, (p) => isFor(p, version), 120000);
    await client.change(uri, version, next);
    await published;
    times.push(performance.now() - started);
  }
  return middle(times);
}

async function median(run: () => Promise<unknown>, count = 15): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return middle(times);
}

function middle(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** The process's peak resident memory (VmHWM), in MB. */
function peakMb(pid: number | undefined): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmHWM:\s+(\d+)/.exec(status)![1]) / 1024;
  } catch {
    return NaN;
  }
}

function workspace(text: string) {
  const folder = mkdtempSync(join(tmpdir(), 'roadmap-bench-'));
  const file = join(folder, 'bench.roadmap.yaml');
  writeFileSync(file, text);
  return { folder, uri: pathToFileURL(file).toString() };
}

function positionOf(text: string, needle: string) {
  const index = Math.max(0, text.indexOf(needle));
  const before = text.slice(0, index);
  return { line: before.split('\n').length - 1, character: index - before.lastIndexOf('\n') - 1 };
}

/** Prints the language-server table; `npm run bench` calls it after the core's. */
export async function lspBench(sizes: number[] = [1000, 10000]): Promise<void> {
  console.log('\n## Language server: keystroke → diagnostics (median of %d), ours vs yaml-language-server\n', KEYSTROKES);
  console.log('| initiatives | ours ms | completion ms | hover ms | ours peak MB | peer ms | peer peak MB | peer ÷ ours |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const size of sizes) {
    const text = generatePack(size);
    const ours = await benchOurs(text);
    const peer = await benchPeer(text).catch((error: Error) => ({ keystrokeMs: NaN, peakMb: NaN, error }));
    const f = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? 'n/a' : n.toFixed(1));
    console.log(`| ${size.toLocaleString('en')} | ${f(ours.keystrokeMs)} | ${f(ours.completionMs)} | ${f(ours.hoverMs)} | ${f(ours.peakMb)} | ${f(peer.keystrokeMs)} | ${f(peer.peakMb)} | ${f(peer.keystrokeMs / ours.keystrokeMs)}× |`);
  }
  console.log('\nOurs: no debounce (the editor adds `roadmapPacks.debounce`, 150 ms by default). Peer: includes its fixed 200 ms validation delay.');
}

if (require.main === module) {
  const sizes = process.argv.slice(2).map(Number).filter(Boolean);
  void lspBench(sizes.length ? sizes : undefined);
}
