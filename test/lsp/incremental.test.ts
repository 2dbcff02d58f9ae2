import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CheckCache, checkPack } from '../../server/src/pack';
import { toLspDiagnostic } from '../../server/src/lsp/convert';
import { readSettings, toCheckOptions } from '../../server/src/lsp/settings';
import { repoPath } from '../helpers/repoRoot';
import { applyChange, editsOf } from '../property/editArbitraries';
import { LspClient } from './lspClient';
import { TEST_TODAY } from '../helpers/today';

const SETTINGS = { debounce: 0, today: TEST_TODAY };
const EXAMPLES = ['examples/platform-reliability/platform-reliability.roadmap.yaml', 'examples/platform-inventory.roadmap.yaml'];

/** What a fresh check of the text says, converted as the server converts it. */
function freshDiagnostics(file: string, text: string) {
  const options = toCheckOptions(readSettings(SETTINGS), (relative) => existsSync(resolve(dirname(file), relative)));
  const uri = pathToFileURL(file).toString();
  return checkPack(text, options, new CheckCache()).diagnostics.map((diagnostic) => toLspDiagnostic(uri, diagnostic));
}

describe('language server: incremental checks of two packs edited in turn', function () {
  this.timeout(120000);
  let client: LspClient;
  const folder = mkdtempSync(join(tmpdir(), 'rp-incremental-'));
  const documents = EXAMPLES.map((example, n) => {
    const file = join(folder, `pack-${n}.roadmap.yaml`);
    return { file, uri: pathToFileURL(file).toString(), text: readFileSync(repoPath(example), 'utf8'), version: 1 };
  });

  before(async () => {
    for (const document of documents) writeFileSync(document.file, document.text);
    client = new LspClient();
    await client.initialize(folder, SETTINGS);
    for (const document of documents) await client.open(document.uri, document.text);
  });

  after(async () => client.stop());

  it('publishes, for every version of either pack, what a check with a fresh cache gives', async () => {
    const edits = documents.map((document, n) => editsOf(document.text, 40, 1000 * (n + 1)));
    for (let step = 0; step < 80; step++) {
      const document = documents[step % 2];
      document.text = applyChange(document.text, edits[step % 2][Math.floor(step / 2)]);
      document.version++;
      await client.change(document.uri, document.version, document.text);
      const published = await client.diagnostics(document.uri, (p) => p.version === document.version);
      assert.deepEqual(published.diagnostics, freshDiagnostics(document.file, document.text), `step ${step}, ${document.uri}`);
    }
    assert.ok(client.alive);
  });
});
