/**
 * The visual standard (visual.test.ts) for one view of a large pack, drawn as
 * it is aggregated and drilled into, in every theme at side-pane widths: the
 * example packs are below every aggregation, so these drawings need packs of
 * their own. Registers its tests in the calling `describe`.
 */
import { strict as assert } from 'node:assert';
import type { ViewName } from '../../protocol/views';
import type { ToWebview } from '../../protocol/webview';
import { type Chromium, forEveryPane } from './harness';
import { describeViolations, measureCanvas } from './measure';
import { updateFor } from './updates';

const PANE_WIDTHS = [600, 900] as const;

export interface LargeDrawing {
  name: string;
  /** What a click drilled into (`focus`), or undefined for the aggregated drawing. */
  focus: string | undefined;
}

export function largePackStandard(chromium: Chromium, view: ViewName, text: string, drawings: readonly LargeDrawing[]): void {
  forEveryPane(chromium, PANE_WIDTHS, 800, (pane) => {
    for (const drawing of drawings) {
      it(drawing.name, async () => {
        const update = updateFor(text, { version: pane.nextVersion(), ...(drawing.focus ? { view: { focus: drawing.focus } } : {}) });
        const result = await pane.preview.draw([{ type: 'select', view } as ToWebview, update], view);
        assert.equal(result.type, 'rendered', JSON.stringify(result));
        const measured = await measureCanvas(pane.preview.page);
        assert.ok(measured.labels > 0, 'the drawing has labels');
        const enforced = measured.violations.filter((violation) => !violation.advisory);
        if (enforced.length > 0) assert.fail(`${view} ${drawing.name} (${pane.theme}, ${pane.width} px):\n${describeViolations(enforced)}`);
      });
    }
  });
}
