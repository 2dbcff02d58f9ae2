/**
 * The visual standard (visual.test.ts) for the gates view of a large pack:
 * 3,000 initiatives, 150 gates, drawn one card per quarter, and one quarter
 * drilled into. The example packs have six gates, below the aggregation.
 */
import { strict as assert } from 'node:assert';
import type { ToWebview } from '../../protocol/webview';
import { generatePack } from '../../bench/generatePack';
import { gatesView } from '../../server/src/pack/views/gates';
import { checkPack } from '../../server/src/pack';
import { PreviewPage, THEMES, useChromium } from './harness';
import { describeViolations, measureCanvas } from './measure';
import { updateFor } from './updates';

const PANE_WIDTHS = [600, 900] as const;
const TEXT = generatePack(3_000);
const FIRST_QUARTER = Object.values(gatesView(checkPack(TEXT)).sourceMap)[0].slice('group:'.length);
const DRAWINGS = [
  { name: 'aggregated by quarter', focus: undefined },
  { name: `drilled into ${FIRST_QUARTER}`, focus: FIRST_QUARTER },
];

describe('visual standard: gates of a 3,000-initiative pack', function () {
  this.timeout(120_000);
  const chromium = useChromium('the large-pack gates visual standard');

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
            const result = await preview.draw([{ type: 'select', view: 'gates' } as ToWebview, update], 'gates');
            assert.equal(result.type, 'rendered', JSON.stringify(result));
            const measured = await measureCanvas(preview.page);
            assert.ok(measured.labels > 0, 'the drawing has labels');
            const enforced = measured.violations.filter((violation) => !violation.advisory);
            if (enforced.length > 0) assert.fail(`gates ${drawing.name} (${theme}, ${width} px):\n${describeViolations(enforced)}`);
          });
        }
      });
    }
  }
});
