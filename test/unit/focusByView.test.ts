import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ViewsResult } from '../../protocol/requests';
import { repoPath } from '../helpers/repoRoot';
import { LspClient } from '../lsp/lspClient';
import { SEED } from '../views/packs';

/**
 * Through the bundled language server: a drill-down narrows the view it was
 * chosen in (`focusView`) and no other. A quarter drilled into in the Gantt
 * (initiatives that start in it) is not the gates' quarter (gates decided in
 * it): carried over, Gates would show a subset the reader never asked for.
 */
describe('lsp: a drill-down belongs to its view', function () {
  this.timeout(30_000);
  const folder = mkdtempSync(join(tmpdir(), 'rp-focus-lsp-'));
  const uri = pathToFileURL(join(folder, 'seed.roadmap.yaml')).toString();
  let client: LspClient;

  before(async () => {
    client = new LspClient();
    await client.initialize(folder);
    await client.open(uri, readFileSync(repoPath(SEED), 'utf8'));
    await client.diagnostics(uri);
  });

  after(async () => client?.stop());

  const narrowed = (answer: ViewsResult, view: string) => answer.views.find((drawn) => drawn.view === view)!.warnings.filter((warning) => warning.startsWith('Showing only'));

  it('a quarter focused in the Gantt narrows the Gantt only', async () => {
    const answer = await client.connection.sendRequest<ViewsResult>('roadmapPacks/views', { uri, views: ['gantt', 'gates', 'deps'], groupBy: 'quarter', focus: '2026-Q3', focusView: 'gantt' });
    assert.deepEqual(narrowed(answer, 'gantt'), ['Showing only 2026-Q3: 5 initiatives of 11.']);
    assert.deepEqual(narrowed(answer, 'gates'), []);
    assert.deepEqual(narrowed(answer, 'deps'), []);
  });

  it('a quarter focused in Gates narrows Gates only', async () => {
    const answer = await client.connection.sendRequest<ViewsResult>('roadmapPacks/views', { uri, views: ['gantt', 'gates'], groupBy: 'quarter', focus: '2026-Q3', focusView: 'gates' });
    assert.deepEqual(narrowed(answer, 'gantt'), []);
    assert.equal(narrowed(answer, 'gates').length, 1);
  });
});
