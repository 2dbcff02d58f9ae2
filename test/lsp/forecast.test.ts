/**
 * The forecast through the language server (issue 15): RP405 arrives after
 * the check's own publish (the forecast runs off the typing path), and the
 * initiative's hover card shows the held forecast's P50 and P80.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CodeAction, CodeActionRequest, HoverRequest, TextDocumentEdit, type MarkupContent, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkDiagnosticsWithForecast, checkForecast, checkPack, formatWeek } from '../../server/src/pack';
import { repoPath } from '../helpers/repoRoot';
import { LspClient } from './lspClient';

/** The Bad pack of RP405's page: a gate likely decided late. */
const PAGE = readFileSync(repoPath('docs/rules/RP405.md'), 'utf8');
const [BAD, GOOD] = [...PAGE.matchAll(/^```yaml\n([\s\S]*?)^```/gm)].map((match) => match[1]);
const codes = (published: PublishDiagnosticsParams) => published.diagnostics.map((d) => d.code);

describe('language server: the forecast', function () {
  this.timeout(30000);
  let client: LspClient;
  let folder: string;
  let uri: string;

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'roadmap-forecast-'));
    uri = pathToFileURL(join(folder, 'late.roadmap.yaml')).toString();
    client = new LspClient();
    await client.initialize(folder, { debounce: 0, today: '2026-07-01' });
  });

  after(async () => {
    await client.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('publishes the check first, then the same diagnostics with RP405 once the forecast has run', async () => {
    await client.open(uri, BAD);
    const withForecast = await client.diagnostics(uri, (p) => codes(p).includes('RP405'));
    const [first] = client.published(uri);
    assert.ok(!codes(first).includes('RP405'), `the first publish waited for the forecast: ${codes(first).join(', ')}`);
    assert.deepEqual(codes(withForecast).filter((code) => code !== 'RP405'), codes(first));
    const rp405 = withForecast.diagnostics.find((d) => d.code === 'RP405')!;
    assert.equal(rp405.severity, 3);
    assert.match(rp405.message, /^gate-launch is decided by its week 2026-Q4-W11 in only \d+% of 1,000 forecast runs/);
    assert.equal(BAD.split('\n')[rp405.range.start.line].slice(rp405.range.start.character, rp405.range.end.character), '2026-Q4-W11');
  });

  it("shows the forecast's P50 and P80 on the initiative's hover card", async () => {
    await client.diagnostics(uri, (p) => codes(p).includes('RP405'));
    const line = BAD.split('\n').findIndex((text) => text.includes('id: load-test'));
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character: BAD.split('\n')[line].indexOf('load-test') + 2 } });
    const card = (hover!.contents as MarkupContent).value;
    const item = checkForecast(checkPack(BAD)).items.find((candidate) => candidate.id === 'load-test')!;
    assert.ok(card.includes(`**Forecast**: P50 ${formatWeek(item.p50)}, P80 ${formatWeek(item.p80)}`), card);
  });

  it('offers the suppression quick fix on RP405, and applying it drops the finding, as the CLI says', async () => {
    const published = await client.diagnostics(uri, (p) => codes(p).includes('RP405'));
    const rp405 = published.diagnostics.find((d) => d.code === 'RP405')!;
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: rp405.range, context: { diagnostics: [rp405] } })) as CodeAction[];
    const suppress = actions.find((action) => /suppress|ignore|disable/i.test(action.title));
    assert.ok(suppress, `no suppression among ${JSON.stringify(actions.map((action) => action.title))}`);
    const change = (suppress.edit!.documentChanges?.[0] ?? { edits: suppress.edit!.changes![uri] }) as TextDocumentEdit;
    const suppressed = TextDocument.applyEdits(TextDocument.create(uri, 'roadmap-yaml', 1, BAD), change.edits as never);
    assert.ok(!checkDiagnosticsWithForecast(checkPack(suppressed)).some((d) => d.code === 'RP405'), suppressed);
    assert.ok(checkDiagnosticsWithForecast(checkPack(BAD)).some((d) => d.code === 'RP405'));
  });

  it('drops RP405 once an edit makes the gate likely on time', async () => {
    await client.change(uri, 2, GOOD);
    const fixed = await client.diagnostics(uri, (p) => p.version === 2);
    assert.ok(!codes(fixed).includes('RP405'));
    // The forecast of the new text runs too, and finds nothing to add.
    await new Promise((resolve) => setTimeout(resolve, 800));
    assert.ok(client.published(uri).filter((p) => p.version === 2).every((p) => !codes(p).includes('RP405')));
  });
});
