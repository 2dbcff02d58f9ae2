import { strict as assert } from 'node:assert';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PublishDiagnosticsNotification, PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { checkDiagnosticsWithForecast, checkPack } from '../../server/src/pack';
import { toLspDiagnostic } from '../../server/src/lsp/convert';
import { readSettings, toCheckOptions } from '../../server/src/lsp/settings';
import { GENERATORS } from '../../bench/generators';
import { checklistRequest } from '../../protocol/requests';
import { repoPath } from '../helpers/repoRoot';
import { LspClient } from './lspClient';
import { TEST_TODAY } from '../helpers/today';

/** Unlike the defaults in every field a check reads, so that a worker ignoring one of them differs. */
const SETTINGS = { severity: { RP604: 'error', 'initiative-incomplete': 'off' }, capacity: { warnAt: 40 }, maxFileSize: 60_000, debounce: 0, today: TEST_TODAY };

/** What a check on this thread gives, converted as the server converts it. */
function inProcess(uri: string, text: string) {
  const file = fileURLToPath(uri);
  const options = toCheckOptions(readSettings(SETTINGS), (relative) => existsSync(resolve(dirname(file), relative)));
  // As `roadmap-pack check` gives it: a closed pack is published with its forecast's findings (RP405).
  return checkDiagnosticsWithForecast(checkPack(text, options), options).map((diagnostic) => toLspDiagnostic(uri, diagnostic));
}

/** A folder of packs: the worked example (one of its briefs deleted), the other examples and generated ones, the first five times larger. */
function workspaceOf(generated: number, initiatives: number): { folder: string; packs: string[] } {
  const folder = mkdtempSync(join(tmpdir(), 'rp-start-'));
  cpSync(repoPath('examples', 'platform-reliability'), folder, { recursive: true });
  unlinkSync(join(folder, 'briefs', 'autoscaling.md'));
  for (const name of ['platform-inventory.roadmap.yaml', 'platform-2025.roadmap.yaml']) cpSync(repoPath('examples', name), join(folder, name));
  for (let n = 0; n < generated; n++) writeFileSync(join(folder, `team-${String(n).padStart(2, '0')}.roadmap.yaml`), GENERATORS[n % GENERATORS.length].generate(n === 0 ? 5 * initiatives : initiatives, n + 1));
  const packs = ['platform-reliability.roadmap.yaml', 'platform-inventory.roadmap.yaml', 'platform-2025.roadmap.yaml', ...Array.from({ length: generated }, (_, n) => `team-${String(n).padStart(2, '0')}.roadmap.yaml`)];
  return { folder, packs: packs.map((name) => pathToFileURL(join(folder, name)).toString()) };
}

/** A server started on the folder, with every publish recorded in order (replacing the client's own handler). */
function startOn(workers: string | undefined) {
  const previous = process.env.ROADMAP_PACKS_CHECK_WORKERS;
  if (workers === undefined) delete process.env.ROADMAP_PACKS_CHECK_WORKERS;
  else process.env.ROADMAP_PACKS_CHECK_WORKERS = workers;
  const client = new LspClient();
  if (previous === undefined) delete process.env.ROADMAP_PACKS_CHECK_WORKERS;
  else process.env.ROADMAP_PACKS_CHECK_WORKERS = previous;
  const published: PublishDiagnosticsParams[] = [];
  const logs: string[] = [];
  let notify = () => undefined as void;
  client.connection.onNotification(PublishDiagnosticsNotification.type, (params) => (published.push(params), notify()));
  client.connection.onNotification('window/logMessage', ({ message }: { message: string }) => logs.push(message));
  const until = (test: () => boolean, what: string) =>
    new Promise<void>((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`timed out waiting for ${what}`)), 60000);
      notify = () => void (test() && (clearTimeout(timer), done()));
      notify();
    });
  const firsts = () => new Set(published.map((p) => p.uri));
  const latest = (uri: string) => published.filter((p) => p.uri === uri).at(-1)!;
  return { client, published, logs, until, firsts, latest };
}

// Run with the default pool and with none (ROADMAP_PACKS_CHECK_WORKERS=0: the main thread checks every pack).
for (const workers of [undefined, '0']) {
  const label = workers === undefined ? 'worker threads' : 'no worker threads';
  describe(`language server: workspace start, ${label}`, function () {
    this.timeout(120000);

    it('publishes the open pack first, then each closed pack within the size limit as the core gives it in-process, forecast findings included', async () => {
      const { folder, packs } = workspaceOf(12, 40);
      const server = startOn(workers);
      try {
        const open = packs[8];
        // Over the limit, a closed pack is not even read: it is checked (RP002) when opened.
        const [small, large] = [packs.filter((uri) => statSync(fileURLToPath(uri)).size <= SETTINGS.maxFileSize), packs.filter((uri) => statSync(fileURLToPath(uri)).size > SETTINGS.maxFileSize)];
        assert.ok(large.length > 0 && !large.includes(open), 'a closed pack is over the limit');
        await server.client.initialize(folder, SETTINGS);
        await server.client.open(open, readFileSync(fileURLToPath(open), 'utf8'));
        await server.until(() => small.every((uri) => server.firsts().has(uri)), 'every pack');
        assert.equal(server.published[0].uri, open, 'the open pack comes first');
        for (const uri of small.filter((known) => known !== open)) {
          assert.deepEqual(server.latest(uri).diagnostics, inProcess(uri, readFileSync(fileURLToPath(uri), 'utf8')), uri);
        }
        assert.deepEqual(large.filter((uri) => server.firsts().has(uri)), [], 'packs over the size limit are left alone');
        const codes = new Set(small.flatMap((uri) => server.latest(uri).diagnostics.map((d) => d.code)));
        for (const code of ['RP204', 'RP502']) assert.ok(codes.has(code), `the settings and brief paths matter here: ${code}`);
        assert.deepEqual(server.logs.filter((line) => /worker/.test(line)), [], 'no worker failed');
        // A feature on a closed pack loads its full result on this side.
        const checklist = (await server.client.connection.sendRequest(checklistRequest, { uri: packs[0] }))!;
        assert.equal(checklist.checks.errors, server.latest(packs[0]).diagnostics.filter((d) => d.severity === 1).length);
      } finally {
        await server.client.stop();
        rmSync(folder, { recursive: true, force: true });
      }
    });

    it('serves an edit of the open pack while the scan is still going', async () => {
      const { folder, packs } = workspaceOf(60, 100);
      const server = startOn(workers);
      try {
        const open = packs[30];
        const text = readFileSync(fileURLToPath(open), 'utf8');
        await server.client.initialize(folder, { debounce: 0 });
        await server.client.open(open, text);
        await server.until(() => server.published.some((p) => p.uri !== open), 'the first closed pack');
        await server.client.change(open, 2, `${text}\n# edited\n`);
        await server.until(() => server.published.some((p) => p.uri === open && p.version === 2), 'the edit');
        const before = packs.filter((uri) => server.firsts().has(uri)).length;
        assert.ok(before < packs.length, `the edit is answered while the scan goes on (${before} of ${packs.length} packs published by then)`);
        await server.until(() => packs.every((uri) => server.firsts().has(uri)), 'every pack');
      } finally {
        await server.client.stop();
        rmSync(folder, { recursive: true, force: true });
      }
    });
  });
}
