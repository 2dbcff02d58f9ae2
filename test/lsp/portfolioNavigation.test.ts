import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CodeLensRequest, CompletionList, CompletionRequest, DefinitionRequest, HoverRequest, Location, MarkupContent, PrepareRenameRequest, ReferencesRequest, RenameRequest, TextEdit, WorkspaceSymbolRequest } from 'vscode-languageserver-protocol/node';
import type { Position } from 'vscode-languageserver-protocol/node';
import { repoPath } from '../helpers/repoRoot';
import { LspClient } from './lspClient';

const CHECKOUT = 'checkout/checkout.roadmap.yaml';
const PLATFORM = 'platform/platform.roadmap.yaml';
const PORTFOLIO = 'portfolio.roadmap.yaml';

/**
 * Qualified ids (`platform:redis-cluster`) in the example portfolio
 * (examples/portfolio): definition, references, rename, hover and
 * completion across its files, through the server.
 */
describe('navigation across a portfolio’s files in the language server', function () {
  this.timeout(60000);
  let folder: string;
  let client: LspClient;
  const uri = (relative: string) => pathToFileURL(join(folder, relative)).toString();
  const text = (relative: string) => readFileSync(join(folder, relative), 'utf8');
  /** The position of the `nth` occurrence of `needle` in the file, `into` characters in. */
  const at = (relative: string, needle: string, into = 0, nth = 0): Position => {
    const lines = text(relative).split('\n');
    let seen = 0;
    for (const [line, content] of lines.entries()) {
      for (let column = content.indexOf(needle); column >= 0; column = content.indexOf(needle, column + 1)) if (seen++ === nth) return { line, character: column + into };
    }
    throw new Error(`${needle} not in ${relative}`);
  };
  const lineOf = (relative: string, location: { range: { start: Position } }) => text(relative).split('\n')[location.range.start.line];

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'roadmap-portfolio-nav-'));
    cpSync(repoPath('examples', 'portfolio'), folder, { recursive: true });
    client = new LspClient();
    await client.initialize(folder);
    await client.open(uri(CHECKOUT), text(CHECKOUT));
    // The portfolio's check has run once its overload is published.
    await client.diagnostics(uri('portfolio.roadmap.yaml'), (p) => p.diagnostics.some((d) => d.code === 'RP501'));
  });

  after(async () => {
    await client.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('goes from `platform:redis-cluster` in checkout to its definition in the platform pack', async () => {
    const position = at(CHECKOUT, '[platform:redis-cluster]', '[platform:'.length + 2);
    const found = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: uri(CHECKOUT) }, position })) as Location;
    assert.equal(found.uri, uri(PLATFORM));
    assert.match(lineOf(PLATFORM, found), /^\s*- id: redis-cluster\s*$/);
  });

  it('finds every reference to redis-cluster: the platform pack’s own and checkout’s qualified one', async () => {
    const position = at(PLATFORM, '- id: redis-cluster', '- id: '.length + 1);
    const found = (await client.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri: uri(PLATFORM) }, position, context: { includeDeclaration: false } })) as Location[];
    const inCheckout = found.filter((location) => location.uri === uri(CHECKOUT));
    assert.equal(inCheckout.length, 1, JSON.stringify(found));
    // The range is the id's own text, past `platform:`.
    const line = lineOf(CHECKOUT, inCheckout[0]);
    assert.equal(line.slice(inCheckout[0].range.start.character, inCheckout[0].range.end.character), 'redis-cluster');
    assert.equal(line.slice(inCheckout[0].range.start.character - 'platform:'.length, inCheckout[0].range.start.character), 'platform:');
    assert.ok(found.filter((location) => location.uri === uri(PLATFORM)).length >= 2, 'the platform pack’s own references');
  });

  it('renames redis-cluster from checkout’s qualified reference, in both files, keeping `platform:`', async () => {
    const position = at(CHECKOUT, '[platform:redis-cluster]', '[platform:'.length + 1);
    const prepared = (await client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri: uri(CHECKOUT) }, position })) as { placeholder: string };
    assert.equal(prepared.placeholder, 'redis-cluster');
    const edit = await client.connection.sendRequest(RenameRequest.type, { textDocument: { uri: uri(CHECKOUT) }, position, newName: 'cache-cluster' });
    const changes = edit?.changes ?? {};
    assert.deepEqual(Object.keys(changes).sort(), [uri(CHECKOUT), uri(PLATFORM)].sort());
    const renamed = applyEdits(text(CHECKOUT), changes[uri(CHECKOUT)]);
    assert.ok(renamed.includes('depends_on: [platform:cache-cluster]'), 'checkout names it qualified still');
    const platform = applyEdits(text(PLATFORM), changes[uri(PLATFORM)]);
    assert.ok(platform.includes('- id: cache-cluster') && !/\bredis-cluster\b/.test(platform.replace(/#.*$/gm, '')), 'every use in the platform pack renamed');
  });

  it('refuses to rename to an id the platform pack already uses', async () => {
    const position = at(CHECKOUT, '[platform:redis-cluster]', '[platform:'.length + 1);
    await assert.rejects(client.connection.sendRequest(RenameRequest.type, { textDocument: { uri: uri(CHECKOUT) }, position, newName: 'autoscaling' }), /already used in the pack `platform`/);
  });

  it('hovers a qualified id with the platform initiative’s card', async () => {
    const position = at(CHECKOUT, '[platform:redis-cluster]', '[platform:'.length + 1);
    const shown = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uri(CHECKOUT) }, position });
    const value = (shown?.contents as MarkupContent).value;
    assert.match(value, /Defined in the pack `platform`/);
    assert.match(value, /Caching tier hardening/);
  });

  it('completes other packs’ ids qualified, and after `platform:` replaces the name too', async () => {
    const base = text(CHECKOUT);
    const typed = base.replace('depends_on: [platform:redis-cluster]', 'depends_on: [platform:red]');
    await client.change(uri(CHECKOUT), 2, typed);
    const lines = typed.split('\n');
    const line = lines.findIndex((content) => content.includes('depends_on: [platform:red]'));
    const character = lines[line].indexOf('platform:red') + 'platform:red'.length;
    const list = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: uri(CHECKOUT) }, position: { line, character } })) as CompletionList;
    const item = list.items.find((candidate) => candidate.label === 'platform:redis-cluster');
    assert.ok(item, list.items.map((candidate) => candidate.label).slice(0, 20).join(', '));
    const edit = item.textEdit as TextEdit;
    assert.equal(edit.range.start.character, lines[line].indexOf('platform:red'), 'the include name is replaced with the id');
    assert.ok(list.items.every((candidate) => candidate.label.startsWith('platform:')), 'only the other pack’s ids after `platform:`');
    // Without the name typed, the pack's own ids come first, then the other pack's.
    const bare = typed.replace('depends_on: [platform:red]', 'depends_on: [red]');
    await client.change(uri(CHECKOUT), 3, bare);
    const plain = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: uri(CHECKOUT) }, position: { line, character: lines[line].indexOf('platform:red') + 'red'.length } })) as CompletionList;
    const labels = plain.items.map((candidate) => candidate.label);
    const firstQualified = labels.findIndex((label) => label.includes(':'));
    assert.ok(firstQualified > 0 && labels.slice(firstQualified).every((label) => label.includes(':')), labels.join(', '));
    await client.change(uri(CHECKOUT), 4, base);
  });

  it('goes from a member’s owner `infra` to the portfolio’s Infra Squad, and hovers it with its load over both packs', async () => {
    const position = at(CHECKOUT, '    owner: infra', '    owner: '.length + 1);
    const found = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: uri(CHECKOUT) }, position })) as Location;
    assert.equal(found.uri, uri(PORTFOLIO));
    assert.match(lineOf(PORTFOLIO, found), /- \{ id: infra, name: Infra Squad/);
    const shown = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uri(CHECKOUT) }, position });
    const value = (shown?.contents as MarkupContent).value;
    assert.match(value, /Shared by the portfolio/);
    // 34.0 of 31.2 engineer-weeks in 2026-Q3 (examples/portfolio's header): the sum, not checkout's 12.0 alone.
    assert.match(value, /\| 2026-Q3 \| 34(\.0)? \| 31\.2 \| 109% \|/);
  });

  it('hovers a member’s initiative as its portfolio checks it: an owner `infra` is Infra Squad, and its forecast is there', async () => {
    const position = at(CHECKOUT, '- id: payments-db-split', '- id: '.length + 1);
    let value = '';
    // The forecast runs a moment after the check it is of; the card waits for it, as a reader would.
    for (let tries = 0; tries < 50 && !value.includes('Forecast'); tries++) {
      const shown = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uri(CHECKOUT) }, position });
      value = (shown?.contents as MarkupContent).value;
      if (!value.includes('Forecast')) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.match(value, /\*Owner:\* Checkout Squad, Infra Squad/);
    assert.match(value, /\*\*Forecast\*\*: P50 2026-Q3-W\d+/);
  });

  it('finds the owners of the portfolio’s team in every member, and renames its id in all three files', async () => {
    const position = at(PORTFOLIO, 'id: infra', 'id: '.length + 1);
    const found = (await client.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri: uri(PORTFOLIO) }, position, context: { includeDeclaration: false } })) as Location[];
    assert.deepEqual([...new Set(found.map((location) => location.uri))].sort(), [uri(CHECKOUT), uri(PLATFORM)].sort());
    const edit = await client.connection.sendRequest(RenameRequest.type, { textDocument: { uri: uri(PORTFOLIO) }, position, newName: 'infrastructure' });
    const changes = edit?.changes ?? {};
    assert.deepEqual(Object.keys(changes).sort(), [uri(CHECKOUT), uri(PLATFORM), uri(PORTFOLIO)].sort());
    assert.ok(applyEdits(text(CHECKOUT), changes[uri(CHECKOUT)]).includes('owner: { checkout: 50%, infrastructure: 50% }'));
    await assert.rejects(client.connection.sendRequest(RenameRequest.type, { textDocument: { uri: uri(PORTFOLIO) }, position, newName: 'checkout' }), /already used in the pack `checkout`/);
  });

  it('shows the load of the portfolio’s team over both packs in its code lens', async () => {
    const lenses = (await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: uri(PORTFOLIO) } }))!;
    const infraLine = at(PORTFOLIO, '- { id: infra').line;
    const titles = lenses.filter((lens) => lens.range.start.line === infraLine).map((lens) => lens.command?.title);
    assert.deepEqual(titles, ['⚠ 2026-Q3 109% · 2026-Q4 98%']);
  });

  it('lists every member’s initiatives in workspace symbols', async () => {
    const symbols = (await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'Caching tier' })) as { location: { uri: string } }[];
    assert.ok(symbols.some((symbol) => symbol.location.uri === uri(PLATFORM)), JSON.stringify(symbols).slice(0, 300));
  });
});

/** The text with the edits applied, from the last to the first (they do not overlap). */
function applyEdits(text: string, edits: TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (position: Position) => lines.slice(0, position.line).reduce((sum, line) => sum + line.length + 1, 0) + position.character;
  return [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start)).reduce((result, edit) => result.slice(0, offset(edit.range.start)) + edit.newText + result.slice(offset(edit.range.end)), text);
}
