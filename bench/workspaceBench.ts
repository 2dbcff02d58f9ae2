/**
 * A workspace of many packs (500 × 100 initiatives by default, the generators
 * taking turns) in a temporary folder: our server starts with it as the
 * workspace folder and one pack open (didOpen right after `initialized`, as
 * an editor restoring its tabs does). Measured from spawning the process and
 * from sending `initialized`: the open pack's first diagnostics, and the
 * moment every pack has had its first.
 *
 * `node out/bench/workspaceBench.js [packs] [initiatives]` runs it alone.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { PublishDiagnosticsNotification } from 'vscode-languageserver-protocol/node';
import { GENERATORS } from './generators';
import type { LspClient } from '../test/lsp/lspClient';
import { initialize, ourClient, peakMb } from './serverSession';

export interface WorkspaceFigures {
  packs: number;
  initiatives: number;
  bytes: number;
  /** Spawn → the open pack's first diagnostics, and → every pack's first. */
  openFromSpawnMs: number;
  allFromSpawnMs: number;
  /** The same from sending `initialized`. */
  openFromInitializedMs: number;
  allFromInitializedMs: number;
  /** Packs whose first diagnostics came before the open pack's. */
  publishedBeforeOpen: number;
  peakMb: number;
}

const TIMEOUT = 120_000;

/** How to start and stop the server (the profiler starts it under --cpu-prof). */
export interface ServerHooks {
  client: () => LspClient;
  stop: (client: LspClient) => Promise<void>;
}

const PLAIN: ServerHooks = { client: () => ourClient(), stop: (client) => client.stop() };

export async function workspaceBench(packs = 500, initiatives = 100, hooks: ServerHooks = PLAIN): Promise<WorkspaceFigures> {
  const folder = mkdtempSync(join(tmpdir(), 'roadmap-workspace-'));
  try {
    const uris: string[] = [];
    let bytes = 0;
    for (let p = 0; p < packs; p++) {
      const text = GENERATORS[p % GENERATORS.length].generate(initiatives, p + 1);
      const file = join(folder, `team-${String(p).padStart(3, '0')}.roadmap.yaml`);
      writeFileSync(file, text);
      uris.push(pathToFileURL(file).toString());
      bytes += Buffer.byteLength(text);
    }
    // The open pack sits in the middle of the scan order, so "first" is not an accident of order.
    const openIndex = Math.floor(packs / 2);
    return { packs, initiatives, bytes, ...(await measureStart(folder, uris, openIndex, hooks)) };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

async function measureStart(folder: string, uris: string[], openIndex: number, hooks: ServerHooks): Promise<Omit<WorkspaceFigures, 'packs' | 'initiatives' | 'bytes'>> {
  const spawned = performance.now();
  const client = hooks.client();
  const firstAt = new Map<string, number>();
  let allPublished: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (allPublished = resolve));
  // Replaces the client's own handler (one per method): this bench only needs first arrivals.
  client.connection.onNotification(PublishDiagnosticsNotification.type, ({ uri }) => {
    if (!firstAt.has(uri)) firstAt.set(uri, performance.now());
    if (firstAt.size >= uris.length && uris.every((known) => firstAt.has(known))) allPublished();
  });
  try {
    await initialize(client, 'ours', folder);
    const initialized = performance.now();
    const openUri = uris[openIndex];
    await client.open(openUri, readFileSync(fileURLToPath(openUri), 'utf8'));
    await Promise.race([done, new Promise((_, reject) => setTimeout(() => reject(new Error(`only ${firstAt.size} of ${uris.length} packs published within ${TIMEOUT} ms`)), TIMEOUT))]);
    const openAt = firstAt.get(openUri)!;
    const allAt = Math.max(...uris.map((uri) => firstAt.get(uri)!));
    return {
      openFromSpawnMs: openAt - spawned,
      allFromSpawnMs: allAt - spawned,
      openFromInitializedMs: openAt - initialized,
      allFromInitializedMs: allAt - initialized,
      publishedBeforeOpen: uris.filter((uri) => firstAt.get(uri)! < openAt).length,
      peakMb: peakMb(client.pid),
    };
  } finally {
    await hooks.stop(client);
  }
}

if (require.main === module) {
  const [packs, initiatives] = process.argv.slice(2).map(Number);
  void workspaceBench(packs || undefined, initiatives || undefined).then((figures) => console.log(figures));
}
