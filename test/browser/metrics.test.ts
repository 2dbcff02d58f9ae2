/**
 * The metrics dashboard in headless Chromium: the real HTML, CSP and bundle,
 * `update` messages built with the real core, at a side pane's 600 px in
 * the light, dark and high-contrast themes. Measured in the rendered page:
 * the table within the pane, no cell's text cut, every text at a contrast
 * of 4.5:1 or more against what is behind it. Skipped only without Chromium.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ToWebview } from '../../protocol/webview';
import type { ViewName } from '../../protocol/views';
import { EXPECTED_REQUESTS, OUTPUT, PreviewPage, delay, useChromium } from './harness';
import { Update, readPack, updateFor } from './updates';

const RELIABILITY = 'examples/platform-reliability/platform-reliability.roadmap.yaml';
const NOW_NEXT_LATER = 'examples/platform-2025.roadmap.yaml';
const THEMES = ['vscode-light', 'vscode-dark', 'vscode-high-contrast'];
const WIDTHS = [600, 900];
const SCREENSHOTS = join(OUTPUT, 'screenshots');

const EVIL_NAME = '<img src=x onerror="window.__pwned=1"> | **bold**';
const EVIL_TITLE = '<script>window.__pwned=1</script> javascript:window.__pwned=1';
const HOSTILE = `pack: 1
title: Hostile metrics
horizon: 2026-Q3..2026-Q4
initiatives:
  - id: evil
    title: ${JSON.stringify(EVIL_TITLE)}
    when: 2026-Q3-W1..W4
    metrics:
      - { name: ${JSON.stringify(EVIL_NAME)}, baseline: "<b onmouseover=alert(1)>0</b>", target: TBD }
metrics:
  - { name: ${JSON.stringify(EVIL_NAME)}, baseline: 1, targets: { 2026-Q3: "%%{init: {}}%% <iframe src=javascript:alert(1)>" } }
`;

/**
 * In the page: every element of the dashboard with text of its own, its
 * colour and the first opaque background behind it, and whether its text
 * fits its box (every group laid out, on screen or not). WCAG's relative
 * luminance and contrast ratio.
 */
const MEASURE = `(() => {
  const rgb = (text) => { const m = /rgba?\\(([^)]+)\\)/.exec(text); if (!m) return null; const [r, g, b, a = 1] = m[1].split(',').map(Number); return { r, g, b, a }; };
  const lum = ({ r, g, b }) => { const f = (c) => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; }; return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
  const behind = (el) => { for (let e = el; e; e = e.parentElement) { const c = rgb(getComputedStyle(e).backgroundColor); if (c && c.a > 0.5) return c; } return rgb(getComputedStyle(document.body).backgroundColor); };
  const root = document.querySelector('.rp-metrics');
  // Blocks off screen are not laid out (content-visibility: auto): lay them all out to measure them.
  for (const block of root.querySelectorAll('.rp-metrics-block')) block.style.contentVisibility = 'visible';
  const texts = [...root.querySelectorAll('*')].filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim() !== ''));
  const viewport = document.getElementById('rp-viewport').getBoundingClientRect();
  const tables = [...root.querySelectorAll('table')].map((t) => t.getBoundingClientRect());
  return {
    viewportRight: viewport.right,
    tableRight: Math.max(0, ...tables.map((t) => t.right)),
    cells: [...root.querySelectorAll('th, td')].map((el) => ({ text: el.textContent, scroll: el.scrollWidth, client: el.clientWidth })),
    contrasts: texts.map((el) => { const fg = lum(rgb(getComputedStyle(el).color)); const bg = lum(behind(el)); const [hi, lo] = fg > bg ? [fg, bg] : [bg, fg]; return { text: el.textContent.slice(0, 40), ratio: (hi + 0.05) / (lo + 0.05) }; }),
  };
})()`;

interface Measured {
  viewportRight: number;
  tableRight: number;
  cells: { text: string; scroll: number; client: number }[];
  contrasts: { text: string; ratio: number }[];
}

describe('metrics dashboard in Chromium', function () {
  this.timeout(120_000);
  const chromium = useChromium('the metrics dashboard tests');

  before(() => {
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  /** A preview page of the given width and theme, with the pack's update delivered and the metrics tab selected. */
  async function openOn(update: Update, theme: string, width: number, opening: ViewName = 'gantt'): Promise<PreviewPage> {
    const preview = await PreviewPage.open(chromium.browser, chromium.harness, theme, { width, height: 900 });
    await preview.draw([update], opening);
    const result = await preview.select('metrics');
    assert.equal(result.type, 'rendered', JSON.stringify(result));
    return preview;
  }

  for (const theme of THEMES) {
    for (const width of WIDTHS) {
      it(`${theme} at ${width} px: the whole table in the pane, no text cut, every text readable`, async () => {
        const update = updateFor(readPack(RELIABILITY));
        const preview = await openOn(update, theme, width);
        try {
          const dashboard = update.views.find((v) => v.view === 'metrics')!.dashboard!;
          const rows = dashboard.groups.reduce((sum, group) => sum + group.rows.length, 0);
          assert.equal(await preview.count('#rp-canvas tr.rp-metric'), rows);
          assert.equal(await preview.count('#rp-canvas svg'), 0, 'a table, no Mermaid');
          assert.equal(await preview.text('.rp-metrics-summary'), dashboard.summary);
          const measured = await preview.value<Measured>(MEASURE);
          assert.ok(measured.tableRight <= measured.viewportRight, `table ends at ${measured.tableRight}, the pane at ${measured.viewportRight}`);
          const cut = measured.cells.filter((cell) => cell.scroll > cell.client + 1);
          assert.deepEqual(cut, [], 'no cell wider than its column');
          const faint = measured.contrasts.filter((c) => c.ratio < 4.5);
          assert.deepEqual(faint, [], 'contrast at least 4.5:1');
          assert.ok(measured.contrasts.length > rows, 'measured every text');
          assert.deepEqual(await preview.csp(), []);
          await preview.page.screenshot({ path: join(SCREENSHOTS, `metrics-${theme.replace('vscode-', '')}-${width}.png`), fullPage: false });
        } finally {
          await preview.close();
        }
      });
    }
  }

  describe('click to source and the toolbar', () => {
    let preview: PreviewPage;
    const update = updateFor(readPack(RELIABILITY));
    before(async () => {
      preview = await openOn(update, 'vscode-light', 600);
    });
    after(async () => preview?.close());

    it('a metric’s name reveals the metric, by its path', async () => {
      await preview.clearPosted();
      await preview.page.locator('.rp-metrics button', { hasText: 'Availability (30-day rolling)' }).click();
      assert.deepEqual(await preview.posted(), [{ type: 'reveal', id: 'metric:metrics/0' }]);
    });

    it('an initiative that moves a metric, and an initiative’s heading, reveal the initiative', async () => {
      await preview.clearPosted();
      await preview.page.locator('.rp-metrics-pack .rp-metrics-note button', { hasText: 'Deployment safety (canary + auto-rollback)' }).click();
      await preview.page.locator('th.rp-metrics-group button', { hasText: 'Distributed tracing + observability platform' }).click();
      assert.deepEqual(await preview.posted(), [
        { type: 'reveal', id: 'deploy-safety' },
        { type: 'reveal', id: 'tracing' },
      ]);
    });

    it('works from the keyboard: Enter on a focused name', async () => {
      await preview.clearPosted();
      await preview.page.locator('.rp-metrics button', { hasText: 'Rollback time' }).focus();
      await preview.page.keyboard.press('Enter');
      const tracing = update.views.find((v) => v.view === 'metrics')!.dashboard!.groups.find((g) => g.initiative?.id === 'deploy-safety')!;
      assert.deepEqual(await preview.posted(), [{ type: 'reveal', id: tracing.rows[1].source }]);
    });

    it('marks TBD and missing values, and says when a single target is due', async () => {
      assert.equal(await preview.count('.rp-metrics-table .rp-tbd'), 0, 'the example has no TBD');
      assert.equal(await preview.count('.rp-metrics-table td.rp-missing[aria-label="no baseline"]'), 5);
      assert.ok((await preview.text('.rp-metrics')).includes('by 2026-Q3-W12'));
    });

    it('copies Markdown and offers no SVG export', async () => {
      assert.equal(await preview.text('#rp-copy'), 'Copy Markdown');
      assert.equal(await preview.visible('#rp-export'), false);
      await preview.clearPosted();
      await preview.page.click('#rp-copy');
      assert.deepEqual(await preview.posted(), [{ type: 'copySource', text: update.views.find((v) => v.view === 'metrics')!.text, view: 'metrics' }]);
      await preview.select('gantt');
      assert.equal(await preview.text('#rp-copy'), 'Copy Mermaid');
      assert.equal(await preview.visible('#rp-export'), true);
    });

    it('drops an update whose dashboard is not a dashboard', async () => {
      await preview.select('metrics');
      // Drawable if trusted (a number for a name, a row short of its quarter cells), and wrong: the whole update is dropped.
      const wrongRow = { name: 12345, source: 'metric:metrics/0', baseline: null, byQuarter: [], target: null, movedBy: [], countsToward: null };
      const good = updateFor(readPack(RELIABILITY), { version: 9 });
      const bad = { ...good, errors: 3, views: good.views.map((v) => (v.view === 'metrics' ? { ...v, dashboard: { ...v.dashboard!, groups: [{ title: 'x', detail: 'y', rows: [wrongRow] }] } } : v)) };
      await preview.clearPosted();
      await preview.deliver(bad as unknown as ToWebview);
      await delay(300);
      assert.deepEqual(await preview.posted(), [], 'nothing drawn');
      assert.equal(await preview.visible('#rp-banner'), false, 'not even its error count taken');
      const shown = await preview.text('.rp-metrics');
      assert.ok(shown.includes('Availability (30-day rolling)') && !shown.includes('12345'), 'the last good table stays');
    });
  });

  it('a now-next-later pack: targets due by column, initiatives without a metric named', async () => {
    const update = updateFor(readPack(NOW_NEXT_LATER));
    const preview = await openOn(update, 'vscode-dark', 600, 'board'); // a pack whose gantt has no bars opens on its board
    try {
      assert.ok((await preview.text('.rp-metrics')).includes('in Now'));
      assert.match(await preview.text('.rp-metrics-unmeasured'), /^Without a metric: API Gateway, OpenTelemetry/);
      await preview.clearPosted();
      await preview.page.locator('.rp-metrics-unmeasured button', { hasText: 'API Gateway' }).click();
      assert.deepEqual(await preview.posted(), [{ type: 'reveal', id: 'api-gateway' }]);
    } finally {
      await preview.close();
    }
  });

  it('hostile labels show as text: no script ran, nothing loaded, no markup made', async () => {
    const update = updateFor(HOSTILE, { uri: 'file:///hostile.roadmap.yaml' });
    const preview = await openOn(update, 'vscode-high-contrast', 600);
    try {
      await delay(200); // an onerror would fire after a failed load
      assert.equal(await preview.pwned(), undefined);
      assert.equal(await preview.count('#rp-canvas img, #rp-canvas script, #rp-canvas iframe, #rp-canvas b'), 0);
      const text = await preview.text('.rp-metrics');
      for (const shown of [EVIL_NAME, EVIL_TITLE, '<b onmouseover=alert(1)>0</b>', '%%{init: {}}%% <iframe src=javascript:alert(1)>']) assert.ok(text.includes(shown), `shows ${shown}`);
      assert.equal(await preview.count('.rp-metrics-table .rp-tbd .rp-tbd-badge'), 1, 'the TBD target is marked');
      assert.deepEqual(await preview.csp(), []);
      assert.ok(chromium.harness.requests.every((path) => EXPECTED_REQUESTS.has(path)), chromium.harness.requests.join(', '));
      await preview.page.screenshot({ path: join(SCREENSHOTS, 'metrics-hostile.png') });
    } finally {
      await preview.close();
    }
  });
});
