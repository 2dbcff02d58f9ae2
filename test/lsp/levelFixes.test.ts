import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CodeAction, CodeActionRequest, Diagnostic, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol/node';
import { repoPath } from '../helpers/repoRoot';
import { levelRequest } from '../../protocol/requests';
import { LspClient } from './lspClient';

const EXAMPLE = readFileSync(repoPath('examples', 'platform-reliability', 'platform-reliability.roadmap.yaml'), 'utf8');
const OVERLOAD = readFileSync(repoPath('test', 'fixtures', 'rules', 'RP503-weekly-overload.roadmap.yaml'), 'utf8');

const moves = (actions: CodeAction[]) => actions.filter((action) => action.title.startsWith('Move '));
const editsOf = (action: CodeAction, uri: string) => (action.edit as WorkspaceEdit).changes![uri] as TextEdit[];

describe('language server: levelling quick fixes (RP503, RP401)', function () {
  this.timeout(30000);
  let client: LspClient;
  let folder: string;

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'roadmap-lsp-level-'));
    client = new LspClient();
    await client.initialize(folder, { debounce: 0 });
  });

  after(async () => client.stop());

  const open = async (name: string, text: string) => {
    const uri = pathToFileURL(join(folder, name)).toString();
    await client.open(uri, text);
    return { uri, diagnostics: (await client.diagnostics(uri)).diagnostics };
  };
  const actionsFor = (uri: string, diagnostic: Diagnostic) =>
    client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } }) as Promise<CodeAction[]>;

  it('on the worked example, moves load-test-3x after autoscaling, rewriting only its `when` values', async () => {
    const { uri, diagnostics } = await open('platform.roadmap.yaml', EXAMPLE);
    const conflict = diagnostics.find((d) => d.code === 'RP401' && d.message.startsWith('load-test-3x starts') && d.message.includes('autoscaling'))!;
    const [move, ...others] = moves(await actionsFor(uri, conflict));
    assert.deepEqual(others, []);
    assert.equal(move.title, 'Move load-test-3x to 2026-Q4-W11..W12: it no longer starts before autoscaling allows');
    const edits = editsOf(move, uri);
    assert.ok(edits.length >= 1);
    assert.ok(edits.every((edit) => edit.range.start.line === edit.range.end.line && /^2026-Q4-W1[12](\.\.W12)?$/.test(edit.newText)), JSON.stringify(edits));
  });

  it('offers no move for the worked example\'s weekly overloads: their work is done or in progress', async () => {
    const { uri, diagnostics } = await open('december.roadmap.yaml', EXAMPLE);
    const overloads = diagnostics.filter((d) => d.code === 'RP503');
    assert.ok(overloads.length > 0);
    for (const overload of overloads) assert.deepEqual(moves(await actionsFor(uri, overload)).map((a) => a.title), []);
  });

  it('titles an overload\'s move with its effect on the run\'s peak', async () => {
    const { uri, diagnostics } = await open('overload.roadmap.yaml', OVERLOAD);
    const run = diagnostics.find((d) => d.code === 'RP503' && d.message.includes('in 2026-Q3-W3..W4:'))!;
    assert.deepEqual(moves(await actionsFor(uri, run)).map((a) => a.title), ["Move q2 to 2026-Q3-W7..W8: Infra Squad's weekly peak 120% → 80% in 2026-Q3-W3..W4"]);
  });
});

describe('language server: roadmapPacks/level', function () {
  this.timeout(30000);
  let client: LspClient;
  let folder: string;

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'roadmap-lsp-level-request-'));
    client = new LspClient();
    await client.initialize(folder, { debounce: 0 });
  });

  after(async () => client.stop());

  it('answers the moves of `roadmap-pack level`, each labelled, with edits for its `when` values only', async () => {
    const uri = pathToFileURL(join(folder, 'planned.roadmap.yaml')).toString();
    const planned = EXAMPLE.replace(/status: (done|in-progress)$/gm, 'status: planned');
    await client.open(uri, planned);
    await client.diagnostics(uri);
    const result = (await client.connection.sendRequest(levelRequest, { uri }))!;
    assert.deepEqual(result.moves.map((move) => move.id), ['soc2-prework', 'soc2-remediation', 'load-test-3x']);
    assert.match(result.moves[0].label, /^Move soc2-prework 2026-Q3-W10\.\.W12 → 2026-Q3-W12\.\.2026-Q4-W1 \(2 weeks later\): Infra Squad has no room/);
    const lines = planned.split('\n');
    for (const edit of result.moves.flatMap((move) => move.edits)) assert.match(lines[edit.range.start.line].slice(0, edit.range.start.character), /when: $/);
    assert.ok(result.unplaced.some((line) => line.startsWith('redis-cluster (2026-Q4-W3..W8): ')), result.unplaced.join('\n'));
  });

  it('answers null for a pack it does not know', async () => {
    assert.equal(await client.connection.sendRequest(levelRequest, { uri: 'file:///nowhere.roadmap.yaml' }), null);
  });
});
