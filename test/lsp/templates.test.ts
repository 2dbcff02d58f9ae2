/**
 * The pack snippets through the language server (issue 12): the server reads
 * snippets/roadmap-yaml.json beside its bundle and offers a body as a
 * Snippet-format item of kind Struct (packs hide Snippet-kind items, see
 * package.json `editor.snippetSuggestions`) only where it fits.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CompletionItemKind, CompletionList, CompletionRequest, InsertTextFormat, TextEdit } from 'vscode-languageserver-protocol/node';
import { repoPath } from '../helpers/repoRoot';
import { LspClient } from './lspClient';

const SNIPPETS = JSON.parse(readFileSync(repoPath('snippets', 'roadmap-yaml.json'), 'utf8')) as Record<string, { prefix: string; body: string[] }>;

function snippetBody(prefix: string): string {
  return Object.values(SNIPPETS).find((snippet) => snippet.prefix === prefix)!.body.join('\n');
}

const PACK = 'pack: 1\ntitle: T\nteams:\n  - id: infra\n    engineers: 2\ninitiatives:\n  - id: a\n    title: A\n    owner: \n  - \n';

describe('language server: snippet templates where they fit', function () {
  this.timeout(30000);
  let client: LspClient;
  let folder: string;
  let version = 1;

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'roadmap-templates-'));
    client = new LspClient();
    await client.initialize(folder);
  });

  after(async () => client.stop());

  async function completeAt(text: string, line: number, character: number): Promise<CompletionList> {
    const uri = pathToFileURL(join(folder, `t${version++}.roadmap.yaml`)).toString();
    await client.open(uri, text);
    return (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line, character } })) as CompletionList;
  }

  const templates = (list: CompletionList) => list.items.filter((item) => item.insertTextFormat === InsertTextFormat.Snippet);

  it('offers no template in an `owner:` value, only the teams', async () => {
    const list = await completeAt(PACK, 8, 11);
    assert.deepEqual(list.items.map((item) => item.label), ['infra']);
    assert.deepEqual(templates(list), []);
  });

  it('offers the initiative template at `initiatives:\\n  - |`, as a Struct snippet without its own dash', async () => {
    const list = await completeAt(PACK, 9, 4);
    const [item] = templates(list);
    assert.equal(item?.label, 'rp-initiative');
    assert.equal(item.kind, CompletionItemKind.Struct, 'not Snippet: editor.snippetSuggestions none would hide it');
    assert.equal((item.textEdit as TextEdit).newText, snippetBody('rp-initiative').replace(/^- /, ''));
    assert.deepEqual((item.textEdit as TextEdit).range, { start: { line: 9, character: 4 }, end: { line: 9, character: 4 } });
  });

  it('offers the whole-pack template first in an empty file', async () => {
    const list = await completeAt('', 0, 0);
    const [first] = list.items;
    assert.equal(first.label, 'rp-pack');
    assert.equal(first.insertTextFormat, InsertTextFormat.Snippet);
    assert.equal((first.textEdit as TextEdit).newText, snippetBody('rp-pack'));
    assert.deepEqual(templates(list).map((item) => item.label), ['rp-pack']);
  });
});
