/**
 * A portfolio's views in headless Chromium through the real webview
 * (harness.ts), from the update the server sends for examples/portfolio:
 * the Gantt by pack, Infra Squad's capacity with each pack's share stacked
 * (109% in 2026-Q3), the graph across packs with its blue arrows, the
 * other views' one-line reason, the portfolio's banner and click-to-source
 * by qualified id. The visual standard measures the same views
 * (visual.test.ts). Skipped only when Chromium is absent.
 */
import { strict as assert } from 'node:assert';
import type { ToWebview } from '../../protocol/webview';
import { CROSS_LINK_STYLE } from '../../server/src/pack';
import { CONFLICT_LINK_STYLE } from '../../server/src/pack/views/dependencies';
import { PreviewPage, delay, useChromium } from './harness';
import { mermaidId, portfolioUpdateFor } from './updates';

const PORTFOLIO = 'examples/portfolio/portfolio.roadmap.yaml';

describe('a portfolio in the preview', function () {
  this.timeout(60_000);
  const chromium = useChromium('the portfolio preview tests');
  const update = portfolioUpdateFor(PORTFOLIO);
  let preview: PreviewPage;
  let version = 1;
  const draw = (view: string) => preview.draw([{ type: 'select', view } as ToWebview, { ...update, version: ++version }], view);

  before(async () => {
    preview = await PreviewPage.open(chromium.browser, chromium.harness, 'vscode-light', { width: 900, height: 800 });
  });
  after(async () => preview?.close());

  it('says the portfolio has an error across its files, not the pack', async () => {
    await draw('gantt');
    assert.equal(await preview.text('#rp-banner-text'), 'The portfolio has 1 error across its 3 files; the preview draws what is valid.');
    assert.ok(await preview.visible('#rp-banner'));
  });

  it('gantt: a section per member pack, and a click on a bar reveals it by its qualified id', async () => {
    assert.equal((await draw('gantt')).type, 'rendered');
    const text = await preview.svgText();
    assert.ok(text.includes('Platform Engineering -- Reliability & Scale') && text.includes('Checkout -- Payments & Conversion'), text.slice(0, 400));
    const task = mermaidId(update, 'gantt', 'checkout:checkout-cache');
    const svgId = await preview.value<string>("document.querySelector('#rp-canvas svg').id");
    await preview.clearPosted();
    const bar = preview.page.locator(`[id="${svgId}-${task}"]`);
    const box = (await bar.boundingBox())!;
    await bar.click({ position: { x: 4, y: box.height / 2 } });
    assert.deepEqual(await preview.posted(), [{ type: 'reveal', id: 'checkout:checkout-cache' }]);
  });

  it('capacity: Infra Squad’s 109% in 2026-Q3, checkout’s band stacked on platform’s, against the capacity line', async () => {
    assert.equal((await draw('capacity')).type, 'rendered');
    const text = await preview.svgText();
    assert.match(text, /Infra Squad: peak 109% of capacity in 2026-Q3/);
    // Mermaid draws each series' bars in a group of its own, in order: checkout's (the sum) first, platform's over its foot.
    const heights = await preview.value<number[][]>(`[...document.querySelectorAll('#rp-canvas svg .bar-plot-0 rect, #rp-canvas svg .bar-plot-1 rect')].reduce((by, rect) => {
      const plot = rect.closest('[class^="bar-plot-"]').getAttribute('class') === 'bar-plot-0' ? 0 : 1;
      (by[plot] = by[plot] || []).push(rect.getBoundingClientRect().height);
      return by;
    }, [])`);
    assert.equal(heights.length, 2, JSON.stringify(heights));
    const [sum, platform] = heights;
    // A bar's height is its value on the axis's scale plus a few pixels of its own (its foot): compare differences, which cancel those.
    const band = sum[0] - platform[0];
    const platformQ4overQ3 = platform[1] - platform[0];
    assert.ok(band > 0, 'checkout’s band shows above platform’s in 2026-Q3');
    assert.ok(Math.abs(band / platformQ4overQ3 - 12 / 8.7) < 0.03, `checkout’s 12.0 in Q3 against platform’s 30.7 − 22.0 (${band} / ${platformQ4overQ3})`);
    assert.ok(Math.abs(sum[1] - platform[1]) < 0.5, 'Q4 is platform’s alone');
  });

  /** The pack boxes drawn, top to bottom, and the stroke style of every arrow. */
  async function graphOf(page: PreviewPage): Promise<{ boxes: string[]; strokes: string[]; nodes: number }> {
    const boxes = await page.value<{ title: string; top: number }[]>("[...document.querySelectorAll('#rp-canvas svg g.cluster')].map((box) => ({ title: box.querySelector('.cluster-label').textContent.trim(), top: box.getBoundingClientRect().top }))");
    const strokes = await page.value<string[]>("[...document.querySelectorAll('#rp-canvas svg path.flowchart-link')].map((path) => path.getAttribute('style') || '')");
    return { boxes: boxes.sort((a, b) => a.top - b.top).map((box) => box.title), strokes, nodes: await page.count('#rp-canvas svg g.node') };
  }
  const stroke = (style: string) => style.split(',')[0].replace('stroke:', '');

  it('deps in a side pane: the compact copy, a box per pack top to bottom, the two arrows between them blue', async () => {
    assert.equal((await draw('deps')).type, 'rendered');
    assert.ok(await preview.visible('#rp-compact'), 'the detailed graph is too small at 900 px: the compact copy is shown');
    const graph = await graphOf(preview);
    assert.deepEqual(graph.boxes, ['Platform Engineering -- Reliability & Scale', 'Checkout -- Payments & Conversion'], 'what checkout waits for above it');
    assert.equal(graph.nodes, 4, 'the four items the arrows between packs join');
    assert.deepEqual(graph.strokes.map((style) => style.includes(stroke(CROSS_LINK_STYLE))), [true, true]);
  });

  it('deps, detailed on request: every linked item in its pack’s box, the arrows between packs blue, the schedule-breaking ones orange', async () => {
    await preview.clearPosted();
    await preview.page.click('#rp-compact-toggle');
    await preview.waitFor((message) => message.type === 'rendered');
    const graph = await graphOf(preview);
    const deps = update.views.find((drawn) => drawn.view === 'deps')!;
    assert.deepEqual([...graph.boxes].sort(), ['Checkout -- Payments & Conversion', 'Platform Engineering -- Reliability & Scale']);
    assert.equal(graph.nodes, Object.keys(deps.sourceMap).length);
    assert.equal(graph.strokes.filter((style) => style.includes(stroke(CROSS_LINK_STYLE))).length, 2);
    assert.equal(graph.strokes.filter((style) => style.includes(stroke(CONFLICT_LINK_STYLE))).length, 2);
  });

  it('deps in a narrow pane: the compact copy too', async () => {
    const narrow = await PreviewPage.open(chromium.browser, chromium.harness, 'vscode-dark', { width: 500, height: 800 });
    try {
      assert.equal((await narrow.draw([{ type: 'select', view: 'deps' }, update], 'deps')).type, 'rendered');
      assert.ok(await narrow.visible('#rp-compact'));
      assert.equal((await graphOf(narrow)).nodes, 4);
    } finally {
      await narrow.close();
    }
  });

  for (const view of ['gates', 'metrics', 'goals', 'forecast']) {
    it(`${view}: no diagram, and the line saying to open a member pack`, async () => {
      await preview.clearPosted();
      await preview.deliver({ type: 'select', view } as ToWebview, { ...update, version: ++version });
      for (let waited = 0; (await preview.count('#rp-canvas .rp-empty')) === 0 && waited < 5000; waited += 20) await delay(20);
      assert.equal(await preview.text('#rp-canvas .rp-empty'), 'Nothing to draw in this view.');
      assert.match(await preview.text('#rp-hint'), /^Open a member pack to see its /);
      assert.equal(await preview.count('#rp-canvas svg'), 0);
    });
  }
});
