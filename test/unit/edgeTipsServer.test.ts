import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ViewsResult } from '../../protocol/requests';
import { repoPath } from '../helpers/repoRoot';
import { LspClient } from '../lsp/lspClient';
import { SEED } from '../views/packs';

/** Through the bundled language server: the dependency view's RP401 hover texts reach the preview, keyed by the edge ids its diagram writes. */
describe('lsp: the dependency view sends its edge tooltips', function () {
  this.timeout(30_000);
  const folder = mkdtempSync(join(tmpdir(), 'rp-edgetips-lsp-'));
  const uri = pathToFileURL(join(folder, 'seed.roadmap.yaml')).toString();
  let client: LspClient;

  before(async () => {
    client = new LspClient();
    await client.initialize(folder);
    await client.open(uri, readFileSync(repoPath(SEED), 'utf8'));
    await client.diagnostics(uri);
  });

  after(async () => client?.stop());

  it('forwards edgeTips with the deps view, each id written on an edge of its diagram', async () => {
    const answer = await client.connection.sendRequest<ViewsResult>('roadmapPacks/views', { uri, views: ['deps'] });
    const [drawn] = answer.views;
    const tips = drawn.edgeTips ?? {};
    assert.deepEqual(Object.values(tips), ['cost-optimization starts 2026-Q4-W8, before autoscaling ends 2026-Q4-W10 (RP401)', 'load-test-3x starts 2026-Q4-W10, before autoscaling ends 2026-Q4-W10 (RP401)']);
    for (const id of Object.keys(tips)) assert.match(drawn.diagrams[0], new RegExp(` ${id}@--> `), id);
  });
});
