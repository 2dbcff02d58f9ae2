/**
 * The goals view in the real webview (issue 13): its tab, a click on a goal
 * or an initiative revealing its id, the legend naming the card styles in the
 * drawing's own colours, and a pack without goals showing the one line that
 * says how to add them. Skipped only when Chromium is absent.
 */
import { strict as assert } from 'node:assert';
import { NO_GOALS } from '../../server/src/pack/views';
import { PreviewPage, delay, useChromium } from './harness';
import { mermaidId, readPack, updateFor } from './updates';

const GOALS = 'test/fixtures/visual/goals.roadmap.yaml';
const NO_GOALS_PACK = 'examples/platform-inventory.roadmap.yaml';

describe('the goals view in the preview', function () {
  this.timeout(120_000);
  const chromium = useChromium('the goals view tests');
  let preview: PreviewPage;

  before(async () => {
    preview = await PreviewPage.open(chromium.browser, chromium.harness, 'vscode-dark', { width: 900, height: 800 });
  });
  after(async () => preview?.close());

  it('has a Goals tab, and a click on a goal or an initiative reveals its id', async () => {
    const update = updateFor(readPack(GOALS), { uri: `file:///${GOALS}` });
    const result = await preview.draw([{ type: 'select', view: 'goals' }, { ...update, version: 2 }], 'goals');
    assert.equal(result.type, 'rendered');
    assert.equal(await preview.text('#rp-tabs button.rp-selected'), 'Goals');
    for (const id of ['G2', 'reserve']) {
      await preview.clearPosted();
      await preview.page.locator(`#rp-canvas g.node[id*="-flowchart-${mermaidId(update, 'goals', id)}-"]`).click();
      assert.deepEqual(await preview.posted(), [{ type: 'reveal', id }]);
    }
  });

  it('has a legend of its card styles, each swatch in the colours of its cards', async () => {
    const legend = await preview.value<string[]>("[...document.querySelectorAll('#rp-canvas .rp-legend li')].map((li) => li.textContent)");
    assert.deepEqual(legend, ['Goal met', 'Goal late', 'Goal not served', 'Goal without a verdict', 'Delivers value (round ends)', 'Enabler']);
    const [swatch, card] = await preview.value<string[]>("[getComputedStyle(document.querySelector('#rp-canvas .rp-legend li:nth-child(2) .rp-swatch')).backgroundColor, getComputedStyle(document.querySelector('#rp-canvas g.node.late rect, #rp-canvas g.node.late path')).fill]");
    assert.equal(swatch, card);
  });

  it('for a pack without goals keeps its tab and says in one line how to add them', async () => {
    const update = updateFor(readPack(NO_GOALS_PACK), { uri: `file:///${NO_GOALS_PACK}` });
    // Nothing is drawn, so no `rendered` comes back: wait for the hint line instead.
    // A pack opens on a view with a drawing (here its board); the reader then picks Goals.
    await preview.deliver({ ...update, version: 3 });
    await preview.deliver({ type: 'select', view: 'goals' });
    for (let tries = 0; tries < 100 && !(await preview.text('#rp-hint')).includes('no goals'); tries++) await delay(100);
    assert.equal(await preview.value<boolean>("document.querySelector('#rp-tabs button[data-view=goals]').hidden"), false);
    assert.equal(await preview.text('#rp-hint'), NO_GOALS);
  });
});
