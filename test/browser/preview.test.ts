/**
 * The preview webview in headless Chromium: the real HTML and CSP
 * (client/src/preview/html.ts), the production bundle, and `update` messages built
 * with the real core. Skipped only when /usr/bin/chromium is absent.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { VIEWS } from '../../protocol/views';
import type { ViewName } from '../../protocol/views';
import type { FromWebview, ToWebview } from '../../protocol/webview';
import { generatePack } from '../../bench/generatePack';
import { repoPath } from '../helpers/repoRoot';
import { EXPECTED_REQUESTS, OUTPUT, PreviewPage, delay, useChromium } from './harness';
import { Update, mermaidId, readPack, updateFor, viewsOf } from './updates';

const RELIABILITY = 'examples/platform-reliability/platform-reliability.roadmap.yaml';
const INVENTORY = 'examples/platform-inventory.roadmap.yaml';
const NOW_NEXT_LATER = 'examples/platform-2025.roadmap.yaml';

/** Labels each view of each example must show (compared without whitespace: timelines wrap words into separate tspans). */
const LABELS: Record<string, Partial<Record<ViewName, string[]>>> = {
  [RELIABILITY]: {
    gantt: ['Distributed tracing + observability platform', 'PgBouncer evaluation', 'SOC 2 pre-work: gap assessment', '2026-Q3'],
    gates: ['PgBouncer evaluation', 'Tracing vendor selection'],
    deps: ['Distributed tracing + observability platform', 'PgBouncer evaluation', 'tracing, 2026-Q3-W1..W12'],
    capacity: ['Infra Squad', 'DevEx Squad', 'Data Platform Squad', 'peak 98% of capacity in 2026-Q4', 'Planned load', 'Capacity', 'Over weekly capacity'],
    // Derived from today (2026-08-01, 2026-Q3-W4): Q3 work started by then is now, the rest of Q3 and Q4 next.
    board: ['Done', 'Now', 'Next', 'Later', 'Distributed tracing + observability platform', 'Autoscaling overhaul'],
  },
  [INVENTORY]: {
    gantt: ['Distributed tracing + observability platform', 'Database scaling (pooling, read-routing, job isolation)'],
    gates: ['Decision gates'],
    deps: ['Caching tier hardening (Redis Cluster)'],
    capacity: ['Infra Squad', 'Data Platform Squad'],
  },
  [NOW_NEXT_LATER]: {
    gantt: ['Platform 2025 -- Technology Roadmap'],
    gates: ['Decision gates'],
    deps: ['Kafka deployment', 'API Gateway'],
    capacity: ['Platform', 'Supply Chain'],
    board: ['Now', 'Next', 'Later', 'Kafka deployment', 'OpenTelemetry'],
  },
};

const HOSTILE = [
  ...readdirSync(repoPath('test/fixtures/hostile'))
    .filter((name) => name.endsWith('.roadmap.yaml'))
    .map((name) => `test/fixtures/hostile/${name}`),
  'test/browser/fixtures/xss.roadmap.yaml',
];
const XSS_LABELS = ['<img src=x onerror="window.__pwned=1">', '<script>window.__pwned=1</script>', 'click t1 call alert(1)', '%%{init: {"securityLevel":"loose"}}%%', 'javascript:window.__pwned=1'];
/** What the page may ask the server for: its HTML, script and style, and the favicon Chromium always tries. */
const SCREENSHOTS = join(OUTPUT, 'screenshots');

/** Without whitespace, and a non-breaking hyphen (dates in flowcharts are written with them) read as `-`. */
const squash = (text: string) => text.replace(/\s+/g, '').replace(/\u2011/g, '-');

describe('preview webview in Chromium', function () {
  this.timeout(120_000);
  const chromium = useChromium('the preview webview tests');

  before(() => {
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  /** A fresh page per suite: its own state, messages and CSP record. */
  function usePage(theme?: string, viewport?: { width: number; height: number }): () => PreviewPage {
    let preview: PreviewPage;
    before(async () => {
      preview = await PreviewPage.open(chromium.browser, chromium.harness, theme, viewport);
    });
    after(async () => preview?.close());
    return () => preview;
  }

  async function assertDrawn(preview: PreviewPage, result: FromWebview, view: ViewName, labels: string[] = []): Promise<string> {
    assert.deepEqual(result.type, 'rendered', `expected ${view} to render, got ${JSON.stringify(result)}`);
    assert.ok((await preview.count('#rp-canvas svg')) >= 1, 'an <svg> in the canvas');
    const text = await preview.svgText();
    assert.doesNotMatch(text, /Maximum text size/i, 'no maxTextSize placeholder');
    assert.doesNotMatch(text, /Syntax error/i, 'no Mermaid error picture');
    assert.equal(await preview.visible('#rp-error'), false, 'no error box');
    assert.ok(!(await preview.posted()).some((m) => m.type === 'renderError'), 'no renderError');
    for (const label of labels) assert.ok(squash(text).includes(squash(label)), `${view} shows ${JSON.stringify(label)}`);
    return text;
  }

  describe('on load', () => {
    const page = usePage();

    it('posts ready once and waits for an update', async () => {
      assert.deepEqual(await page().posted(), [{ type: 'ready' }]);
      assert.equal(await page().count('#rp-canvas svg'), 0);
    });

    it('has no CSP violation and asked only for its own files', async () => {
      assert.deepEqual(await page().csp(), []);
      assert.ok(chromium.harness.requests.every((path) => EXPECTED_REQUESTS.has(path)), chromium.harness.requests.join(', '));
    });
  });

  for (const example of [RELIABILITY, INVENTORY, NOW_NEXT_LATER]) {
    describe(example, () => {
      const page = usePage();
      const update = updateFor(readPack(example));
      const views = viewsOf(update);

      it('shows a tab per view, and opens a now-next-later pack (whose gantt has no bars) on its board', async () => {
        const opening = example === NOW_NEXT_LATER ? 'board' : 'gantt';
        await page().draw([update], opening);
        const tabs = await page().value<string[]>("[...document.querySelectorAll('#rp-tabs button:not([hidden])')].map((b) => b.dataset.view)");
        assert.deepEqual(tabs, [...VIEWS]);
        assert.equal(await page().text('#rp-tabs button.rp-selected'), opening === 'board' ? 'Board' : 'Gantt');
        assert.equal(views.includes('gantt'), example !== NOW_NEXT_LATER);
      });

      for (const view of views) {
        it(`draws ${view}`, async () => {
          const result = view === 'gantt' ? await page().draw([update], 'gantt') : await page().select(view);
          const drawn = update.views.find((v) => v.view === view)!;
          await assertDrawn(page(), result, view, LABELS[example][view]);
          assert.equal(await page().count('#rp-canvas svg'), drawn.diagrams.length, 'one <svg> per diagram');
          if (example === RELIABILITY) await page().page.screenshot({ path: join(SCREENSHOTS, `${view}.png`) });
        });
      }

      const boardLabels = LABELS[example].board;
      if (boardLabels) {
        it('draws its board as HTML, no Mermaid', async () => {
          const result = await page().select('board');
          assert.equal(result.type, 'rendered', JSON.stringify(result));
          assert.equal(await page().count('#rp-canvas svg'), 0);
          const shown = squash(await page().text('#rp-canvas .rp-board'));
          for (const label of boardLabels) assert.ok(shown.includes(squash(label)), `shows ${label}`);
          await page().page.screenshot({ path: join(SCREENSHOTS, 'board.png') });
        });
      }

      it('hit no CSP violation', async () => {
        assert.deepEqual(await page().csp(), []);
      });
    });
  }

  describe('in a 600 px side pane', () => {
    const page = usePage('vscode-light', { width: 600, height: 800 });
    const update = updateFor(readPack(RELIABILITY));
    const weekly = updateFor(readPack(RELIABILITY), { weekly: true, version: 2 });
    const scale = async () => Number(/scale\(([\d.]+)\)/.exec(await page().value<string>("document.getElementById('rp-canvas').style.transform"))?.[1] ?? 1);

    it('gantt: every label whole inside the drawing, none left of a bar over the section titles, Today over the rows only', async () => {
      await page().draw([update], 'gantt');
      const found = await page().value<{ svg: number[]; titlesRight: number; rowsBottom: number; labels: [string, number, number][]; today: number[]; ticks: number[][] }>(`(() => {
        const svg = document.querySelector('#rp-canvas svg');
        const box = (e) => { const b = e.getBoundingClientRect(); return [b.left, b.right, b.top, b.bottom]; };
        const labels = [...svg.querySelectorAll('text[id$="-text"]:not(.vertText)')].map((t) => [t.textContent, ...box(t).slice(0, 2)]);
        const today = [...svg.querySelectorAll('rect.vert')].find((r) => !r.classList.contains('rp-quarter'));
        return {
          svg: box(svg),
          titlesRight: Math.max(...[...svg.querySelectorAll('text.sectionTitle')].map((t) => box(t)[1])),
          rowsBottom: Math.max(...[...svg.querySelectorAll('rect.section')].map((r) => box(r)[3])),
          labels, today: box(today),
          ticks: [...svg.querySelectorAll('g.grid .tick text')].filter((t) => t.getAttribute('visibility') !== 'hidden').map(box),
        };
      })()`);
      assert.ok(found.svg[1] - found.svg[0] <= 600 - 16, `the drawing fits the pane: ${found.svg[1] - found.svg[0]} px`);
      assert.equal(found.labels.length, 17, '11 initiatives and 6 gates');
      for (const [text, left, right] of found.labels) {
        assert.ok(left >= found.svg[0] && right <= found.svg[1], `${text} inside the drawing: ${left}..${right} in ${found.svg[0]}..${found.svg[1]}`);
        assert.ok(left >= found.titlesRight, `${text} clear of the section titles (${left} < ${found.titlesRight})`);
      }
      assert.ok(found.today[3] <= found.rowsBottom + 1, 'Today ends with the rows');
      for (const tick of found.ticks) assert.ok(tick[2] >= found.today[3], 'no axis label under the Today line');
    });

    it('gantt: a legend says what red, the fills and the lines mean, in the drawing’s own colours', async () => {
      const legend = await page().value<string[]>("[...document.querySelectorAll('#rp-canvas .rp-legend li')].map((li) => li.textContent)");
      // The example as of 2026-12-01: its critical initiatives are done or in progress, none only planned.
      assert.deepEqual(legend, ['Planned', 'Done', 'Critical, in progress', 'Critical, done', 'Decision gate or milestone', 'Critical gate', 'Today', 'Start of a quarter']);
      const colours = await page().value<string[]>("[getComputedStyle(document.querySelector('#rp-canvas .rp-legend li:nth-child(3) .rp-swatch')).backgroundColor, getComputedStyle(document.querySelector('#rp-canvas rect.task[class*=activeCrit]:not(.milestone)')).fill]");
      assert.equal(colours[0], colours[1]);
    });

    it('capacity: each chart as wide as the pane, with its legend', async () => {
      await page().select('capacity');
      const widths = await page().value<number[]>("[...document.querySelectorAll('#rp-canvas svg')].map((svg) => svg.getBoundingClientRect().width)");
      const pane = await page().value<number>("document.getElementById('rp-viewport').clientWidth");
      assert.equal(widths.length, 3);
      for (const width of widths) assert.ok(width <= pane && width >= pane - 40, `${width} px in a ${pane} px pane`);
      assert.ok(squash(await page().svgText()).includes(squash('Planned load Capacity Over weekly capacity')), 'Infra Squad’s chart: its legend, with the load over its weeks’ capacity');
    });

    it('capacity, weekly: 26 weeks with their labels thinned so that none touch, and no bar for an empty week', async () => {
      await page().draw([weekly], 'capacity');
      const shown = await page().value<number[][]>("[...document.querySelector('#rp-canvas svg').querySelectorAll('g.bottom-axis g.label text')].filter((t) => t.getAttribute('visibility') !== 'hidden').map((t) => { const b = t.getBoundingClientRect(); return [b.left, b.right]; })");
      assert.ok(shown.length >= 4 && shown.length < 26, `${shown.length} of 26 labels shown`);
      for (let i = 1; i < shown.length; i++) assert.ok(shown[i][0] > shown[i - 1][1], `label ${i} clear of the one before`);
      assert.equal(await page().count('#rp-canvas g.plot [class^="bar-plot"] rect[height="0"]'), 0);
    });

    it('board: a quarterly pack’s board as of today, its columns topped level, the pane’s width at fit to width', async () => {
      await page().select('board');
      const tops = await page().value<number[]>("[...document.querySelectorAll('#rp-canvas .rp-board-column')].map((c) => Math.round(c.getBoundingClientRect().top))");
      assert.equal(tops.length, 4);
      assert.equal(new Set(tops).size, 1, `column tops ${tops.join(', ')}`);
      const sizes = await page().value<number[]>("[document.getElementById('rp-sizer').offsetWidth, document.getElementById('rp-viewport').clientWidth]");
      assert.ok(sizes[0] <= sizes[1], `the board fits the pane at the default zoom: ${sizes[0]} px in ${sizes[1]}`);
      assert.equal(await scale(), 1, 'fit to width: the board is laid out to the pane, zoom 1');
      assert.equal(await page().text('#rp-hint'), 'Derived from today (2026-Q3): done, started, starting by the end of next quarter, later.');
    });

    it('keeps a zoom the reader chose, and the reset button goes back to fit to width', async () => {
      const fitted = await scale();
      await page().page.click('#rp-zoom-in');
      assert.ok(Math.abs((await scale()) - fitted * 1.25) < 1e-3);
      await page().select('gantt');
      assert.ok(Math.abs((await scale()) - fitted * 1.25) < 1e-3, 'the chosen zoom stays for another view');
      await page().select('board');
      await page().page.click('#rp-zoom-reset');
      assert.ok(Math.abs((await scale()) - fitted) < 1e-3);
      await page().select('gantt');
      assert.equal(await scale(), 1, 'fit to width: the gantt is drawn to the pane, zoom 1');
    });
  });

  describe('a large graph as the first drawing of a page', () => {
    const page = usePage();

    it('is parsed under the preview’s limits, not Mermaid’s defaults (more than 500 edges)', async () => {
      const large = updateFor(generatePack(400), { view: { aggregateAbove: Infinity } });
      const deps = large.views.find((drawn) => drawn.view === 'deps')!;
      assert.ok((deps.diagrams[0].match(/-->|-\.->|==>/g) ?? []).length > 500, 'over Mermaid’s default maxEdges');
      const result = await page().draw([{ type: 'select', view: 'deps' } as ToWebview, large], 'deps', 90_000);
      assert.equal(result.type, 'rendered', JSON.stringify(result).slice(0, 300));
    });
  });

  describe('click-to-source', () => {
    const page = usePage();
    const update = updateFor(readPack(RELIABILITY));

    it('gantt: Mermaid ids its bars <svg id>-t2 and their labels <svg id>-t2-text; a click on either reveals the initiative', async () => {
      await page().draw([update], 'gantt');
      const task = mermaidId(update, 'gantt', 'tracing');
      const svgId = await page().value<string>("document.querySelector('#rp-canvas svg').id");
      assert.equal(await page().value<string>(`document.getElementById(${JSON.stringify(`${svgId}-${task}`)})?.tagName`), 'rect');
      assert.equal(await page().value<string>(`document.getElementById(${JSON.stringify(`${svgId}-${task}-text`)})?.tagName`), 'text');
      assert.equal(await page().value<string>(`getComputedStyle(document.getElementById(${JSON.stringify(`${svgId}-${task}`)})).cursor`), 'pointer');

      await page().clearPosted();
      const bar = page().page.locator(`[id="${svgId}-${task}"]`);
      const box = (await bar.boundingBox())!;
      await bar.click({ position: { x: 4, y: box.height / 2 } }); // the bar's left end, clear of its centred label
      assert.deepEqual(await page().posted(), [{ type: 'reveal', id: 'tracing' }]);

      await page().clearPosted();
      await page().page.locator(`[id="${svgId}-${task}-text"]`).click();
      assert.deepEqual(await page().posted(), [{ type: 'reveal', id: 'tracing' }]);
    });

    it('gantt: a gate milestone reveals the gate', async () => {
      const gate = mermaidId(update, 'gantt', 'gate-pgbouncer');
      await page().clearPosted();
      await page().page.locator(`#rp-canvas rect[id$="-${gate}"]`).click({ force: true });
      assert.deepEqual(await page().posted(), [{ type: 'reveal', id: 'gate-pgbouncer' }]);
    });

    it('deps: Mermaid ids its nodes <svg id>-flowchart-n1-0; a click on the node reveals the initiative', async () => {
      await page().select('deps');
      const node = mermaidId(update, 'deps', 'tracing');
      const ids = await page().value<string[]>("[...document.querySelectorAll('#rp-canvas g.node')].map((g) => g.id)");
      assert.ok(ids.some((id) => new RegExp(`-flowchart-${node}-\\d+$`).test(id)), ids.slice(0, 3).join(', '));
      await page().clearPosted();
      await page().page.locator(`#rp-canvas g.node[id*="-flowchart-${node}-"]`).click();
      assert.deepEqual(await page().posted(), [{ type: 'reveal', id: 'tracing' }]);
    });

    it('a drag that starts on a node pans and reveals nothing', async () => {
      await page().clearPosted();
      const node = mermaidId(update, 'deps', 'tracing');
      const box = (await page().page.locator(`#rp-canvas g.node[id*="-flowchart-${node}-"]`).boundingBox())!;
      const mouse = page().page.mouse;
      await mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await mouse.down();
      await mouse.move(box.x + box.width / 2 - 60, box.y + box.height / 2 - 10, { steps: 5 });
      await mouse.up();
      assert.deepEqual(await page().posted(), []);
    });

    it('gates: a gate card reveals the gate', async () => {
      await page().select('gates');
      const card = mermaidId(update, 'gates', 'gate-pgbouncer');
      await page().clearPosted();
      await page().page.locator(`#rp-canvas g.node[id*="-flowchart-${card}-"]`).click();
      assert.deepEqual(await page().posted(), [{ type: 'reveal', id: 'gate-pgbouncer' }]);
    });
    it('an aggregated Gantt bar drills down: its click posts the group, and a focused update offers Show all', async () => {
      const large = readPack(RELIABILITY); // 11 initiatives: aggregate above 2 to get group bars
      const grouped = updateFor(large, { groupBy: 'theme', version: 5, view: { aggregateAbove: 2 } });
      await page().select('gantt');
      await page().draw([grouped], 'gantt');
      const bar = mermaidId(grouped, 'gantt', 'group:Scale');
      await page().clearPosted();
      await page().page.locator(`#rp-canvas rect[id$="-${bar}"]`).click({ force: true });
      assert.deepEqual(await page().posted(), [{ type: 'reveal', id: 'group:Scale', view: 'gantt' }], 'the drill-down names the view it belongs to');
      assert.equal(await page().value<boolean>("document.getElementById('rp-show-all').hidden"), true);
      const focused = updateFor(large, { groupBy: 'theme', version: 6, view: { aggregateAbove: 2, focus: 'Scale' } });
      await page().draw([{ ...focused, options: { ...focused.options, focus: 'Scale', focusView: 'gantt' } }], 'gantt');
      assert.equal(await page().value<boolean>("document.getElementById('rp-show-all').hidden"), false);
      // Another tab is not drilled into: it offers no Show all; back on the Gantt, the drill-down is still there.
      await page().select('gates');
      assert.equal(await page().value<boolean>("document.getElementById('rp-show-all').hidden"), true, 'Gates offers no Show all for the Gantt’s focus');
      await page().select('gantt');
      assert.equal(await page().value<boolean>("document.getElementById('rp-show-all').hidden"), false);
      await page().clearPosted();
      await page().page.locator('#rp-show-all').click();
      assert.deepEqual(await page().posted(), [{ type: 'setOption', option: 'focus', value: null }]);
    });
  });

  describe('toolbar, banner and hint', () => {
    const page = usePage();
    const update = updateFor(readPack(RELIABILITY));

    it('group by posts setOption and follows the update', async () => {
      await page().draw([update], 'gantt');
      await page().clearPosted();
      await page().page.selectOption('#rp-group-by', 'team');
      assert.deepEqual(await page().posted(), [{ type: 'setOption', option: 'groupBy', value: 'team' }]);
      const byTeam = updateFor(readPack(RELIABILITY), { version: 2, groupBy: 'team' });
      await page().draw([byTeam], 'gantt');
      assert.equal(await page().value<string>("document.getElementById('rp-group-by').value"), 'team');
      assert.ok((await page().svgText()).includes('Infra Squad'), 'sections by team');
    });

    it('weekly shows only on capacity and posts setOption', async () => {
      assert.equal(await page().visible('#rp-weekly'), false);
      await page().select('capacity');
      assert.equal(await page().visible('#rp-weekly'), true);
      assert.equal(await page().visible('#rp-group-by'), false);
      await page().clearPosted();
      await page().page.click('#rp-weekly');
      assert.deepEqual(await page().posted(), [{ type: 'setOption', option: 'weekly', value: true }]);
    });

    it('Copy Mermaid posts the view’s source as one Mermaid document (capacity: every team in one chart)', async () => {
      await page().clearPosted();
      await page().page.click('#rp-copy');
      const capacity = update.views.find((v) => v.view === 'capacity')!;
      assert.ok(capacity.diagrams.length > 1 && capacity.text.match(/^xychart/gm)?.length === 1, capacity.text);
      assert.deepEqual(await page().posted(), [{ type: 'copySource', text: capacity.text, view: 'capacity' }]);
    });

    it('Export SVG posts one standalone SVG, the team charts stacked', async () => {
      await page().clearPosted();
      await page().page.click('#rp-export');
      const [message] = await page().posted();
      assert.equal(message.type, 'exportSvg');
      if (message.type !== 'exportSvg') return;
      assert.equal(message.view, 'capacity');
      assert.match(message.svg, /^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      assert.equal(message.svg.match(/<svg /g)!.length, 4, 'an outer <svg> around three charts');
      assert.ok(!message.svg.includes('rp-link'));
    });

    it('Export SVG of the gantt is Mermaid’s SVG with its size', async () => {
      await page().select('gantt');
      await page().clearPosted();
      await page().page.click('#rp-export');
      const [message] = await page().posted();
      assert.ok(message.type === 'exportSvg' && message.view === 'gantt');
      assert.match(message.svg, /^<svg id="rp-svg-\d+" width="\d+"/);
      assert.ok(message.svg.includes('Distributed tracing + observability platform'));
    });

    it('shows a banner for errors whose button posts showProblems, and the views’ warnings as a hint', async () => {
      const broken = { ...updateFor(readPack(INVENTORY), { version: 3, uri: 'file:///other.roadmap.yaml' }), errors: 2 };
      await page().draw([broken], 'gantt');
      assert.equal(await page().text('#rp-banner-text'), 'The pack has 2 errors; the preview draws what is valid.');
      await page().clearPosted();
      await page().page.click('#rp-show-problems');
      assert.deepEqual(await page().posted(), [{ type: 'showProblems' }]);
      await page().select('gates');
      assert.equal(await page().text('#rp-hint'), 'The pack has no decision gates.');
      await page().draw([{ ...broken, version: 4, errors: 1 }], 'gates');
      assert.equal(await page().text('#rp-banner-text'), 'The pack has 1 error; the preview draws what is valid.');
      await page().draw([{ ...broken, version: 5, errors: 0 }], 'gates');
      assert.equal(await page().visible('#rp-banner'), false);
    });

    it('shows a Mermaid error as text and posts renderError', async () => {
      const bad: Update = { ...updateFor(readPack(INVENTORY), { version: 6, uri: 'file:///other.roadmap.yaml' }) };
      bad.views = bad.views.map((v) => (v.view === 'gates' ? { ...v, diagrams: ['flowchart LR\n    a --> --> <img src=x onerror="window.__pwned=1">\n'] } : v));
      const result = await page().draw([bad], 'gates');
      assert.equal(result.type, 'renderError');
      assert.equal(await page().visible('#rp-error'), true);
      assert.match(await page().text('#rp-error'), /could not be drawn/);
      assert.equal(await page().count('img'), 0);
      assert.equal(await page().pwned(), undefined);
    });
  });

  describe('zoom, pan and state', () => {
    const page = usePage();
    const update = updateFor(readPack(RELIABILITY));
    const transform = () => page().value<string>("document.getElementById('rp-canvas').style.transform");
    const scale = async () => Number(/^scale\(([\d.]+)\)$/.exec(await transform())![1]);
    const near = (actual: number, expected: number) => assert.ok(Math.abs(actual - expected) < 1e-4, `${actual} ≈ ${expected}`);
    const scroll = () => page().value<{ x: number; y: number }>("({ x: document.getElementById('rp-viewport').scrollLeft, y: document.getElementById('rp-viewport').scrollTop })");
    const stored = () => page().value<{ zoom: number; scroll: { x: number; y: number }; view: string; uri: string }>("JSON.parse(sessionStorage.getItem('roadmap-preview-state'))");

    it('zooms with the buttons and keeps zoom and scroll across a re-render', async () => {
      await page().draw([update], 'gantt');
      for (let i = 0; i < 3; i++) await page().page.click('#rp-zoom-in');
      near(await scale(), 1.953125);
      assert.equal(await page().text('#rp-zoom-reset'), '195%');
      await page().page.evaluate("document.getElementById('rp-viewport').scrollTo(300, 120)");
      await delay(100);
      const before = await scroll();
      assert.deepEqual(before, { x: 300, y: 120 });
      const edited = readPack(RELIABILITY).replace('title: Autoscaling overhaul', 'title: Autoscaling overhaul, edited');
      const redrawn = await page().draw([updateFor(edited, { version: 2 })], 'gantt');
      assert.ok(redrawn.type === 'rendered' && redrawn.milliseconds > 0, 'drawn again');
      assert.ok((await page().svgText()).includes('Autoscaling overhaul, edited'));
      near(await scale(), 1.953125);
      assert.deepEqual(await scroll(), before);
      const state = await stored();
      assert.equal(state.zoom, 1.953125);
      assert.deepEqual(state.scroll, before);
      assert.equal(state.uri, update.uri);
    });

    it('sizes the scroll area to the zoomed drawing', async () => {
      const sizes = await page().value<number[]>("[document.getElementById('rp-sizer').offsetWidth, document.getElementById('rp-canvas').offsetWidth]");
      assert.ok(Math.abs(sizes[0] - Math.ceil(sizes[1] * 1.953125)) <= 1, String(sizes));
    });

    it('restores view, zoom and scroll after a reload (getState)', async () => {
      await page().select('deps');
      await page().page.click('#rp-zoom-out');
      await page().page.evaluate("document.getElementById('rp-viewport').scrollTo(120, 40)");
      await delay(250); // scrolling is written when it pauses
      const before = await scroll();
      await page().page.reload();
      await page().waitFor((m) => m.type === 'ready');
      assert.equal(await page().text('#rp-zoom-reset'), '156%');
      const result = await page().draw([update], 'deps');
      assert.equal(result.type, 'rendered');
      near(await scale(), 1.5625);
      assert.deepEqual(await scroll(), before);
    });

    it('zooms with ctrl+wheel around the pointer, and resets', async () => {
      const mouse = page().page.mouse;
      await mouse.move(400, 300);
      await page().page.keyboard.down('Control');
      await mouse.wheel(0, -200);
      await page().page.keyboard.up('Control');
      await delay(50);
      const zoomed = await scale();
      assert.ok(zoomed > 1.5625, `zoomed in to ${zoomed}`);
      await page().page.click('#rp-zoom-reset');
      near(await scale(), 1);
    });

    it('pans by dragging', async () => {
      await page().page.click('#rp-zoom-in');
      await page().page.click('#rp-zoom-in');
      await page().page.evaluate("document.getElementById('rp-viewport').scrollTo(0, 0)");
      const mouse = page().page.mouse;
      await mouse.move(700, 500);
      await mouse.down();
      await mouse.move(500, 400, { steps: 8 });
      await mouse.up();
      const after = await scroll();
      assert.ok(after.x >= 150 && after.y >= 50, JSON.stringify(after));
    });
  });

  describe('versions and cancellation', () => {
    const page = usePage();
    const plan = (title: string) => readPack(INVENTORY).replace('Distributed tracing + observability platform', title);

    it('drops an update older than the one shown', async () => {
      await page().draw([updateFor(plan('Version three plan'), { version: 3 })], 'gantt');
      await page().clearPosted();
      await page().deliver(updateFor(plan('Version two plan'), { version: 2 }));
      await delay(300);
      assert.deepEqual(await page().posted(), []);
      const text = await page().svgText();
      assert.ok(text.includes('Version three plan') && !text.includes('Version two plan'));
    });

    it('draws only the last of a burst: an update arriving during a render cancels it', async () => {
      const result = await page().draw([updateFor(plan('Version four plan'), { version: 4 }), updateFor(plan('Version five plan'), { version: 5 })], 'gantt');
      assert.equal(result.type, 'rendered');
      await delay(300);
      assert.equal((await page().posted()).filter((m) => m.type === 'rendered').length, 1);
      const text = await page().svgText();
      assert.ok(text.includes('Version five plan') && !text.includes('Version four plan'));
    });

    it('does not draw again when the view’s text is unchanged', async () => {
      const svgId = () => page().value<string>("document.querySelector('#rp-canvas svg').id");
      const before = await svgId();
      const result = await page().draw([updateFor(plan('Version five plan'), { version: 6 })], 'gantt');
      assert.deepEqual(result, { type: 'rendered', view: 'gantt', milliseconds: 0 });
      assert.equal(await svgId(), before);
    });

    it('starts afresh for another pack, whatever its version', async () => {
      await page().draw([updateFor(plan('Another pack'), { version: 1, uri: 'file:///another.roadmap.yaml' })], 'gantt');
      assert.ok((await page().svgText()).includes('Another pack'));
    });
  });

  describe('theme', () => {
    const page = usePage('vscode-light');
    const style = () => page().value<string>("document.querySelector('#rp-canvas svg style').textContent");

    it('re-renders when the body class changes to vscode-dark, and to high contrast', async () => {
      await page().draw([updateFor(readPack(RELIABILITY))], 'gantt');
      const light = await style();
      await page().clearPosted();
      await page().page.evaluate("window.__theme('vscode-dark')");
      await page().waitFor((m) => m.type === 'rendered' && m.view === 'gantt');
      const dark = await style();
      assert.notEqual(dark, light);
      await page().page.screenshot({ path: join(SCREENSHOTS, 'gantt-dark.png') });
      await page().clearPosted();
      await page().page.evaluate("window.__theme('vscode-high-contrast')");
      await page().waitFor((m) => m.type === 'rendered');
      assert.match(await style(), /#6fc3df/i);
      await page().page.screenshot({ path: join(SCREENSHOTS, 'gantt-high-contrast.png') });
    });

    it('does not re-render for a class change that keeps the theme', async () => {
      await page().clearPosted();
      await page().page.evaluate("document.body.classList.add('vscode-reduce-motion')");
      await delay(300);
      assert.deepEqual(await page().posted(), []);
    });
  });

  describe('hostile packs', () => {
    for (const fixture of HOSTILE) {
      describe(fixture, () => {
        const page = usePage();
        const update = updateFor(readPack(fixture));

        for (const view of viewsOf(update)) {
          it(`draws ${view} with every payload inert`, async () => {
            const result = view === 'gantt' ? await page().draw([update], 'gantt') : await page().select(view);
            const text = await assertDrawn(page(), result, view);
            await assertInert(page());
            if (fixture.endsWith('xss.roadmap.yaml') && (view === 'gantt' || view === 'deps')) {
              for (const label of XSS_LABELS) assert.ok(text.includes(label), `${view} shows ${JSON.stringify(label)} as text`);
            }
          });
        }

        it('ran no script, hit no CSP violation and loaded nothing', async () => {
          await delay(200); // an onerror would fire after a failed load
          await assertInert(page());
          assert.deepEqual(await page().csp(), []);
          assert.ok(chromium.harness.requests.every((path) => EXPECTED_REQUESTS.has(path)), chromium.harness.requests.join(', '));
        });
      });
    }
  });
});

async function assertInert(preview: PreviewPage): Promise<void> {
  assert.equal(await preview.pwned(), undefined, 'window.__pwned is not set');
  const active = await preview.value<string[]>(
    "[...document.querySelectorAll('#rp-canvas *')].filter((e) => ['SCRIPT', 'IMG', 'IFRAME', 'OBJECT', 'EMBED'].includes(e.tagName.toUpperCase()) || [...e.attributes].some((a) => /^on/i.test(a.name) || /^\\s*javascript:/i.test(a.value))).map((e) => e.outerHTML.slice(0, 120))",
  );
  assert.deepEqual(active, [], 'no script, image, frame, handler or javascript: URL in the drawing');
}

