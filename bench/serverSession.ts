/**
 * Starting a language server for the bench, ours or the peer's, over stdio
 * with the test suite's client, and the few protocol steps the bench times.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidChangeTextDocumentNotification } from 'vscode-languageserver-protocol/node';
import { SERVER_EXEC_ARGV } from '../server/src/lsp/processOptions';
import { repoPath } from '../test/helpers/repoRoot';
import { LspClient } from '../test/lsp/lspClient';
import type { PlannedEdit } from './edits';

export type ServerKind = 'ours' | 'peer';

/** Ours with no debounce, so a figure is the work alone (the editor adds `roadmapPacks.debounce`). */
export const OUR_SETTINGS = { debounce: 0 };

/** The peer: Red Hat's yaml-language-server with this project's JSON Schema for packs. */
export function peerSettings(): Record<string, unknown> {
  const schema = pathToFileURL(repoPath('schemas', 'roadmap-pack.schema.json')).toString();
  return { validate: true, hover: true, completion: true, schemas: { [schema]: '*.roadmap.yaml' }, schemaStore: { enable: false }, maxItemsComputed: 100000 };
}

/**
 * Rebuilds dist/ when a server source is newer than the bundle: the bench
 * spawns dist/server.js, and a stale bundle would time yesterday's code.
 */
export function ensureFreshBundle(): void {
  const bundle = repoPath('dist', 'server.js');
  const built = (() => {
    try {
      return statSync(bundle).mtimeMs;
    } catch {
      return 0;
    }
  })();
  const sources = readdirSync(repoPath('server', 'src'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));
  if (sources.every((file) => statSync(repoPath('server', 'src', file)).mtimeMs < built)) return;
  console.error('  dist/server.js is older than server/src: building it (node scripts/build.mjs)');
  execFileSync(process.execPath, [repoPath('scripts', 'build.mjs')], { cwd: repoPath(), stdio: 'inherit' });
}

/** Our bundled server (dist/server.js, as the extension runs it), optionally with extra Node flags. */
export function ourClient(nodeFlags: string[] = []): LspClient {
  return new LspClient([...SERVER_EXEC_ARGV, ...nodeFlags, repoPath('dist', 'server.js'), '--stdio']);
}

export function peerClient(): LspClient {
  return new LspClient([repoPath('node_modules', 'yaml-language-server', 'bin', 'yaml-language-server'), '--stdio']);
}

/** Initializes the server on the folder with the settings the bench gives each side. */
export async function initialize(client: LspClient, kind: ServerKind, folder: string): Promise<void> {
  if (kind === 'ours') return client.initialize(folder, OUR_SETTINGS);
  const settings = peerSettings();
  client.configuration = settings;
  await client.initialize(folder, settings);
  await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { yaml: settings } });
}

/** Sends the edit as an incremental change, as an editor does on a keystroke. */
export function sendEdit(client: LspClient, uri: string, version: number, edit: PlannedEdit): Promise<void> {
  return client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ range: edit.range, text: edit.newText }] });
}

/** The process's peak resident memory (VmHWM), in MB; NaN once it has exited. */
export function peakMb(pid: number | undefined): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmHWM:\s+(\d+)/.exec(status)![1]) / 1024;
  } catch {
    return Number.NaN;
  }
}

/** The process's CPU time so far (user + system, every thread), in ms; clock ticks are 10 ms. */
export function cpuMs(pid: number | undefined): number {
  try {
    // Fields after the command name, which is in brackets and may hold spaces: utime and stime are the 12th and 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

/** A temporary folder holding one pack; `dispose` removes it. */
export function oneFileWorkspace(text: string): { folder: string; uri: string; dispose: () => void } {
  const folder = mkdtempSync(join(tmpdir(), 'roadmap-bench-'));
  const file = join(folder, 'bench.roadmap.yaml');
  writeFileSync(file, text);
  return { folder, uri: pathToFileURL(file).toString(), dispose: () => rmSync(folder, { recursive: true, force: true }) };
}
