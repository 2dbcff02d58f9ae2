import { strict as assert } from 'node:assert';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CodeAction, CodeActionRequest, Diagnostic, TextDocumentEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol/node';
import { LspClient } from './lspClient';

const PACK = `pack: 1
title: Fixes
horizon: 2026-Q3..2026-Q4
initiatives:
  - id: alpha
    title: Alpha
  - id: beta
    title: Beta
    depends_on: [alpah]
`;

function offsetOf(text: string, position: { line: number; character: number }): number {
  return text.split('\n').slice(0, position.line).reduce((n, line) => n + line.length + 1, 0) + position.character;
}

function applyEdits(text: string, edits: TextEdit[]): string {
  return [...edits]
    .sort((a, b) => offsetOf(text, b.range.start) - offsetOf(text, a.range.start))
    .reduce((acc, edit) => acc.slice(0, offsetOf(text, edit.range.start)) + edit.newText + acc.slice(offsetOf(text, edit.range.end)), text);
}

/** The one versioned document edit of an action: the server must say which version its edits are for. */
function versionedEdit(action: CodeAction): TextDocumentEdit {
  const changes = (action.edit as WorkspaceEdit).documentChanges as TextDocumentEdit[] | undefined;
  assert.equal(changes?.length, 1, `${action.title} carries one versioned document edit`);
  return changes[0];
}

describe('language server quick fixes', function () {
  this.timeout(30000);
  let client: LspClient;
  let folder: string;
  let version = 1;

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'roadmap-lsp-fixes-'));
    client = new LspClient();
    await client.initialize(folder, { debounce: 0 }, { workspace: { workspaceEdit: { documentChanges: true } } });
  });

  after(async () => client.stop());

  const actionsFor = (uri: string, diagnostic: Diagnostic) =>
    client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } }) as Promise<CodeAction[]>;

  const publishedFor = async (uri: string, text: string) => {
    const sent = version++;
    if (sent === 1) await client.open(uri, text);
    else await client.change(uri, sent, text);
    return (await client.diagnostics(uri, (p) => p.version === sent)).diagnostics;
  };

  it('refuses a fix computed for an older text, and carries the version of the one it offers', async () => {
    const uri = pathToFileURL(join(folder, 'stale.roadmap.yaml')).toString();
    version = 1;
    const stale = (await publishedFor(uri, PACK)).find((d) => d.code === 'RP202')!;
    // The line changes before the client asks: the old diagnostic's fix would now cut into `beta, `.
    const newer = PACK.replace('[alpah]', '[beta, alpah]');
    const current = (await publishedFor(uri, newer)).find((d) => d.code === 'RP202')!;
    assert.deepEqual(await actionsFor(uri, stale), [], 'nothing is offered for a diagnostic the current text does not have');
    const change = (await actionsFor(uri, current)).find((action) => action.title === 'Change to `alpha`')!;
    const edit = versionedEdit(change);
    assert.equal(edit.textDocument.version, 2, 'the edit is for the version it was computed from');
    assert.equal(applyEdits(newer, edit.edits as TextEdit[]), newer.replace('alpah', 'alpha'));
  });

  it('builds edits only from its own findings, never from what the client sends in `data`', async () => {
    const uri = pathToFileURL(join(folder, 'forged.roadmap.yaml')).toString();
    version = 1;
    const diagnostic = (await publishedFor(uri, PACK)).find((d) => d.code === 'RP202')!;
    const forged = { ...diagnostic, data: { fixes: [{ title: 'Forged', edits: [{ span: { start: 0, end: PACK.length }, newText: 'pwned' }] }] } };
    const titles = (await actionsFor(uri, forged)).map((action) => action.title);
    assert.deepEqual(titles, ['Change to `alpha`', 'Suppress RP202 on this line']);
  });

  it('suppresses a finding about the whole file, reported at 1:1, with the comment it inserts', async () => {
    const uri = pathToFileURL(join(folder, 'untitled.roadmap.yaml')).toString();
    version = 1;
    const text = PACK.replace('title: Fixes\n', '');
    const missing = (await publishedFor(uri, text)).find((d) => d.message === '`title` is missing.')!;
    assert.deepEqual(missing.range.start, { line: 0, character: 0 });
    const suppress = (await actionsFor(uri, missing)).find((action) => action.title === 'Suppress RP101 on this line')!;
    const suppressed = applyEdits(text, versionedEdit(suppress).edits as TextEdit[]);
    assert.equal(suppressed, `# roadmap-disable-next-line RP101\n${text}`);
    const after = await publishedFor(uri, suppressed);
    assert.ok(!after.some((d) => d.code === 'RP101'), after.map((d) => d.message).join('\n'));
    assert.ok(after.some((d) => d.code === 'RP202'), 'the other findings stay');
  });

  it("offers a brief's did-you-mean as a quick fix, versioned, and the fixed brief is clean of it", async () => {
    const pack = pathToFileURL(join(folder, 'fixes.roadmap.yaml')).toString();
    await client.open(pack, PACK);
    await client.diagnostics(pack);
    const uri = pathToFileURL(join(folder, 'briefs', 'alpha.md')).toString();
    const text = '---\ninitiative: alpah\n---\n# Alpha\n';
    await client.open(uri, text, 'markdown');
    const unknown = (await client.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'RP702'))).diagnostics.find((d) => d.code === 'RP702')!;
    const actions = await actionsFor(uri, unknown);
    assert.deepEqual(actions.map((action) => action.title), ['Change to `alpha`']);
    const edit = versionedEdit(actions[0]);
    assert.equal(edit.textDocument.version, 1);
    const fixed = applyEdits(text, edit.edits as TextEdit[]);
    assert.equal(fixed, text.replace('alpah', 'alpha'));
    await client.change(uri, 2, fixed);
    const after = await client.diagnostics(uri, (p) => p.version === 2);
    assert.ok(!after.diagnostics.some((d) => d.code === 'RP702'), after.diagnostics.map((d) => d.message).join('\n'));
  });

  it('adds a missing brief section where it belongs and fills a short table row, through the server', async () => {
    const uri = pathToFileURL(join(folder, 'briefs', 'beta.md')).toString();
    const text = '---\ninitiative: beta\n---\n\n# Beta\n\n## Scope\n\nIn.\n\n| Dependency | Type | Status |\n|---|---|---|\n| alpha | Internal |\n';
    await client.open(uri, text, 'markdown');
    const published = (await client.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'RP705'))).diagnostics;
    const why = published.find((d) => d.code === 'RP703' && d.message.includes('"Why now"'))!;
    assert.deepEqual(why.range, { start: { line: 4, character: 0 }, end: { line: 4, character: 6 } }, 'on the title, the heading before where it goes');
    const [add] = await actionsFor(uri, why);
    assert.equal(add.title, 'Add a "Why now" section');
    assert.equal(applyEdits(text, versionedEdit(add).edits as TextEdit[]), text.replace('## Scope', '## Why now\n\n_Why this cannot wait a quarter._\n\n## Scope'));
    const short = published.find((d) => d.code === 'RP705')!;
    const [fill] = await actionsFor(uri, short);
    assert.equal(applyEdits(text, versionedEdit(fill).edits as TextEdit[]), text.replace('| alpha | Internal |', '| alpha | Internal |  |'));
  });
});
