import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ChecklistResult } from '../../protocol/requests';
import { repoPath } from '../helpers/repoRoot';
import { runCli } from '../helpers/runCli';
import { LspClient } from './lspClient';

const CHECKOUT = 'checkout/checkout.roadmap.yaml';
const PLATFORM = 'platform/platform.roadmap.yaml';
const PORTFOLIO = 'portfolio.roadmap.yaml';

/**
 * The checklist (and with it the status bar) of the example portfolio's files
 * (examples/portfolio): each is scored in the portfolio's context, and its
 * peak is Infra Squad's load over both packs, the crunch neither shows alone.
 */
describe('lsp: the checklist of a pack in a portfolio', function () {
  this.timeout(60000);
  let folder: string;
  let client: LspClient;
  const uri = (relative: string) => pathToFileURL(join(folder, relative)).toString();
  const checklistOf = async (relative: string) => (await client.connection.sendRequest('roadmapPacks/checklist', { uri: uri(relative) })) as ChecklistResult;

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'roadmap-portfolio-checklist-'));
    cpSync(repoPath('examples', 'portfolio'), folder, { recursive: true });
    client = new LspClient();
    await client.initialize(folder);
    await client.open(uri(CHECKOUT), readFileSync(join(folder, CHECKOUT), 'utf8'));
    await client.diagnostics(uri(PORTFOLIO), (p) => p.diagnostics.some((d) => d.code === 'RP501'));
  });

  after(async () => {
    await client.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  for (const file of [CHECKOUT, PLATFORM, PORTFOLIO]) {
    it(`peaks at Infra Squad's 109% in 2026-Q3 in ${file}: the load over both packs`, async () => {
      const { peak } = await checklistOf(file);
      assert.deepEqual(peak && { team: peak.team, quarter: peak.quarter, percent: Math.round(peak.utilisation * 100) }, { team: 'Infra Squad', quarter: '2026-Q3', percent: 109 });
    });
  }

  it('scores checkout with its qualified references resolved, counting the errors it is published with', async () => {
    const published = await client.diagnostics(uri(CHECKOUT));
    const checklist = await checklistOf(CHECKOUT);
    assert.equal(checklist.checks.unresolved, 0, 'platform:… resolves in the portfolio');
    assert.equal(checklist.checks.errors, published.diagnostics.filter((d) => d.severity === 1).length);
    const waits = checklist.dimensions[2].criteria.flatMap((criterion) => criterion.items.map((item) => item.label));
    assert.ok(!waits.some((label) => /undefined platform:/.test(label)), waits.join('\n'));
  });

  it('scores the portfolio by its members, as `roadmap-pack quality` does: each member’s verdict, Revise for the RP501', async () => {
    const cli = JSON.parse(runCli(['quality', PORTFOLIO, '--format', 'json'], folder).stdout) as { verdict: string; verdictText: string; members: { name: string; verdict: string; weak: string[] }[] };
    const checklist = await checklistOf(PORTFOLIO);
    assert.equal(checklist.verdict, 'Revise');
    assert.equal(checklist.verdictText, cli.verdictText);
    assert.deepEqual(checklist.dimensions, []);
    assert.deepEqual(checklist.members?.map((m) => [m.name, m.verdict, m.weak, m.uri]), cli.members.map((m) => [m.name, m.verdict, m.weak, uri(m.name === 'platform' ? PLATFORM : CHECKOUT)]));
    assert.equal(checklist.checks.errors, 1, 'the portfolio’s RP501');
    assert.equal(await client.connection.sendRequest('roadmapPacks/qualityGate', { uri: uri(PORTFOLIO) }), runCli(['quality', PORTFOLIO], folder).stdout);
  });

  it('answers for checkout what `roadmap-pack quality` prints for it: the verdict, the checks and every score', async () => {
    const cli = JSON.parse(runCli(['quality', CHECKOUT, '--format', 'json'], folder).stdout) as ChecklistResult;
    const checklist = await checklistOf(CHECKOUT);
    assert.equal(checklist.verdict, cli.verdict);
    assert.deepEqual(checklist.checks, cli.checks);
    assert.deepEqual(checklist.dimensions.map((d) => [d.name, d.score]), cli.dimensions.map((d) => [d.name, d.score]));
    assert.equal(await client.connection.sendRequest('roadmapPacks/qualityGate', { uri: uri(CHECKOUT) }), runCli(['quality', CHECKOUT], folder).stdout);
  });
});
