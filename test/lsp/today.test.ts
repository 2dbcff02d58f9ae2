/**
 * The server checks and draws as of one date: `roadmapPacks.today` when set
 * (pinned to TEST_TODAY by LspClient), else the local date; a change of the
 * setting re-checks open packs, and an invalid value is said in the output
 * channel (window/logMessage) and ignored.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidChangeConfigurationNotification, PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import type { ViewsResult } from '../../protocol/requests';
import { TEST_TODAY } from '../helpers/today';
import { LspClient } from './lspClient';

const PACK = `pack: 1
title: Dated
horizon: 2026-Q3..2027-Q1
initiatives:
  - { id: early, title: Early, status: planned, when: 2026-Q3 }
  - { id: late, title: Late, status: in-progress, when: 2026-Q4-W1..W12 }
`;

const stale = (published: PublishDiagnosticsParams) => published.diagnostics.filter((d) => d.code === 'RP404').map((d) => d.message.split(' ')[0]).sort();

describe('language server: the date it checks as of', function () {
  this.timeout(30_000);
  let client: LspClient;
  const logs: string[] = [];
  const folder = mkdtempSync(join(tmpdir(), 'rp-today-'));
  const uri = pathToFileURL(join(folder, 'dated.roadmap.yaml')).toString();

  beforeEach(() => {
    client = new LspClient();
    logs.length = 0;
    client.connection.onNotification('window/logMessage', (message: { message: string }) => logs.push(message.message));
  });
  afterEach(() => client.stop());

  async function reconfigure(settings: Record<string, unknown>): Promise<void> {
    client.configuration = settings;
    client.forget(uri);
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { roadmapPacks: settings } });
  }

  it('passes the pinned date to the checks and the views, and re-checks the open pack when it changes', async () => {
    await client.initialize(folder, { debounce: 0 });
    await client.open(uri, PACK);
    assert.deepEqual(stale(await client.diagnostics(uri)), ['early'], `as of ${TEST_TODAY} (2026-Q4-W9)`);
    const views = await client.connection.sendRequest<ViewsResult>('roadmapPacks/views', { uri, views: ['gantt'] });
    assert.ok(views.views[0].text.includes(`Today :vert, v1, ${TEST_TODAY}, 0d`), views.views[0].text);
    await reconfigure({ debounce: 0, today: '2027-01-04' });
    assert.deepEqual(stale(await client.diagnostics(uri, (p) => stale(p).length === 2)), ['early', 'late']);
    await reconfigure({ debounce: 0, today: '2026-08-03' });
    assert.deepEqual(stale(await client.diagnostics(uri, (p) => stale(p).length === 0)), []);
  });

  it('uses the local date when the setting is empty, and says so in the output when it is not a date', async () => {
    await client.initialize(folder, { debounce: 0, today: '2026-13-01' });
    await client.open(uri, PACK);
    const published = await client.diagnostics(uri);
    // Whatever the real date, it is past 2026-Q3: `early` is out of date as of it.
    assert.ok(stale(published).includes('early'), JSON.stringify(published.diagnostics));
    assert.ok(logs.some((line) => /roadmapPacks\.today: "2026-13-01" is not a date written YYYY-MM-DD/.test(line)), logs.join('\n'));
    const views = await client.connection.sendRequest<ViewsResult>('roadmapPacks/views', { uri, views: ['gantt'] });
    assert.doesNotMatch(views.views[0].text, new RegExp(`Today :vert, v1, 2026-13-01`));
  });
});
