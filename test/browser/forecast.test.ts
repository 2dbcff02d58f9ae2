/**
 * The Forecast tab in headless Chromium: the real HTML, CSP and bundle, an
 * `update` built with the real core, in the light, dark and high-contrast
 * themes at 500, 600 and 900 px. Measured in the rendered page, as the
 * metrics table is: the table within the pane, no cell's text cut, every text
 * at a contrast of 4.5:1 or more against what is behind it. Pack text is set
 * as text, never markup. Skipped only without Chromium.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { OUTPUT, PreviewPage, useChromium } from './harness';
import { Update, readPack, updateFor } from './updates';

const RELIABILITY = 'examples/platform-reliability/platform-reliability.roadmap.yaml';
const THEMES = ['vscode-light', 'vscode-dark', 'vscode-high-contrast'];
const WIDTHS = [500, 600, 900];
const SCREENSHOTS = join(OUTPUT, 'screenshots');

const HOSTILE = `pack: 1
title: Hostile forecast
horizon: 2026-Q3..2026-Q4
capacity: { estimate: low }
initiatives:
  - id: evil
    title: "<img src=x onerror=\\"window.__pwned=1\\"> **bold** | x"
    when: 2026-Q3-W1..W4
    effort: 4-12
    confidence: low
gates:
  - { id: g, title: "<script>window.__pwned=1</script>", at: 2026-Q3-W5, depends_on: [evil] }
`;

/** Each text of the table, its contrast against the first opaque background behind it, and whether its cell fits its text (WCAG luminance). */
const MEASURE = `(() => {
  const rgb = (text) => { const m = /rgba?\\(([^)]+)\\)/.exec(text); if (!m) return null; const [r, g, b, a = 1] = m[1].split(',').map(Number); return { r, g, b, a }; };
  const lum = ({ r, g, b }) => { const f = (c) => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; }; return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
  const behind = (el) => { for (let e = el; e; e = e.parentElement) { const c = rgb(getComputedStyle(e).backgroundColor); if (c && c.a > 0.5) return c; } return rgb(getComputedStyle(document.body).backgroundColor); };
  const root = document.querySelector('.rp-forecast');
  const texts = [...root.querySelectorAll('*')].filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim() !== ''));
  const viewport = document.getElementById('rp-viewport').getBoundingClientRect();
  return {
    viewportRight: viewport.right,
    tableRight: Math.max(0, ...[...root.querySelectorAll('table')].map((t) => t.getBoundingClientRect().right)),
    cells: [...root.querySelectorAll('th, td')].map((el) => ({ text: el.textContent, scroll: el.scrollWidth, client: el.clientWidth })),
    // How many lines each week label is drawn on: a label broken at its hyphen ("2026-Q3-" over "W12") is two.
    weekLines: [...root.querySelectorAll('td')].filter((el) => /^\\d{4}-Q\\d-W\\d+$/.test(el.textContent)).map((el) => { const range = document.createRange(); range.selectNodeContents(el); return { text: el.textContent, lines: new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size }; }),
    contrasts: texts.map((el) => { const fg = lum(rgb(getComputedStyle(el).color)); const bg = lum(behind(el)); const [hi, lo] = fg > bg ? [fg, bg] : [bg, fg]; return { text: el.textContent.slice(0, 40), ratio: (hi + 0.05) / (lo + 0.05) }; }),
  };
})()`;

interface Measured {
  viewportRight: number;
  tableRight: number;
  cells: { text: string; scroll: number; client: number }[];
  weekLines: { text: string; lines: number }[];
  contrasts: { text: string; ratio: number }[];
}

describe('forecast tab in Chromium', function () {
  this.timeout(120_000);
  const chromium = useChromium('the forecast tab tests');

  before(() => mkdirSync(SCREENSHOTS, { recursive: true }));

  async function openOn(update: Update, theme: string, width: number): Promise<PreviewPage> {
    const preview = await PreviewPage.open(chromium.browser, chromium.harness, theme, { width, height: 900 });
    await preview.draw([update], 'gantt');
    const result = await preview.select('forecast');
    assert.equal(result.type, 'rendered', JSON.stringify(result));
    return preview;
  }

  for (const theme of THEMES) {
    for (const width of WIDTHS) {
      it(`${theme} at ${width} px: every item's row, the table in the pane, no text cut, every text readable`, async () => {
        const update = updateFor(readPack(RELIABILITY));
        const preview = await openOn(update, theme, width);
        try {
          const table = update.views.find((v) => v.view === 'forecast')!.forecast!;
          assert.equal(await preview.count('#rp-canvas tr.rp-forecast-row'), table.rows.length);
          assert.ok(table.rows.some((row) => row.kind === 'gate') && table.rows.some((row) => row.kind === 'initiative'));
          assert.equal(await preview.count('#rp-canvas svg'), 0, 'a table, no Mermaid');
          assert.equal(await preview.text('.rp-metrics-summary'), table.summary);
          const measured = await preview.value<Measured>(MEASURE);
          assert.ok(measured.tableRight <= measured.viewportRight, `table ends at ${measured.tableRight}, the pane at ${measured.viewportRight}`);
          assert.deepEqual(measured.cells.filter((cell) => cell.scroll > cell.client + 1), [], 'no cell wider than its column');
          assert.ok(measured.weekLines.length >= table.rows.length * 4, `measured ${measured.weekLines.length} week labels`);
          assert.deepEqual(measured.weekLines.filter((label) => label.lines !== 1), [], 'no week label broken across lines');
          assert.deepEqual(measured.contrasts.filter((c) => c.ratio < 4.5), [], 'contrast at least 4.5:1');
          assert.ok(measured.contrasts.length > table.rows.length * 6, 'measured every text');
          assert.deepEqual(await preview.csp(), []);
          await preview.page.screenshot({ path: join(SCREENSHOTS, `forecast-${theme.replace('vscode-', '')}-${width}.png`), fullPage: false });
        } finally {
          await preview.close();
        }
      });
    }
  }

  it('sets pack text as text, marks an unlikely gate in words, and reveals a row by its id', async () => {
    const update = updateFor(HOSTILE);
    const preview = await openOn(update, 'vscode-dark', 600);
    try {
      assert.equal(await preview.value('window.__pwned === undefined'), true);
      assert.equal(await preview.count('#rp-canvas img, #rp-canvas script, #rp-canvas b'), 0);
      const gate = preview.page.locator('tr.rp-forecast-row', { hasText: 'gate g' });
      assert.match(await gate.innerText(), /unlikely/);
      await preview.clearPosted();
      await preview.page.locator('.rp-forecast button', { hasText: '<script>' }).click();
      assert.deepEqual(await preview.posted(), [{ type: 'reveal', id: 'g' }]);
    } finally {
      await preview.close();
    }
  });
});
