import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ViewsResult } from '../../protocol/requests';
import { LspClient } from './lspClient';

const PACK = [
  'pack: 1',
  'title: What if',
  'horizon: 2026-Q3..2026-Q4',
  'teams:',
  '  - { id: core, name: Core Squad, engineers: 4 }',
  'capacity: { bau: 50% }',
  'initiatives:',
  '  - { id: api, title: Public API, owner: core, when: 2026-Q3-W2..W6, effort: 8 }',
  '  - { id: docs, title: Docs, owner: core, when: 2026-Q4-W1..W10, effort: 4, depends_on: [api] }',
  'scenarios:',
  '  - id: small',
  '    title: One engineer, later API',
  '    changes:',
  '      - { team: core, engineers: 1 }',
  '      - { initiative: api, when: 2026-Q3-W4..W8 }',
  '',
].join('\n');

/** The same plan with the scenario's changes written into the entities by hand. */
const BY_HAND = PACK.replace('engineers: 4', 'engineers: 1').replace('when: 2026-Q3-W2..W6', 'when: 2026-Q3-W4..W8');

describe('lsp: scenarios', function () {
  this.timeout(60000);
  let folder: string;
  let client: LspClient;
  const uri = (name: string) => pathToFileURL(join(folder, name)).toString();
  const views = async (name: string, scenario?: string) => (await client.connection.sendRequest('roadmapPacks/views', { uri: uri(name), views: ['gantt', 'capacity'], ...(scenario ? { scenario } : {}) })) as ViewsResult;

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'roadmap-scenarios-'));
    client = new LspClient();
    await client.initialize(folder);
    for (const [name, text] of [['plan.roadmap.yaml', PACK], ['by-hand.roadmap.yaml', BY_HAND]]) {
      await client.open(uri(name), text);
      await client.diagnostics(uri(name));
    }
  });

  after(async () => {
    await client.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('publishes a bad change at its own range', async () => {
    const bad = PACK.replace('{ team: core, engineers: 1 }', '{ team: cor, enginers: 1 }');
    await client.change(uri('plan.roadmap.yaml'), 2, bad);
    const published = await client.diagnostics(uri('plan.roadmap.yaml'), (params) => params.version === 2);
    const line = bad.split('\n').findIndex((text) => text.includes('team: cor,'));
    const column = (text: string) => bad.split('\n')[line].indexOf(text);
    const at = (code: string) => published.diagnostics.find((diagnostic) => diagnostic.code === code);
    assert.deepEqual(at('RP202')?.range, { start: { line, character: column('cor,') }, end: { line, character: column('cor,') + 3 } });
    assert.deepEqual(at('RP102')?.range, { start: { line, character: column('enginers') }, end: { line, character: column('enginers') + 8 } });
    await client.change(uri('plan.roadmap.yaml'), 3, PACK);
    await client.diagnostics(uri('plan.roadmap.yaml'), (params) => params.version === 3 && params.diagnostics.length === published.diagnostics.length - 2);
  });

  it('draws every view under a scenario as the pack edited by hand draws them', async () => {
    const [baseline, scenario, byHand] = [await views('plan.roadmap.yaml'), await views('plan.roadmap.yaml', 'small'), await views('by-hand.roadmap.yaml')];
    assert.deepEqual(scenario.scenarios, [{ id: 'small', title: 'One engineer, later API' }]);
    assert.equal(scenario.scenario, 'small');
    assert.equal(baseline.scenario, undefined);
    for (const index of [0, 1]) {
      assert.notEqual(scenario.views[index].text, baseline.views[index].text, scenario.views[index].view);
      assert.equal(scenario.views[index].text, byHand.views[index].text, `${scenario.views[index].text}\n---\n${byHand.views[index].text}`);
    }
    assert.equal(scenario.errors, byHand.errors);
    assert.ok(scenario.errors > baseline.errors, 'one engineer cannot carry the API');
  });

  it('draws the pack as written for a scenario it does not have', async () => {
    const [baseline, unknown] = [await views('plan.roadmap.yaml'), await views('plan.roadmap.yaml', 'nope')];
    assert.equal(unknown.scenario, undefined);
    assert.deepEqual(unknown.views, baseline.views);
  });
});
