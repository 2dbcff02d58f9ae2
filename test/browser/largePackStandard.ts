/**
 * The visual standard (visual.test.ts) for one view of a large pack, drawn as
 * it is aggregated and drilled into, in every theme at side-pane widths: the
 * example packs are below every aggregation, so these drawings need packs of
 * their own. Registers its tests in the calling `describe`.
 */
import { strict as assert } from 'node:assert';
import type { ViewName } from '../../protocol/views';
import type { ToWebview } from '../../protocol/webview';
import { type Chromium, PreviewPage, THEMES } from './harness';
import { describeViolations, measureCanvas } from './measure';
import { updateFor } from './updates';

const PANE_WIDTHS = [600, 900] as const;

export interface LargeDrawing {
  name: string;
  /** What a click drilled into (`focus`), or undefined for the aggregated drawing. */
  focus: string | undefined;
}

export function largePackStandard(chromium: Chromium, view: ViewName, text: string, drawings: readonly LargeDrawing[]): void {
  for (const theme of THEMES) {
    for (const width of PANE_WIDTHS) {
      describe(`${theme}, ${width} px pane`, () => {
        let preview: PreviewPage;
        let version = 0;
        before(async () => {
          preview = await PreviewPage.open(chromium.browser, chromium.harness, theme, { width, height: 800 });
        });
        after(async () => preview?.close());

        for (const drawing of drawings) {
          it(drawing.name, async () => {
            const update = updateFor(text, { version: ++version, ...(drawing.focus ? { view: { focus: drawing.focus } } : {}) });
            const result = await preview.draw([{ type: 'select', view } as ToWebview, update], view);
            assert.equal(result.type, 'rendered', JSON.stringify(result));
            const measured = await measureCanvas(preview.page);
            assert.ok(measured.labels > 0, 'the drawing has labels');
            const enforced = measured.violations.filter((violation) => !violation.advisory);
            if (enforced.length > 0) assert.fail(`${view} ${drawing.name} (${theme}, ${width} px):\n${describeViolations(enforced)}`);
          });
        }
      });
    }
  }
}
