import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LocateResult, ViewsResult } from '../../protocol/requests';
import { repoPath } from '../helpers/repoRoot';
import { LspClient } from '../lsp/lspClient';
import { SEED } from '../views/packs';

/** Through the bundled language server, as the preview panel asks: the dashboard, then click-to-source on it. */
describe('lsp: the metrics view and locating a metric', function () {
  this.timeout(30_000);
  const text = readFileSync(repoPath(SEED), 'utf8');
  const folder = mkdtempSync(join(tmpdir(), 'rp-metrics-lsp-'));
  const uri = pathToFileURL(join(folder, 'seed.roadmap.yaml')).toString();
  let client: LspClient;

  before(async () => {
    client = new LspClient();
    await client.initialize(folder);
    await client.open(uri, text);
    await client.diagnostics(uri);
  });

  after(async () => client?.stop());

  const lines = text.split('\n');
  const textAt = (result: LocateResult) => {
    assert.equal(result.range.start.line, result.range.end.line);
    return lines[result.range.start.line].slice(result.range.start.character, result.range.end.character);
  };
  const locate = (id: string) => client.connection.sendRequest<LocateResult | null>('roadmapPacks/locate', { uri, id });

  it('answers the metrics view with its table and its Markdown', async () => {
    const answer = await client.connection.sendRequest<ViewsResult>('roadmapPacks/views', { uri, views: ['metrics'] });
    const [drawn] = answer.views;
    assert.equal(drawn.view, 'metrics');
    assert.deepEqual(drawn.diagrams, []);
    assert.match(drawn.text, /^# Metrics: /);
    assert.equal(drawn.dashboard?.groups.flatMap((group) => group.rows).length, 27);
  });

  it('locates every metric of the dashboard at its name, and its initiatives at their ids', async () => {
    const answer = await client.connection.sendRequest<ViewsResult>('roadmapPacks/views', { uri, views: ['metrics'] });
    const dashboard = answer.views[0].dashboard!;
    for (const row of dashboard.groups.flatMap((group) => group.rows)) {
      const found = await locate(row.source);
      assert.ok(found, row.source);
      assert.equal(found.uri, uri);
      assert.equal(textAt(found).replace(/^"|"$/g, ''), row.name);
    }
    const tracing = await locate(dashboard.groups[1].initiative!.id);
    assert.equal(textAt(tracing!), 'tracing');
  });

  it('answers null for a metric key the pack does not have', async () => {
    for (const junk of ['metric:metrics/99', 'metric:initiatives/0/metrics/7', 'metric:teams/0', 'metric:']) assert.equal(await locate(junk), null, junk);
  });
});
