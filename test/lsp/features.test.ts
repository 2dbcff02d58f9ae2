import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest,
  CodeLensRequest,
  CompletionItemTag,
  CompletionList,
  CompletionRequest,
  DefinitionRequest,
  DocumentSymbol,
  DocumentSymbolRequest,
  HoverRequest,
  InlayHintRequest,
  Location,
  MarkupContent,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  TextEdit,
  WorkspaceSymbolRequest,
} from 'vscode-languageserver-protocol/node';
import { checklistRequest } from '../../protocol/requests';
import { repoPath } from '../helpers/repoRoot';
import { LspClient } from './lspClient';

const PACK = `pack: 1
title: Test pack
horizon: 2026-Q3..2026-Q4
teams:
  - { id: infra, name: Infra Squad, engineers: 4 }
capacity: { bau: 40%, warn_at: 85% }
initiatives:
  - id: alpha
    title: Alpha work
    owner: infra
    when: 2026-Q3-W1..W4
    effort: 4-6
  - id: beta
    title: Beta work
    owner: infra
    when: 2026-Q3-W5..W8
    effort: 2
    depends_on: [alpha, gamma]
  - id: gamma
    title: Gamma work
    owner: Infra Squad
    when: 2026-Q3-W9..W10
    effort: 2
    depends_on:
      - beta
      - alpah
`;

/** Zero-based position of the n-th occurrence of `needle` (plus an offset into it). */
function positionOf(text: string, needle: string, occurrence = 1, into = 0) {
  let index = -1;
  for (let i = 0; i < occurrence; i++) index = text.indexOf(needle, index + 1);
  assert.ok(index >= 0, `${needle} not found`);
  const before = text.slice(0, index + into);
  const line = before.split('\n').length - 1;
  return { line, character: before.length - before.lastIndexOf('\n') - 1 };
}

function applyEdits(text: string, edits: TextEdit[]): string {
  const offset = (p: { line: number; character: number }) => text.split('\n').slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start)).reduce((acc, edit) => acc.slice(0, offset(edit.range.start)) + edit.newText + acc.slice(offset(edit.range.end)), text);
}

describe('language server', function () {
  this.timeout(30000);
  let client: LspClient;
  let uri: string;
  let folder: string;

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'roadmap-lsp-'));
    const file = join(folder, 'test.roadmap.yaml');
    writeFileSync(file, PACK);
    uri = pathToFileURL(file).toString();
    client = new LspClient();
    await client.initialize(folder);
    await client.open(uri, PACK);
  });

  after(async () => client.stop());

  it('publishes the cycle and the unresolved reference with exact ranges', async () => {
    const { diagnostics } = await client.diagnostics(uri, (p) => p.diagnostics.length > 0);
    const cycle = diagnostics.filter((d) => d.code === 'RP301');
    assert.deepEqual(cycle.map((d) => d.range.start).sort((a, b) => a.line - b.line), [positionOf(PACK, 'gamma]'), positionOf(PACK, '- beta', 1, 2)]);
    assert.match(cycle[0].message, /beta → gamma → beta|gamma → beta → gamma/);
    assert.equal(cycle[0].relatedInformation?.length, 2);
    assert.equal(cycle[0].codeDescription?.href.endsWith('/docs/rules/RP301.md'), true);
    const unresolved = diagnostics.find((d) => d.code === 'RP202')!;
    assert.deepEqual(unresolved.range, { start: positionOf(PACK, 'alpah'), end: { ...positionOf(PACK, 'alpah'), character: positionOf(PACK, 'alpah').character + 5 } });
    assert.match(unresolved.message, /Did you mean `alpha`\?/);
  });

  it('completes ids in depends_on, flagging the one that would close a cycle', async () => {
    const text = PACK.replace('depends_on: [alpha, gamma]', 'depends_on: [alpha, ]');
    await client.change(uri, 2, text);
    const position = positionOf(text, 'alpha, ]', 1, 7);
    const list = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position })) as CompletionList;
    const labels = list.items.map((item) => item.label);
    assert.deepEqual(labels, ['gamma'], 'itself and the ids already listed are left out');
    const gamma = list.items.find((item) => item.label === 'gamma')!;
    assert.deepEqual(gamma.tags, [CompletionItemTag.Deprecated]);
    assert.match(gamma.detail ?? '', /would create a dependency cycle/);
    // The title is matchable and shown on every row, not only the highlighted one.
    assert.match(gamma.filterText ?? '', /^gamma Gamma work$/);
    assert.equal(gamma.labelDetails?.description, 'Gamma work');
    await client.change(uri, 3, PACK);
  });

  it('completes owners with teams and enum values from the schema', async () => {
    const ownerPosition = positionOf(PACK, 'owner: infra', 1, 7);
    const owners = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: ownerPosition })) as CompletionList;
    assert.deepEqual(owners.items.map((item) => `${item.label} ${item.detail}`), ['infra Infra Squad']);
    const text = PACK.replace('    effort: 4-6\n', '    effort: 4-6\n    status: \n');
    await client.change(uri, 4, text);
    const status = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: positionOf(text, 'status: ', 1, 8) })) as CompletionList;
    assert.deepEqual(status.items.map((item) => item.label), ['exploring', 'planned', 'in-progress', 'done', 'cut']);
    await client.change(uri, 5, PACK);
  });

  it('shows an initiative card on hover', async () => {
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(PACK, 'alpha,', 1, 1) });
    const value = (hover!.contents as MarkupContent).value;
    assert.match(value, /\*\*alpha\*\* — Alpha work/);
    assert.match(value, /2026-Q3-W1\.\.W4 \(Mon 6 Jul 2026 – Sun 2 Aug 2026\)/);
    assert.match(value, /\*Needed by:\* beta/);
    assert.match(value, /Share of Infra Squad in 2026-Q3:\* 6\.0 of 31\.2 engineer-weeks \(19%\)/);
  });

  it('shows dates on hover over a time value, and docs on a key', async () => {
    const time = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(PACK, '2026-Q3-W9..W10', 1, 3) });
    assert.match((time!.contents as MarkupContent).value, /Mon 31 Aug 2026 – Sun 13 Sep 2026/);
    const key = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(PACK, 'effort: 4-6', 1, 2) });
    assert.match((key!.contents as MarkupContent).value, /Engineer-weeks/);
  });

  it('quotes the rule page on hover over a diagnostic: summary, example and a link to the page', async () => {
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(PACK, 'alpah', 1, 2) });
    const value = (hover!.contents as MarkupContent).value;
    // The page's first paragraph under "What it finds", not the rule's one-line summary.
    assert.match(value, /\*\*RP202\*\* `unresolved-reference`: A `depends_on` \(of an initiative or gate\), a milestone.s `after`/);
    assert.match(value, /For example, this earns it:\n\n```yaml\npack: 1\n/);
    assert.match(value, /\[Open the rule page\]\(https:\/\/github\.com\/roadmap-packs\/roadmap-packs\/blob\/main\/docs\/rules\/RP202\.md\)$/);
    const clean = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(PACK, 'title: Alpha work', 1, 9) });
    assert.doesNotMatch(clean ? (clean.contents as MarkupContent).value : '', /Open the rule page/, 'no rule card where no diagnostic lies');
  });

  it('goes to the definition of a referenced id and of a team named by its name', async () => {
    const definition = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: positionOf(PACK, 'gamma]', 1, 1) })) as Location;
    assert.deepEqual(definition.range.start, positionOf(PACK, 'id: gamma', 1, 4));
    const team = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: positionOf(PACK, 'owner: Infra Squad', 1, 9) })) as Location;
    assert.deepEqual(team.range.start, positionOf(PACK, 'id: infra', 1, 4));
  });

  it('finds every reference', async () => {
    const refs = (await client.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position: positionOf(PACK, 'id: beta', 1, 4), context: { includeDeclaration: true } }))!;
    assert.deepEqual(refs.map((r) => r.range.start.line).sort((a, b) => a - b), [positionOf(PACK, 'id: beta').line, positionOf(PACK, '- beta').line]);
    const teamRefs = (await client.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position: positionOf(PACK, 'id: infra', 1, 4), context: { includeDeclaration: false } }))!;
    assert.equal(teamRefs.length, 3, 'two owners by id and one by name');
  });

  it('renames an id everywhere and refuses a taken name', async () => {
    const position = positionOf(PACK, 'id: gamma', 1, 4);
    const prepared = await client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri }, position });
    assert.deepEqual(prepared && 'placeholder' in prepared ? prepared.placeholder : undefined, 'gamma');
    const edit = await client.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position, newName: 'delta' });
    const renamed = applyEdits(PACK, edit!.changes![uri]);
    assert.equal(renamed, PACK.replace('id: gamma', 'id: delta').replace('[alpha, gamma]', '[alpha, delta]'));
    await assert.rejects(client.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position, newName: 'alpha' }), /already used/);
    await assert.rejects(client.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position, newName: 'not an id' }), /not a valid id/);
    // Refusals carry a message VS Code shows at the cursor, not a bare null.
    await assert.rejects(client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri }, position: positionOf(PACK, 'Alpha work', 1, 2) }), /Only ids can be renamed/);
    await assert.rejects(client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri }, position: positionOf(PACK, '- alpah', 1, 3) }), /`alpah` is not defined in this pack/);
  });

  it('outlines the pack and answers workspace symbols', async () => {
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    assert.deepEqual(symbols.map((s) => s.name), ['teams', 'initiatives']);
    assert.deepEqual(symbols[1].children!.map((s) => s.name), ['alpha', 'beta', 'gamma']);
    const found = (await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'gamma' })) as { name: string }[];
    assert.ok(found.some((s) => s.name === 'gamma'));
  });

  it('offers quick fixes: did-you-mean, remove a cycle edge, suppress', async () => {
    const { diagnostics } = await client.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'RP202'));
    const typo = diagnostics.find((d) => d.code === 'RP202')!;
    const typoActions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: typo.range, context: { diagnostics: [typo] } }))!;
    const change = typoActions.find((a) => a.title === 'Change to `alpha`') as { edit: { changes: Record<string, TextEdit[]> } };
    assert.equal(applyEdits(PACK, change.edit.changes[uri]), PACK.replace('- alpah', '- alpha'));
    const cycle = diagnostics.find((d) => d.code === 'RP301' && d.range.start.line === positionOf(PACK, 'gamma]').line)!;
    const cycleActions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: cycle.range, context: { diagnostics: [cycle] } }))!;
    const remove = cycleActions.find((a) => a.title === 'Remove the dependency of beta on gamma') as { edit: { changes: Record<string, TextEdit[]> } };
    // Byte for byte: only the flow item and its separator go.
    assert.equal(applyEdits(PACK, remove.edit.changes[uri]), PACK.replace('[alpha, gamma]', '[alpha]'));
    const suppress = cycleActions.find((a) => a.title === 'Suppress RP301 on this line') as { edit: { changes: Record<string, TextEdit[]> } };
    assert.equal(applyEdits(PACK, suppress.edit.changes[uri]), PACK.replace('    depends_on: [alpha, gamma]', '    # roadmap-disable-next-line RP301\n    depends_on: [alpha, gamma]'));
  });

  it('removes a block list item without touching anything else', async () => {
    const { diagnostics } = await client.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'RP301'));
    const cycle = diagnostics.find((d) => d.code === 'RP301' && d.range.start.line === positionOf(PACK, '- beta').line)!;
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: cycle.range, context: { diagnostics: [cycle] } }))!;
    const remove = actions.find((a) => a.title === 'Remove the dependency of gamma on beta') as { edit: { changes: Record<string, TextEdit[]> } };
    assert.equal(applyEdits(PACK, remove.edit.changes[uri]), PACK.replace('      - beta\n', ''));
  });

  it('shows code lenses on initiatives and teams, and dates as inlay hints', async () => {
    const lenses = (await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } }))!;
    const titles = lenses.map((lens) => lens.command!.title);
    assert.ok(titles.includes('needs 0 · needed by 1 · 4–6 eng-wk'), titles.join('\n'));
    assert.ok(titles.includes('needs 2 · needed by 1 · 2 eng-wk'), titles.join('\n'));
    assert.ok(titles.includes('2026-Q3 32% · 2026-Q4 0%'), titles.join('\n'));
    // A click opens the references peek on the places that name the initiative (beta is named by gamma).
    const beta = lenses.find((lens) => lens.command!.title.startsWith('needs 2'))!;
    assert.equal(beta.command!.command, 'roadmapPacks.showReferences');
    const [lensUri, , locations] = beta.command!.arguments as [string, unknown, Location[]];
    assert.equal(lensUri, uri);
    assert.deepEqual(locations.map((l) => l.range.start), [positionOf(PACK, '- beta', 1, 2)]);
    const hints = (await client.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 40, character: 0 } } }))!;
    assert.ok(hints.some((hint) => String(hint.label).includes('Mon 6 Jul 2026 – Sun 2 Aug 2026')));
  });

  it('lists every quarter on a team lens and marks one over 100%', async () => {
    const overloaded = uri.replace(/\.roadmap\.yaml$/, '-overloaded.roadmap.yaml');
    // Q3 is loaded over its capacity (36 + 2 + 2 of 4 × 60% × 13 = 31.2 engineer-weeks: 128%); Q4 holds none.
    await client.open(overloaded, PACK.replace('effort: 4-6', 'effort: 36').replace(/ {4}depends_on: \[.*\n/, '').replace(/ {4}depends_on:\n {6}- beta\n {6}- alpah\n/, ''));
    const lenses = (await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: overloaded } }))!;
    const team = lenses.map((lens) => lens.command!.title).find((title) => title.includes('2026-Q3'));
    assert.equal(team, '⚠ 2026-Q3 128% · 2026-Q4 0%');
  });

  it("answers the status bar's figures (the checklist's error count and peak team)", async () => {
    const checklist = (await client.connection.sendRequest(checklistRequest, { uri }))!;
    assert.equal(checklist.checks.errors, 3);
    assert.equal(checklist.peak?.team, 'Infra Squad');
  });

  it('scans the workspace at start: closed packs get diagnostics too', async () => {
    const other = new LspClient();
    try {
      await other.initialize(repoPath('examples'));
      const example = pathToFileURL(repoPath('examples', 'platform-reliability', 'platform-reliability.roadmap.yaml')).toString();
      const { diagnostics } = await other.diagnostics(example, (p) => p.diagnostics.length > 0);
      assert.ok(diagnostics.some((d) => d.code === 'RP502' && /98%/.test(d.message)));
      assert.ok(!diagnostics.some((d) => d.severity === 1), 'no errors in the example');
    } finally {
      await other.stop();
    }
  });
});
