/**
 * The visual standard (visual.test.ts) for the goals view of a large pack:
 * 3,000 initiatives serving 20 goals, drawn as the goal cards alone, and one
 * goal drilled into; and a click on a goal card drilling down. The example
 * packs have few goals, below the aggregation.
 */
import { strict as assert } from 'node:assert';
import type { ToWebview } from '../../protocol/webview';
import { GROUP_PREFIX } from '../../protocol/views';
import { generatePack } from '../../bench/generatePack';
import { withGoals } from '../../bench/withGoals';
import { PreviewPage, useChromium } from './harness';
import { largePackStandard } from './largePackStandard';
import { mermaidId, updateFor } from './updates';

const TEXT = withGoals(generatePack(3_000));

describe('visual standard: goals of a 3,000-initiative pack', function () {
  this.timeout(120_000);
  const chromium = useChromium('the large-pack goals visual standard');
  largePackStandard(chromium, 'goals', TEXT, [
    { name: 'the goal cards alone', focus: undefined },
    { name: 'drilled into G1', focus: 'G1' },
  ]);

  it('a click on a goal card drills down into that goal', async () => {
    const preview = await PreviewPage.open(chromium.browser, chromium.harness, 'vscode-light', { width: 600, height: 800 });
    try {
      const update = updateFor(TEXT, { version: 1 });
      await preview.draw([{ type: 'select', view: 'goals' } as ToWebview, update], 'goals');
      await preview.clearPosted();
      await preview.page.locator(`#rp-canvas g.node[id*="-flowchart-${mermaidId(update, 'goals', `${GROUP_PREFIX}G2`)}-"]`).click();
      assert.deepEqual(await preview.posted(), [{ type: 'reveal', id: `${GROUP_PREFIX}G2`, view: 'goals' }]);
    } finally {
      await preview.close();
    }
  });
});
