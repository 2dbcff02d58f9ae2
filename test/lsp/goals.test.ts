/**
 * Goal and trade-off ids through the language server (issue 13): completion
 * in `serves`, hover cards, definition, references and rename across `serves`
 * and `affects` (refusing a taken id), the outline and the goal code lens.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeLensRequest,
  CompletionList,
  CompletionRequest,
  DefinitionRequest,
  DocumentSymbol,
  DocumentSymbolRequest,
  HoverRequest,
  Location,
  MarkupContent,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  TextEdit,
} from 'vscode-languageserver-protocol/node';
import { repoPath } from '../helpers/repoRoot';
import { LspClient } from './lspClient';

const PACK = readFileSync(repoPath('test/fixtures/visual/goals.roadmap.yaml'), 'utf8');

function positionOf(text: string, needle: string, occurrence = 1, into = 0) {
  let index = -1;
  for (let i = 0; i < occurrence; i++) index = text.indexOf(needle, index + 1);
  assert.ok(index >= 0, `${needle} not found`);
  const before = text.slice(0, index + into);
  return { line: before.split('\n').length - 1, character: before.length - before.lastIndexOf('\n') - 1 };
}

function applyEdits(text: string, edits: TextEdit[]): string {
  const offset = (p: { line: number; character: number }) => text.split('\n').slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start)).reduce((acc, edit) => acc.slice(0, offset(edit.range.start)) + edit.newText + acc.slice(offset(edit.range.end)), text);
}

describe('language server: goal and trade-off ids', function () {
  this.timeout(30000);
  let client: LspClient;
  let uri: string;

  before(async () => {
    const folder = mkdtempSync(join(tmpdir(), 'roadmap-goals-'));
    const file = join(folder, 'goals.roadmap.yaml');
    writeFileSync(file, PACK);
    uri = pathToFileURL(file).toString();
    client = new LspClient();
    await client.initialize(folder);
    await client.open(uri, PACK);
  });

  after(async () => client.stop());

  it('completes goal ids in serves, with their titles, leaving out those listed', async () => {
    const text = PACK.replace('serves: [G2, G1]', 'serves: [G2, ]');
    await client.change(uri, 2, text);
    const list = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: positionOf(text, 'serves: [G2, ]', 1, 13) })) as CompletionList;
    assert.deepEqual(list.items.map((item) => [item.label, item.labelDetails?.description]), [
      ['G1', 'Survive 20x peak traffic during the sale'],
      ['G3', 'On-call load under two pages a week'],
      ['G4', 'One deploy pipeline for every service'],
    ]);
    await client.change(uri, 3, PACK);
  });

  it("shows a goal's verdict and a trade-off's decision on hover", async () => {
    const goal = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(PACK, 'serves: [G2', 1, 9) });
    assert.match((goal!.contents as MarkupContent).value, /late by 2 weeks: the last of the work, reserve ends 2026\\-Q4\\-W2|late by 2 weeks: the last of the work, reserve ends 2026-Q4-W2/);
    const tradeoff = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(PACK, 'id: T1', 1, 4) });
    assert.match((tradeoff!.contents as MarkupContent).value, /\*Affects:\* occ \(Optimistic locking on stock\), reserve \(Stock reservation service\)/);
  });

  it('goes from serves to the goal, and finds every initiative serving it', async () => {
    const definition = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: positionOf(PACK, 'serves: [G2, G1]', 1, 13) })) as Location;
    assert.deepEqual(definition.range.start, positionOf(PACK, 'id: G1', 1, 4));
    const refs = (await client.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position: positionOf(PACK, 'id: G1', 1, 4), context: { includeDeclaration: false } }))!;
    assert.deepEqual(refs.map((r) => r.range.start.line).sort((a, b) => a - b), [positionOf(PACK, 'id: reserve').line, positionOf(PACK, 'id: queue').line, positionOf(PACK, 'id: cache').line]);
  });

  it('renames a goal in every serves, and refuses an id already taken', async () => {
    const position = positionOf(PACK, 'id: G2', 1, 4);
    const prepared = await client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri }, position });
    assert.equal(prepared && 'placeholder' in prepared ? prepared.placeholder : undefined, 'G2');
    const edit = await client.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position, newName: 'no-oversell' });
    const renamed = applyEdits(PACK, edit!.changes![uri]);
    assert.equal(renamed, PACK.replace('id: G2', 'id: no-oversell').replace('serves: [G2]', 'serves: [no-oversell]').replace('serves: [G2, G1]', 'serves: [no-oversell, G1]'));
    await assert.rejects(client.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position, newName: 'occ' }), /already used/);
    await assert.rejects(client.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position, newName: 'T1' }), /already used/);
  });

  it("renames an initiative in a trade-off's affects too", async () => {
    const edit = await client.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position: positionOf(PACK, 'id: occ', 1, 4), newName: 'locking' });
    assert.equal(applyEdits(PACK, edit!.changes![uri]), PACK.replace('id: occ', 'id: locking').replace('affects: [occ, reserve]', 'affects: [locking, reserve]'));
  });

  it('outlines goals and trade-offs', async () => {
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    assert.deepEqual(symbols.map((s) => s.name), ['teams', 'goals', 'initiatives', 'tradeoffs']);
    assert.deepEqual(symbols[1].children!.map((s) => s.name), ['G1', 'G2', 'G3', 'G4']);
  });

  it('puts a lens on each goal: served by, when the work ends, the verdict', async () => {
    const lenses = (await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } }))!;
    const onLine = (needle: string) => lenses.find((lens) => lens.range.start.line === positionOf(PACK, needle).line)!.command!;
    assert.equal(onLine('id: G1').title, 'served by 3 · ends 2026-Q4-W6 · met');
    assert.equal(onLine('id: G2').title, '⚠ served by 2 · ends 2026-Q4-W2 · late by 2 weeks');
    assert.equal(onLine('id: G3').title, '⚠ served by 0 · not served');
    assert.equal(onLine('id: G4').title, 'served by 1 · ends 2026-Q4-W10');
    const [, , locations] = onLine('id: G2').arguments as [string, unknown, Location[]];
    assert.deepEqual(locations.map((l) => l.range.start.line).sort((a, b) => a - b), [positionOf(PACK, 'id: occ').line, positionOf(PACK, 'id: reserve').line]);
  });
});
