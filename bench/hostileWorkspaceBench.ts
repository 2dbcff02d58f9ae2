/**
 * A workspace nobody would keep but many repositories have: test corpora of
 * large and hostile packs, not excluded (issue 10: such a folder took the
 * server past a 4 GB heap within 90 s). Forty 4.9 MB packs, two hundred
 * 3,000-initiative cycles, fifty 50,000-entry lists, packs nested to the limit
 * and alias bombs; a brief scanned after every pack marks the end of the packs'
 * part of the scan. Measured: the time to that point, how many files were
 * published, a workspace symbol search over everything, and the server's
 * peak memory, beside the bound (768 MB).
 *
 *   node out/bench/hostileWorkspaceBench.js
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { PublishDiagnosticsNotification, WorkspaceSymbolRequest } from 'vscode-languageserver-protocol/node';
import { generateWorkedShape } from './generateWorkedShape';
import { initialize, ourClient, peakMb } from './serverSession';
import { formatNumber, markdownTable } from './table';

export const HOSTILE_BOUND_MB = 768;

export interface HostileFigures {
  files: number;
  bytes: number;
  /** Spawn → the brief scanned after every pack is published. */
  scanMs: number;
  published: number;
  symbolMs: number;
  symbols: number;
  peakMb: number;
}

const HEAD = 'pack: 1\ntitle: Corpus\nhorizon: 2026-Q3..2026-Q4\nteams:\n  - { id: infra, name: Infra Squad, engineers: 4 }\ninitiatives:\n';

function ring(n: number, seed: number): string {
  const items = Array.from({ length: n }, (_, i) => `  - { id: c${seed}-${i}, title: Item ${i}, owner: infra, when: 2026-Q3, effort: 1, depends_on: [c${seed}-${(i + 1) % n}] }`);
  return `${HEAD}${items.join('\n')}\n`;
}

function longList(n: number): string {
  return `${HEAD}  - id: a\n    title: A\n    owner: infra\n    effort: 1\n    depends_on:\n${Array.from({ length: n }, (_, i) => `      - missing-${i}`).join('\n')}\n`;
}

function deeplyNested(depth: number): string {
  return `${HEAD}  - id: deep\n    title: ${'['.repeat(depth)}${']'.repeat(depth)}\n`;
}

function aliasBomb(): string {
  const levels = Array.from({ length: 9 }, (_, i) => `l${i + 1}: &l${i + 1} [${Array(9).fill(`*l${i}`).join(', ')}]`);
  return `pack: 1\ntitle: Bomb\nl0: &l0 [x]\n${levels.join('\n')}\ninitiatives: []\n`;
}

function corpus(): Record<string, string> {
  const files: Record<string, string> = {};
  const big = [1, 2, 3, 4].map((seed) => generateWorkedShape(10_000, seed));
  for (let n = 0; n < 40; n++) files[`corpora/big/${n}.roadmap.yaml`] = big[n % big.length].replace('title:', `# copy ${n}\ntitle:`);
  for (let n = 0; n < 200; n++) files[`corpora/cycles/${n}.roadmap.yaml`] = ring(3000, n);
  const list = longList(50_000);
  for (let n = 0; n < 50; n++) files[`corpora/lists/${n}.roadmap.yaml`] = list;
  for (let n = 0; n < 20; n++) files[`corpora/hostile/nested-${n}.roadmap.yaml`] = deeplyNested(2000 + n);
  for (let n = 0; n < 20; n++) files[`corpora/hostile/bomb-${n}.roadmap.yaml`] = aliasBomb();
  files['plan.roadmap.yaml'] = `${HEAD}  - { id: a, title: A, owner: infra, when: 2026-Q3, effort: 1 }\n`;
  files['zz-last/brief.md'] = '---\ninitiative: a\n---\n# Initiative Brief: A\n';
  return files;
}

export async function hostileWorkspaceBench(): Promise<HostileFigures> {
  const folder = mkdtempSync(join(tmpdir(), 'roadmap-hostile-'));
  const files = corpus();
  let bytes = 0;
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, name)), { recursive: true });
    writeFileSync(join(folder, name), text);
    bytes += Buffer.byteLength(text);
  }
  const spawned = performance.now();
  const client = ourClient();
  try {
    const published = new Set<string>();
    const last = pathToFileURL(join(folder, 'zz-last/brief.md')).toString();
    const scanned = new Promise<number>((resolve) => {
      client.connection.onNotification(PublishDiagnosticsNotification.type, ({ uri }) => {
        published.add(uri);
        if (uri === last) resolve(performance.now());
      });
    });
    await initialize(client, 'ours', folder);
    const scanAt = await scanned;
    const asked = performance.now();
    const symbols = (await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: '' })) ?? [];
    const symbolMs = performance.now() - asked;
    return { files: Object.keys(files).length, bytes, scanMs: scanAt - spawned, published: published.size, symbolMs, symbols: symbols.length, peakMb: peakMb(client.pid) };
  } finally {
    await client.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The figures beside the bound, for the bench's report. */
export function hostileTable(figures: HostileFigures): string {
  const scanned = `${figures.files} files, ${formatNumber(figures.bytes / 1024 / 1024)} MiB`;
  return markdownTable(
    ['workspace', 'scan of the packs', 'published', 'workspace symbols', 'server peak (< 768 MB)', 'within bounds?'],
    [[scanned, `${formatNumber(figures.scanMs)} ms`, String(figures.published), `${figures.symbols} in ${formatNumber(figures.symbolMs)} ms`, `${formatNumber(figures.peakMb)} MB`, figures.peakMb < HOSTILE_BOUND_MB ? '✓' : '✗']],
  );
}

if (require.main === module) void hostileWorkspaceBench().then((figures) => console.log(hostileTable(figures)));
