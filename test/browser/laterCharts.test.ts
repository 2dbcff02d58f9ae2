/**
 * Capacity's charts below the first screen (media/preview/laterCharts.ts):
 * `rendered` is posted once the first screen's charts are drawn, with the
 * others as placeholders of a chart's size; they are drawn after it, each
 * laid out as the first (axis fitted), the drawing's size unchanged.
 * Skipped only when Chromium is absent.
 */
import { strict as assert } from 'node:assert';
import { generatePack } from '../../bench/generatePack';
import { PreviewPage, useChromium } from './harness';
import { updateFor } from './updates';

describe('capacity: the first screen first, the other charts after', function () {
  this.timeout(120_000);
  const chromium = useChromium('the later-charts test');

  it('posts rendered with the first screen drawn, then draws every team’s chart in the placeholders’ size', async () => {
    const preview = await PreviewPage.open(chromium.browser, chromium.harness, 'vscode-light', { width: 600, height: 800 });
    try {
      const update = updateFor(generatePack(200));
      const charts = update.views.find((drawn) => drawn.view === 'capacity')!.diagrams.length;
      assert.ok(charts >= 8, `${charts} team charts`);
      await preview.draw([{ type: 'select', view: 'capacity' }], 'capacity').catch(() => undefined);
      // What the canvas holds when the webview posts `rendered`.
      await preview.value(`(() => { const push = window.__posted.push; window.__posted.push = function (message) { if (message.type === 'rendered') window.__atRendered = { svgs: document.querySelectorAll('#rp-canvas svg').length, pending: document.querySelectorAll('#rp-canvas .rp-pending').length, height: document.getElementById('rp-sizer').offsetHeight }; return push.apply(this, arguments); }; })()`);
      const result = await preview.draw([{ ...update, version: 5 }], 'capacity');
      assert.equal(result.type, 'rendered', JSON.stringify(result));
      const atRendered = await preview.value<{ svgs: number; pending: number; height: number }>('window.__atRendered');
      assert.ok(atRendered.svgs >= 1 && atRendered.svgs < charts, `${atRendered.svgs} of ${charts} charts drawn before rendered`);
      assert.equal(atRendered.svgs + atRendered.pending, charts, 'a placeholder for each chart not yet drawn');
      const after = await preview.value<{ sizes: string[]; fitted: number; height: number }>(`(() => {
        const svgs = [...document.querySelectorAll('#rp-canvas svg')];
        return { sizes: svgs.map((svg) => svg.width.baseVal.value + 'x' + svg.height.baseVal.value), fitted: svgs.filter((svg) => svg.querySelector('g.bottom-axis g.label text')).length, height: document.getElementById('rp-sizer').offsetHeight };
      })()`);
      assert.equal(after.sizes.length, charts);
      assert.equal(new Set(after.sizes).size, 1, `every chart the size of the first: ${after.sizes.join(', ')}`);
      assert.equal(after.fitted, charts);
      assert.ok(Math.abs(after.height - atRendered.height) <= 2, `the drawing kept its height: ${atRendered.height} then ${after.height}`);
    } finally {
      await preview.close();
    }
  });

  it('goes on drawing them when an update that changes nothing arrives meanwhile', async () => {
    const preview = await PreviewPage.open(chromium.browser, chromium.harness, 'vscode-light', { width: 600, height: 800 });
    try {
      const update = updateFor(generatePack(200));
      await preview.draw([{ type: 'select', view: 'capacity' }], 'capacity').catch(() => undefined);
      await preview.clearPosted();
      await preview.deliver({ ...update, version: 7 });
      await preview.waitFor((message) => message.type === 'rendered' && message.view === 'capacity');
      const pending = await preview.count('#rp-canvas .rp-pending');
      await preview.deliver({ ...update, version: 8 }); // the same views: nothing to draw again, and it stops the later charts' task
      await preview.drawnWhole(10_000);
      assert.ok(pending > 0, 'charts were still to draw when the second update came');
      assert.equal(await preview.count('#rp-canvas svg'), update.views.find((drawn) => drawn.view === 'capacity')!.diagrams.length);
    } finally {
      await preview.close();
    }
  });

  it('Export SVG right after rendered saves every team’s chart, the ones still to draw included', async () => {
    const preview = await PreviewPage.open(chromium.browser, chromium.harness, 'vscode-light', { width: 600, height: 800 });
    try {
      const update = updateFor(generatePack(200));
      const charts = update.views.find((drawn) => drawn.view === 'capacity')!.diagrams.length;
      await preview.draw([{ type: 'select', view: 'capacity' }], 'capacity').catch(() => undefined);
      await preview.clearPosted();
      // Export SVG pressed in the very task that posts `rendered`, while charts are still placeholders.
      await preview.value(`(() => { const push = window.__posted.push; window.__posted.push = function (message) { const result = push.apply(this, arguments); if (message.type === 'rendered') { window.__pendingAtExport = document.querySelectorAll('#rp-canvas .rp-pending').length; document.getElementById('rp-export').click(); } return result; }; })()`);
      await preview.deliver({ ...update, version: 9 });
      const message = await preview.waitFor((posted) => posted.type === 'exportSvg');
      assert.ok((await preview.value<number>('window.__pendingAtExport')) > 0, 'charts were still to draw when Export SVG was pressed');
      assert.ok(message.type === 'exportSvg' && message.view === 'capacity');
      assert.equal(message.svg.match(/<svg /g)!.length, charts + 1, `an outer <svg> around all ${charts} charts`);
    } finally {
      await preview.close();
    }
  });
});
