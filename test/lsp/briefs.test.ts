import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CompletionList, CompletionRequest, DefinitionRequest, DidCloseTextDocumentNotification, HoverRequest, Location, MarkupContent, ReferencesRequest, RenameRequest } from 'vscode-languageserver-protocol/node';
import { initiativesRequest } from '../../protocol/requests';
import { repoPath } from '../helpers/repoRoot';
import { LspClient } from './lspClient';

describe('language server: briefs', function () {
  this.timeout(30000);
  let client: LspClient;
  let folder: string;
  const uriOf = (relative: string) => pathToFileURL(join(folder, relative)).toString();

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'roadmap-briefs-'));
    cpSync(repoPath('examples', 'platform-reliability'), folder, { recursive: true });
    client = new LspClient();
    await client.initialize(folder);
  });

  after(async () => client.stop());

  it('checks the briefs on disk at start: the examples are clean', async () => {
    const published = await client.diagnostics(uriOf('briefs/tracing.md'));
    assert.deepEqual(published.diagnostics.filter((d) => d.severity! <= 2), []);
  });

  it('reports a brief whose initiative no pack defines, with a did-you-mean', async () => {
    const uri = uriOf('briefs/new.md');
    await client.open(uri, '---\ninitiative: tracng\n---\n# Brief\n', 'markdown');
    const { diagnostics } = await client.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'RP702'));
    const unknown = diagnostics.find((d) => d.code === 'RP702')!;
    assert.deepEqual(unknown.range.start, { line: 1, character: 12 });
    assert.match(unknown.message, /tracing/);
  });

  it('hovers and goes to the definition of the initiative from the front matter', async () => {
    const uri = uriOf('briefs/tracing.md');
    const text = readFileSync(join(folder, 'briefs', 'tracing.md'), 'utf8');
    await client.open(uri, text, 'markdown');
    const line = text.split('\n').findIndex((l) => l.startsWith('initiative:'));
    const position = { line, character: 14 };
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
    assert.match((hover!.contents as MarkupContent).value, /\*\*tracing\*\* — Distributed tracing/);
    const definition = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position })) as Location;
    assert.equal(definition.uri, uriOf('platform-reliability.roadmap.yaml'));
  });

  it('finds references in briefs and renames across pack and briefs', async () => {
    const pack = uriOf('platform-reliability.roadmap.yaml');
    const text = readFileSync(join(folder, 'platform-reliability.roadmap.yaml'), 'utf8');
    await client.open(pack, text);
    const line = text.split('\n').findIndex((l) => /- id: tracing$/.test(l));
    const position = { line, character: text.split('\n')[line].indexOf('tracing') + 1 };
    const refs = (await client.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri: pack }, position, context: { includeDeclaration: true } }))!;
    assert.ok(refs.some((r) => r.uri === uriOf('briefs/tracing.md')), 'the brief names it');
    const edit = await client.connection.sendRequest(RenameRequest.type, { textDocument: { uri: pack }, position, newName: 'observability' });
    const briefEdits = edit!.changes![uriOf('briefs/tracing.md')];
    assert.equal(briefEdits.length, 1);
    assert.equal(briefEdits[0].newText, 'observability');
    assert.ok(edit!.changes![pack].length >= 4, 'the definition and every depends_on');
  });

  it('generates a new brief with the edit that links it, a status update and the quality gate', async () => {
    const pack = uriOf('platform-reliability.roadmap.yaml');
    const brief = (await client.connection.sendRequest('roadmapPacks/newBrief', { uri: pack, initiative: 'redis-cluster' })) as { relativePath: string; content: string; packEdit: { newText: string } | null };
    assert.equal(brief.relativePath, 'briefs/redis-cluster.md');
    assert.match(brief.content, /^---\ninitiative: redis-cluster\n/);
    assert.match(brief.packEdit!.newText, /brief: briefs\/redis-cluster\.md/);
    const existing = (await client.connection.sendRequest('roadmapPacks/newBrief', { uri: pack, initiative: 'tracing' })) as { packEdit: unknown };
    assert.equal(existing.packEdit, null, 'tracing already names its brief');
    const status = (await client.connection.sendRequest('roadmapPacks/statusUpdate', { uri: pack, year: 2026, month: 11 })) as string;
    assert.match(status, /November 2026/);
    assert.match(status, /Redis migration go\/no-go/);
    const gate = (await client.connection.sendRequest('roadmapPacks/qualityGate', { uri: pack })) as string;
    assert.match(gate, /\| Diagnosis quality \| 4 \|/);
    assert.match(gate, /Ship/);
  });

  it('completes ids in the front matter and in table cells', async () => {
    const uri = uriOf('briefs/draft.md');
    const text = '---\ninitiative: db-scal\n---\n# Draft\n\n## Dependencies\n\n| Dependency | Type | Status |\n|---|---|---|\n| gate-pg\n';
    await client.open(uri, text, 'markdown');
    const front = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 1, character: 19 } })) as CompletionList;
    assert.ok(front.items.some((item) => item.label === 'db-scaling-1'));
    assert.ok(!front.items.some((item) => item.label === 'gate-pgbouncer'), 'front matter takes initiatives only');
    await client.open(uriOf('briefs/db-scaling-1.md'), readFileSync(join(folder, 'briefs', 'db-scaling-1.md'), 'utf8'), 'markdown');
    const owned = '---\ninitiative: db-scaling-1\n---\n# Draft\n\n| Dependency | Type | Status |\n|---|---|---|\n| gate-pg\n';
    await client.change(uri, 2, owned);
    const cell = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 7, character: 9 } })) as CompletionList;
    assert.ok(cell.items.some((item) => item.label === 'gate-pgbouncer' && /gate/.test(item.detail ?? '')));
  });

  it('takes the required sections from the settings', async () => {
    const other = new LspClient();
    try {
      await other.initialize(folder, { debounce: 0, briefSections: ['Problem / opportunity', 'Exit criteria'] });
      const uri = uriOf('briefs/tracing.md');
      const { diagnostics } = await other.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'RP703'));
      const missing = diagnostics.filter((d) => d.code === 'RP703').map((d) => d.message);
      assert.equal(missing.length, 1);
      assert.match(missing[0], /Exit criteria/);
    } finally {
      await other.stop();
    }
  });

  it('reports a brief over maxFileSize with one RP002 and parses none of it', async () => {
    const other = new LspClient();
    try {
      await other.initialize(folder, { debounce: 0, maxFileSize: 2000 });
      const uri = uriOf('briefs/huge.md');
      const section = '## Milestones\n\n- 2026-Q3-W99: not a time\n\n```roadmap\npack: 1\ntitle: [open\n```\n\n';
      await other.open(uri, `---\ninitiative: tracing\n---\n# Huge\n\n${section.repeat(60)}`, 'markdown');
      const { diagnostics } = await other.diagnostics(uri, (p) => p.diagnostics.length > 0);
      assert.deepEqual(diagnostics.map((d) => [d.code, d.range.start.line]), [['RP002', 0]]);
    } finally {
      await other.stop();
    }
  });

  it('reports a file in briefs/ whose front matter names no initiative', async () => {
    const uri = uriOf('briefs/broken.md');
    await client.open(uri, '---\ninitiatve: tracing\n---\n# Broken\n', 'markdown');
    const { diagnostics } = await client.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'RP701'));
    assert.ok(diagnostics.some((d) => d.code === 'RP701' && /initiative/.test(d.message)));
  });

  it('checks a closed file as it is on disk, dropping unsaved edits', async () => {
    const uri = uriOf('platform-reliability.roadmap.yaml');
    const text = readFileSync(join(folder, 'platform-reliability.roadmap.yaml'), 'utf8');
    await client.open(uri, text);
    await client.change(uri, 50, text.replace('owner: infra', 'owner: nobody'));
    await client.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'RP203'));
    client.forget(uri);
    await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    const { diagnostics } = await client.diagnostics(uri);
    assert.ok(!diagnostics.some((d) => d.code === 'RP203'), 'the unsaved owner typo is gone');
    assert.ok(diagnostics.some((d) => d.code === 'RP502'), 'the file on disk is still checked');
  });

  it('lists the initiatives for the brief picker with where each is written, so it can start on the one under the cursor', async () => {
    const pack = uriOf('platform-reliability.roadmap.yaml');
    const lines = readFileSync(join(folder, 'platform-reliability.roadmap.yaml'), 'utf8').split('\n');
    const listed = (await client.connection.sendRequest(initiativesRequest, { uri: pack }))!;
    const slo = listed.find((item) => item.id === 'slo-framework')!;
    const idLine = lines.findIndex((line) => /- id: slo-framework$/.test(line));
    const briefLine = lines.findIndex((line) => /brief: briefs\/slo-framework\.md/.test(line));
    assert.equal(slo.range!.start.line, idLine, 'starts on its `- id:` line');
    assert.ok(slo.range!.end.line >= briefLine, 'and holds its last key');
    assert.ok(listed.filter((item) => item.range!.start.line <= briefLine && briefLine <= item.range!.end.line).every((item) => item.id === 'slo-framework'));
  });
});
