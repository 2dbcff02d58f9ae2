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
import { PreviewPage, THEMES, useChromium } from './harness';
import { describeViolations, measureCanvas } from './measure';
import { mermaidId, updateFor } from './updates';

const PANE_WIDTHS = [600, 900] as const;
const TEXT = withGoals(generatePack(3_000));
const DRAWINGS = [
  { name: 'the goal cards alone', focus: undefined },
  { name: 'drilled into G1', focus: 'G1' },
];

describe('visual standard: goals of a 3,000-initiative pack', function () {
  this.timeout(120_000);
  const chromium = useChromium('the large-pack goals visual standard');

  for (const theme of THEMES) {
    for (const width of PANE_WIDTHS) {
      describe(`${theme}, ${width} px pane`, () => {
        let preview: PreviewPage;
        let version = 0;
        before(async () => {
          preview = await PreviewPage.open(chromium.browser, chromium.harness, theme, { width, height: 800 });
        });
        after(async () => preview?.close());

        for (const drawing of DRAWINGS) {
          it(drawing.name, async () => {
            const update = updateFor(TEXT, { version: ++version, ...(drawing.focus ? { view: { focus: drawing.focus } } : {}) });
            const result = await preview.draw([{ type: 'select', view: 'goals' } as ToWebview, update], 'goals');
            assert.equal(result.type, 'rendered', JSON.stringify(result));
            const measured = await measureCanvas(preview.page);
            assert.ok(measured.labels > 0, 'the drawing has labels');
            const enforced = measured.violations.filter((violation) => !violation.advisory);
            if (enforced.length > 0) assert.fail(`goals ${drawing.name} (${theme}, ${width} px):\n${describeViolations(enforced)}`);
          });
        }
      });
    }
  }

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
