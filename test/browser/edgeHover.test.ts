/**
 * A schedule-breaking edge (RP401) of the dependency graph explains itself on
 * hover (media/preview/edgeHover.ts): on the example pack, its two RP401
 * edges each carry an SVG `<title>` naming both weeks, and the point halfway
 * along each drawn edge reaches that hover target (`elementFromPoint`), so a
 * pointer on the dashed line shows the tooltip. Also: text from the pack
 * stays text, and Export SVG leaves the hover targets out (they serve the
 * pointer only). Skipped only when Chromium is absent.
 */
import { strict as assert } from 'node:assert';
import { PreviewPage, useChromium } from './harness';
import { readPack, updateFor } from './updates';

const RELIABILITY = 'examples/platform-reliability/platform-reliability.roadmap.yaml';

interface Hover {
  id: string;
  title: string | undefined;
  /** What `elementFromPoint` finds halfway along the edge's path, and its `<title>`. */
  hit: string;
  hitTitle: string | undefined;
}

/** Each edge path Mermaid drew with an id of ours (`e12`), probed at its midpoint. */
async function hovers(preview: PreviewPage): Promise<Hover[]> {
  return preview.value<Hover[]>(`(() => {
    const svg = document.querySelector('#rp-canvas svg');
    return [...svg.querySelectorAll('path[data-id^="e"]')].filter((path) => /^e\\d+$/.test(path.dataset.id)).map((path) => {
      const target = path.nextElementSibling;
      // The graph may be wider than the pane: bring the edge in view first, as a reader would scroll to it.
      path.scrollIntoView({ block: 'center', inline: 'center' });
      const middle = path.getPointAtLength(path.getTotalLength() / 2);
      const point = new DOMPoint(middle.x, middle.y).matrixTransform(path.getScreenCTM());
      const hit = document.elementFromPoint(point.x, point.y);
      return {
        id: path.dataset.id,
        title: target?.classList.contains('rp-edge-hover') ? target.querySelector('title')?.textContent : undefined,
        hit: hit ? hit.tagName + '.' + (hit.getAttribute('class') ?? '') : 'nothing',
        // An SVG <title> on the hover target, or the title attribute an HTML edge label (the grouped graph's count) carries.
        hitTitle: hit?.querySelector(':scope > title')?.textContent ?? hit?.closest('[title]')?.getAttribute('title') ?? undefined,
      };
    });
  })()`);
}

describe('RP401 edges explained on hover', function () {
  this.timeout(120_000);
  const chromium = useChromium('the edge hover tests');

  it('the example: each RP401 edge has a tooltip naming both weeks, reached at its midpoint', async () => {
    const update = updateFor(readPack(RELIABILITY), { uri: `file:///${RELIABILITY}` });
    const preview = await PreviewPage.open(chromium.browser, chromium.harness, 'vscode-light', { width: 900, height: 800 });
    try {
      const result = await preview.draw([{ type: 'select', view: 'deps' }, { ...update, version: 2 }], 'deps');
      assert.equal(result.type, 'rendered', JSON.stringify(result));
      const found = await hovers(preview);
      const titles = found.map((hover) => hover.title).sort();
      assert.deepEqual(titles, ['cost-optimization starts 2026-Q4-W8, before autoscaling ends 2026-Q4-W10 (RP401)', 'load-test-3x starts 2026-Q4-W10, before autoscaling ends 2026-Q4-W10 (RP401)']);
      for (const hover of found) {
        assert.equal(hover.hitTitle, hover.title, `the midpoint of ${hover.id} reaches ${hover.hit}, not its hover target`);
        assert.match(hover.hit, /^path\.rp-edge-hover$/);
      }
    } finally {
      await preview.close();
    }
  });

  it('the grouped graph: an arrow that carries a conflict has a tooltip counting and naming it, reached at its midpoint', async () => {
    const update = updateFor(readPack(RELIABILITY), { uri: `file:///${RELIABILITY}`, groupBy: 'theme', view: { aggregateAbove: 2 } });
    const preview = await PreviewPage.open(chromium.browser, chromium.harness, 'vscode-light', { width: 900, height: 800 });
    try {
      const result = await preview.draw([{ type: 'select', view: 'deps' }, { ...update, version: 2 }], 'deps');
      assert.equal(result.type, 'rendered', JSON.stringify(result));
      const found = await hovers(preview);
      assert.deepEqual(found.map((hover) => hover.title), ['1 schedule conflict between Scale and Cost:\n- cost-optimization starts 2026-Q4-W8, before autoscaling ends 2026-Q4-W10 (RP401)']);
      for (const hover of found) assert.equal(hover.hitTitle, hover.title, `the midpoint of ${hover.id} reaches ${hover.hit}, not its hover target`);
    } finally {
      await preview.close();
    }
  });

  it('a title from the pack stays text: markup in it draws no element', async () => {
    const update = updateFor(readPack(RELIABILITY), { uri: `file:///${RELIABILITY}` });
    const deps = update.views.find((view) => view.view === 'deps')!;
    const hostile = '<img src=x onerror="window.__pwned=1">';
    deps.edgeTips = Object.fromEntries(Object.keys(deps.edgeTips ?? {}).map((id) => [id, hostile]));
    const preview = await PreviewPage.open(chromium.browser, chromium.harness, 'vscode-light', { width: 900, height: 800 });
    try {
      const result = await preview.draw([{ type: 'select', view: 'deps' }, { ...update, version: 2 }], 'deps');
      assert.equal(result.type, 'rendered', JSON.stringify(result));
      const found = await hovers(preview);
      assert.ok(found.length > 0, 'the hostile tips were placed');
      for (const hover of found) assert.equal(hover.title, hostile);
      assert.equal(await preview.count('.rp-edge-hover img'), 0);
      assert.equal(await preview.pwned(), undefined);
    } finally {
      await preview.close();
    }
  });

  for (const grouped of [false, true]) it(`Export SVG of the ${grouped ? 'grouped' : 'detailed'} graph leaves the hover targets and tooltips out, and every drawn edge in`, async () => {
    const update = updateFor(readPack(RELIABILITY), grouped ? { uri: `file:///${RELIABILITY}`, groupBy: 'theme', view: { aggregateAbove: 2 } } : { uri: `file:///${RELIABILITY}` });
    const preview = await PreviewPage.open(chromium.browser, chromium.harness, 'vscode-light', { width: 900, height: 800 });
    try {
      const result = await preview.draw([{ type: 'select', view: 'deps' }, { ...update, version: 2 }], 'deps');
      assert.equal(result.type, 'rendered', JSON.stringify(result));
      const drawn = await preview.value<{ hovers: number; edges: number }>(`({ hovers: document.querySelectorAll('#rp-canvas .rp-edge-hover').length, edges: document.querySelectorAll('#rp-canvas path[data-id]').length })`);
      assert.ok(drawn.hovers >= 1, 'the preview has its hover targets');
      if (grouped) assert.equal(await preview.count('#rp-canvas [title]'), 1, 'the grouped arrow\'s count carries the tooltip');
      await preview.clearPosted();
      await preview.page.click('#rp-export');
      const [message] = await preview.posted();
      assert.ok(message.type === 'exportSvg' && message.view === 'deps', JSON.stringify(message).slice(0, 200));
      const exported = await preview.value<{ hovers: number; titles: number; edges: number; pointer: number }>(`(() => {
        const svg = new DOMParser().parseFromString(${JSON.stringify(message.svg)}, 'image/svg+xml').documentElement;
        return { hovers: svg.querySelectorAll('.rp-edge-hover').length, titles: svg.querySelectorAll('title, [title]').length, edges: svg.querySelectorAll('path[data-id]').length, pointer: svg.querySelectorAll('[style*="pointer-events"]').length };
      })()`);
      assert.deepEqual(exported, { hovers: 0, titles: 0, edges: drawn.edges, pointer: 0 });
      assert.equal(await preview.count('#rp-canvas .rp-edge-hover'), drawn.hovers, 'exporting leaves the preview as it was');
    } finally {
      await preview.close();
    }
  });
});
