import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ChecklistResult } from '../../protocol/requests';
import { repoPath } from '../helpers/repoRoot';
import { runCli } from '../helpers/runCli';
import { LspClient } from './lspClient';

/**
 * `roadmapPacks/checklist` (the Roadmap Checklist view) and
 * `roadmapPacks/qualityGate` (the rendered report) say what
 * `roadmap-pack quality` says, for a pack with errors and for the example.
 */
describe('lsp: the checklist request and the quality gate agree with roadmap-pack quality', function () {
  this.timeout(60000);
  let folder: string;
  let client: LspClient;
  const packs = ['features.roadmap.yaml', 'platform-reliability/platform-reliability.roadmap.yaml'];
  const uriOf = (name: string) => pathToFileURL(join(folder, name)).toString();

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'roadmap-checklist-'));
    cpSync(repoPath('test', 'vscode', 'fixtures', 'features.roadmap.yaml'), join(folder, packs[0]));
    cpSync(repoPath('examples', 'platform-reliability'), join(folder, 'platform-reliability'), { recursive: true });
    client = new LspClient();
    await client.initialize(folder);
    for (const name of packs) await client.open(uriOf(name), readFileSync(join(folder, name), 'utf8'));
    for (const name of packs) await client.diagnostics(uriOf(name));
  });

  after(async () => {
    await client.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  for (const name of packs) {
    it(`answers what the CLI prints for ${name}: the Markdown byte for byte, the checklist's verdict, checks and scores`, async () => {
      const cliMarkdown = runCli(['quality', name], folder).stdout;
      const cliJson = JSON.parse(runCli(['quality', name, '--format', 'json'], folder).stdout) as Omit<ChecklistResult, 'dimensions'> & { dimensions: { name: string; score: number; criteria: { rule: string; met: boolean; summary: string; missing: string[] }[] }[] };
      assert.equal(await client.connection.sendRequest('roadmapPacks/qualityGate', { uri: uriOf(name) }), cliMarkdown);
      const checklist = (await client.connection.sendRequest('roadmapPacks/checklist', { uri: uriOf(name) })) as ChecklistResult;
      assert.equal(checklist.verdict, cliJson.verdict);
      assert.equal(checklist.verdictText, cliJson.verdictText);
      assert.deepEqual(checklist.checks, cliJson.checks);
      assert.deepEqual(
        checklist.dimensions.map((d) => [d.name, d.score, d.criteria.map((c) => [c.rule, c.met, c.summary, c.items.map((item) => item.label)])]),
        cliJson.dimensions.map((d) => [d.name, d.score, d.criteria.map((c) => [c.rule, c.met, c.summary, c.missing])]),
      );
    });
  }

  it('says Ship for the example with its briefs beside it, and Revise for it without them (a missing brief is an error in both hosts)', async () => {
    const example = (await client.connection.sendRequest('roadmapPacks/checklist', { uri: uriOf(packs[1]) })) as ChecklistResult;
    assert.equal(example.verdict, 'Ship');
    assert.deepEqual(example.checks, { errors: 0, cycles: 0, unresolved: 0, weeklyOverloads: 2 });
    assert.equal(example.peak?.team, 'Infra Squad');
    cpSync(join(folder, packs[1]), join(folder, 'alone.roadmap.yaml'));
    const alone = JSON.parse(runCli(['quality', 'alone.roadmap.yaml', '--format', 'json'], folder).stdout) as ChecklistResult;
    assert.equal(alone.verdict, 'Revise');
    assert.equal(alone.checks.errors, 5, 'the five `brief:` paths lead nowhere');
  });

  it('counts the errors of the broken pack and points each missing initiative at its source line', async () => {
    const checklist = (await client.connection.sendRequest('roadmapPacks/checklist', { uri: uriOf(packs[0]) })) as ChecklistResult;
    assert.deepEqual(checklist.checks, { errors: 3, cycles: 1, unresolved: 1, weeklyOverloads: 0 });
    assert.equal(checklist.verdict, 'Revise');
    const waits = checklist.dimensions[2].criteria[2];
    const text = readFileSync(join(folder, packs[0]), 'utf8').split('\n');
    const lineOf = (item: { range: { start: { line: number }; end: { line: number; character: number } } | null }) => text[item.range!.start.line];
    assert.deepEqual(waits.items.map((item) => item.label), ['alpha (no depends_on)', 'beta (on a dependency cycle)', 'gamma (waits for undefined alpah, on a dependency cycle)']);
    assert.deepEqual(waits.items.map(lineOf), ['  - id: alpha', '  - id: beta', '  - id: gamma']);
    for (const item of waits.items) assert.equal(item.range!.start.line, item.range!.end.line, 'one line: where the item starts');
    const kernel = checklist.dimensions[1].criteria[3];
    assert.deepEqual(kernel.items.map((item) => item.range), [null, null], 'a diagnosis and a policy are written nowhere yet');
  });

  it('follows an edit: fixing the typo and the cycle leaves no error', async () => {
    const uri = uriOf(packs[0]);
    const fixed = readFileSync(join(folder, packs[0]), 'utf8').replace('depends_on: [alpha, gamma]', 'depends_on: [alpha]').replace('      - alpah\n', '');
    await client.change(uri, 2, fixed);
    await client.diagnostics(uri, (p) => p.version === 2 || p.diagnostics.every((d) => d.severity !== 1));
    const checklist = (await client.connection.sendRequest('roadmapPacks/checklist', { uri })) as ChecklistResult;
    assert.equal(checklist.version, 2);
    assert.deepEqual(checklist.checks, { errors: 0, cycles: 0, unresolved: 0, weeklyOverloads: 0 });
    assert.ok(!checklist.verdictText.includes('error'), checklist.verdictText);
  });

  it('sends at most 100 items a criterion, and how many more', async () => {
    const uri = uriOf('many.roadmap.yaml');
    const initiatives = Array.from({ length: 150 }, (_, i) => `  - { id: i-${i}, title: I ${i}, depends_on: [] }`);
    await client.open(uri, ['pack: 1', 'title: Many', 'horizon: 2026-Q3', 'initiatives:', ...initiatives, ''].join('\n'));
    await client.diagnostics(uri);
    const checklist = (await client.connection.sendRequest('roadmapPacks/checklist', { uri })) as ChecklistResult;
    const measured = checklist.dimensions[5].criteria[0];
    assert.equal(measured.items.length, 100);
    assert.equal(measured.more, 50);
    assert.equal(measured.items[99].label, 'i-99 (no metric)');
  });

  it('answers null for a pack the server does not know', async () => {
    assert.equal(await client.connection.sendRequest('roadmapPacks/checklist', { uri: uriOf('nowhere.roadmap.yaml') }), null);
  });
});
