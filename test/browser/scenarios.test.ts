/**
 * The preview's scenario picker (media/preview/toolbar.ts `showScenarios`):
 * shown only for a pack with scenarios, its choices set as text, a pick
 * posted to the extension and kept in the webview state, and the views the
 * panel then posts (drawn under the scenario) drawn. Skipped only when Chromium is absent.
 */
import { strict as assert } from 'node:assert';
import { checkPack, checkScenario } from '../../server/src/pack';
import { renderView } from '../../server/src/pack/views';
import { PreviewPage, useChromium } from './harness';
import { TODAY, Update, readPack, updateFor } from './updates';

const EXAMPLE = readPack('examples/platform-reliability/platform-reliability.roadmap.yaml');
const INVENTORY = readPack('examples/platform-inventory.roadmap.yaml');

/** The update the panel posts for the example: its scenarios listed, the capacity view drawn under `scenario` when given. */
function exampleUpdate(scenario?: string): Update {
  const update = updateFor(EXAMPLE, { uri: 'file:///work/platform-reliability.roadmap.yaml', version: scenario ? 2 : 1 });
  const { model } = checkPack(EXAMPLE);
  const scenarios = model.scenarios.map(({ id, title }) => ({ id, title }));
  if (!scenario) return { ...update, scenarios };
  const result = checkScenario(model, scenario)!;
  const capacity = renderView(result, 'capacity', { today: TODAY, groupBy: 'quarter', weekly: false });
  const views = update.views.map((view) => (view.view === 'capacity' ? { ...view, diagrams: capacity.diagrams, text: capacity.text, sourceMap: capacity.sourceMap, warnings: capacity.warnings } : view));
  return { ...update, views, scenarios, options: { ...update.options, scenario } };
}

describe('preview: the scenario picker', function () {
  this.timeout(120_000);
  const chromium = useChromium('the scenario picker tests');

  it('is hidden for a pack without scenarios', async () => {
    const preview = await PreviewPage.open(chromium.browser, chromium.harness);
    try {
      await preview.draw([{ type: 'select', view: 'capacity' }, updateFor(INVENTORY)], 'capacity');
      assert.equal(await preview.visible('#rp-scenario-label'), false);
    } finally {
      await preview.close();
    }
  });

  it('lists the scenarios, posts a pick, keeps it and draws the views posted under it', async () => {
    const preview = await PreviewPage.open(chromium.browser, chromium.harness);
    try {
      await preview.draw([{ type: 'select', view: 'capacity' }, exampleUpdate()], 'capacity');
      assert.equal(await preview.visible('#rp-scenario-label'), true);
      const choices = await preview.value<string[]>("[...document.querySelectorAll('#rp-scenario option')].map((option) => option.value + '=' + option.textContent)");
      assert.deepEqual(choices, ['=As written', 'hires-late=hires-late: The two Infra hires arrive half a quarter late', 'cut-cost=cut-cost: Cut cost optimisation and keep half the time for BAU during the launch', 'audit-reopens=audit-reopens: The auditor reopens SOC 2 remediation two weeks late, and it may take twice as long']);
      assert.match(await preview.svgText(), /Infra Squad: peak 98% of capacity in 2026-Q4/);

      await preview.clearPosted();
      await preview.page.selectOption('#rp-scenario', 'cut-cost');
      await preview.waitFor((message) => message.type === 'setOption' && message.option === 'scenario' && message.value === 'cut-cost');
      assert.equal(await preview.value<string>("JSON.parse(sessionStorage.getItem('roadmap-preview-state')).scenario"), 'cut-cost');

      await preview.draw([exampleUpdate('cut-cost')], 'capacity');
      assert.match(await preview.svgText(), /Infra Squad: peak 118% of capacity in 2026-Q4/);
      assert.equal(await preview.value<string>("document.querySelector('#rp-scenario').value"), 'cut-cost');

      await preview.clearPosted();
      await preview.page.selectOption('#rp-scenario', '');
      await preview.waitFor((message) => message.type === 'setOption' && message.option === 'scenario' && message.value === null);
      assert.deepEqual(await preview.csp(), []);
    } finally {
      await preview.close();
    }
  });
});
