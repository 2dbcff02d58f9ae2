import { strict as assert } from 'node:assert';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CompletionRequest, DefinitionRequest, DocumentSymbolRequest, HoverRequest, RenameRequest } from 'vscode-languageserver-protocol/node';
import { LspClient } from './lspClient';

describe('language server robustness', function () {
  this.timeout(30000);
  let client: LspClient;
  let uri: string;

  before(async () => {
    const folder = mkdtempSync(join(tmpdir(), 'roadmap-lsp-bad-'));
    uri = pathToFileURL(join(folder, 'bad.roadmap.yaml')).toString();
    client = new LspClient();
    await client.initialize(folder);
  });

  after(async () => client.stop());

  it('answers an unknown method with an error and keeps serving', async () => {
    await assert.rejects(client.connection.sendRequest('roadmapPacks/noSuchThing', { x: 1 }), /Unhandled method|not found/i);
    assert.ok(client.alive);
  });

  it('answers requests about unknown documents with empty results', async () => {
    const unknown = { uri: 'file:///nowhere/missing.roadmap.yaml' };
    assert.equal(await client.connection.sendRequest(HoverRequest.type, { textDocument: unknown, position: { line: 0, character: 0 } }), null);
    assert.deepEqual(await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: unknown }), []);
  });

  it('survives out-of-range positions and malformed parameters', async () => {
    await client.open(uri, 'pack: 1\ntitle: x\n');
    await client.diagnostics(uri);
    const far = { line: 10_000, character: 99_999 };
    assert.equal(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: far }), null);
    await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: -5, character: -1 } });
    await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: 'nonsense' as never }).catch(() => undefined);
    await client.connection.sendRequest(HoverRequest.type, {} as never).catch(() => undefined);
    await assert.rejects(client.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position: { line: 0, character: 0 }, newName: 'x' }), /no id here/);
    assert.ok(client.alive, client.stderr);
  });

  it('checks garbage text without crashing and still answers afterwards', async () => {
    const garbage = ['\u0000\u0001{{[[', 'initiatives:\n  - id: [\n\t- x', '- - - -\n: : :', '%YAML 9\n---\n---\n', 'a: &x [*x]\n', '\uFEFF' + 'pack: 1\r\ntitle: "unterminated\r\n'];
    for (const [index, text] of garbage.entries()) {
      client.forget(uri);
      await client.change(uri, index + 2, text);
      const published = await client.diagnostics(uri);
      assert.ok(Array.isArray(published.diagnostics));
    }
    assert.ok(await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }));
    assert.ok(client.alive, client.stderr);
  });
});
