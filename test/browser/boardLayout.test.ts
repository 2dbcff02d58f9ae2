/**
 * The board's visual standard (media/preview/board.ts, HTML built from the
 * core's `board`), measured in the rendered page as visual.test.ts measures
 * the Mermaid views: every board of the examples and hostile fixtures, in
 * the light, dark and high-contrast themes, in panes 500, 600 and 900 px
 * wide. Nothing clipped (no text wider than its box, no card past its
 * column, the board within the pane, so fit to width is zoom 1), no two
 * columns or cards overlapping, every text at 4.5:1 or more against what is
 * behind it and at least 9 px. In a 500 px pane the keyword board's five
 * columns wrap into rows; at 900 px they stand in one row, tops level.
 * Skipped only when Chromium is absent.
 */
import { strict as assert } from 'node:assert';
import { readdirSync } from 'node:fs';
import type { ToWebview } from '../../protocol/webview';
import { repoPath } from '../helpers/repoRoot';
import { PreviewPage, forEveryPane, useChromium } from './harness';
import { readPack, updateFor } from './updates';

const KEYWORDS = 'test/fixtures/hostile/keywords.roadmap.yaml';
const PANE_WIDTHS = [500, 600, 900] as const;
const PACKS = ['examples', 'examples/platform-reliability', 'examples/data-platform', 'test/fixtures/hostile'].flatMap((folder) =>
  readdirSync(repoPath(folder))
    .filter((name) => name.endsWith('.roadmap.yaml'))
    .sort()
    .map((name) => `${folder}/${name}`),
);

interface Box {
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

interface Measured {
  pane: { left: number; right: number };
  board: Box;
  zoom: number;
  columns: (Box & { cards: Box[] })[];
  /** Texts wider than their box (their overflow hidden or spilling). */
  cut: { text: string; scroll: number; client: number }[];
  texts: { text: string; ratio: number; px: number }[];
}

/**
 * In the page: the board's columns and cards (boxes), every element with
 * text of its own (colour against the first opaque background behind it,
 * WCAG ratio; font size scaled by the canvas's zoom), and the pane.
 */
const MEASURE = `(() => {
  const rgb = (text) => { const m = /rgba?\\(([^)]+)\\)/.exec(text); if (!m) return null; const [r, g, b, a = 1] = m[1].split(',').map(Number); return { r, g, b, a }; };
  const lum = ({ r, g, b }) => { const f = (c) => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; }; return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
  const behind = (el) => { for (let e = el; e; e = e.parentElement) { const c = rgb(getComputedStyle(e).backgroundColor); if (c && c.a > 0.5) return c; } return rgb(getComputedStyle(document.body).backgroundColor); };
  const box = (el) => { const r = el.getBoundingClientRect(); return { text: el.textContent.trim().slice(0, 40), left: r.left, right: r.right, top: r.top, bottom: r.bottom }; };
  const root = document.querySelector('#rp-canvas .rp-board');
  const zoom = root.getBoundingClientRect().width / root.offsetWidth;
  const texts = [...root.querySelectorAll('*')].filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim() !== ''));
  const viewport = document.getElementById('rp-viewport');
  const pane = viewport.getBoundingClientRect();
  return {
    pane: { left: pane.left, right: pane.left + viewport.clientWidth },
    board: box(root.querySelector('.rp-board-columns')),
    zoom,
    columns: [...root.querySelectorAll('.rp-board-column')].map((column) => ({ ...box(column), text: column.querySelector('.rp-board-heading').firstChild.textContent, cards: [...column.querySelectorAll('.rp-board-card')].map(box) })),
    cut: texts.map((el) => ({ text: el.textContent.slice(0, 40), scroll: el.scrollWidth, client: el.clientWidth })).filter((t) => t.scroll > t.client + 1),
    texts: texts.map((el) => { const fg = lum(rgb(getComputedStyle(el).color)); const bg = lum(behind(el)); const [hi, lo] = fg > bg ? [fg, bg] : [bg, fg]; return { text: el.textContent.slice(0, 40), ratio: (hi + 0.05) / (lo + 0.05), px: parseFloat(getComputedStyle(el).fontSize) * zoom }; }),
  };
})()`;

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
}

function pairsOverlapping(boxes: readonly Box[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) if (overlaps(boxes[i], boxes[j])) found.push(`${boxes[i].text} / ${boxes[j].text}`);
  }
  return found;
}

/** What breaks the standard, in words (empty: none). */
function violations(measured: Measured): string[] {
  const found: string[] = [];
  // The grid's own box stays the pane's width when its columns overflow it: each column is measured.
  for (const box of [measured.board, ...measured.columns]) {
    if (box.right > measured.pane.right + 1 || box.left < measured.pane.left - 1) found.push(`clipped: "${box.text}" spans ${box.left}..${box.right}, the pane ${measured.pane.left}..${measured.pane.right}`);
  }
  for (const cut of measured.cut) found.push(`clipped: "${cut.text}" is ${cut.scroll} px in ${cut.client}`);
  for (const column of measured.columns) {
    for (const card of column.cards) if (card.left < column.left - 1 || card.right > column.right + 1) found.push(`clipped: card "${card.text}" past its column ${column.text}`);
    for (const pair of pairsOverlapping(column.cards)) found.push(`overlap: cards ${pair}`);
  }
  for (const pair of pairsOverlapping(measured.columns)) found.push(`overlap: columns ${pair}`);
  for (const text of measured.texts) {
    if (text.ratio < 4.5) found.push(`contrast: "${text.text}" at ${text.ratio.toFixed(2)}:1`);
    if (text.px < 9) found.push(`unreadable: "${text.text}" at ${text.px.toFixed(1)} px`);
  }
  return found;
}

describe('board: visual standard, every board × theme × pane width', function () {
  this.timeout(120_000);
  const chromium = useChromium('the board layout tests');

  forEveryPane(chromium, PANE_WIDTHS, 800, (pane) => {
    for (const pack of PACKS) {
      it(pack, async () => {
        const update = { ...updateFor(readPack(pack), { uri: `file:///${pack}` }), version: pane.nextVersion() };
        const board = update.views.find((drawn) => drawn.view === 'board')!.board!;
        const result = await pane.preview.draw([{ type: 'select', view: 'board' } as ToWebview, update], 'board');
        assert.equal(result.type, 'rendered', JSON.stringify(result));
        const measured = await pane.preview.value<Measured>(MEASURE);
        assert.deepEqual(
          measured.columns.map((column) => [column.text, column.cards.length]),
          board.columns.map((column) => [column.title, Math.max(1, column.cards.length + (column.more > 0 ? 1 : 0))]),
          'a column per column, a card per card (and one for "nothing here yet" or "and N more")',
        );
        assert.ok(measured.texts.length > board.columns.length, 'measured every text');
        assert.deepEqual(violations(measured), [], `${pack} (${pane.theme}, ${pane.width} px)`);
        if (pack === KEYWORDS) assertRows(measured, pane.width);
        assert.equal(await pane.preview.pwned(), undefined, 'no pack text ran');
        assert.equal(await pane.preview.count('#rp-canvas img, #rp-canvas script, #rp-canvas iframe, #rp-canvas b, #rp-canvas svg'), 0, 'no markup made from pack text, no Mermaid');
      });
    }
  });

  describe('cards reveal their initiative', () => {
    let preview: PreviewPage;
    before(async () => {
      preview = await PreviewPage.open(chromium.browser, chromium.harness, 'vscode-dark', { width: 600, height: 800 });
      const result = await preview.draw([{ type: 'select', view: 'board' } as ToWebview, updateFor(readPack('examples/platform-2025.roadmap.yaml'))], 'board');
      assert.equal(result.type, 'rendered');
    });
    after(async () => preview?.close());

    it('by a click, or Enter on the focused title', async () => {
      await preview.clearPosted();
      await preview.page.locator('.rp-board-card button', { hasText: 'Kafka deployment' }).click();
      await preview.page.locator('.rp-board-card button', { hasText: 'API Gateway' }).focus();
      await preview.page.keyboard.press('Enter');
      assert.deepEqual(await preview.posted(), [
        { type: 'reveal', id: 'kafka-deployment' },
        { type: 'reveal', id: 'api-gateway' },
      ]);
    });

    it('has a legend of the statuses its cards have', async () => {
      assert.deepEqual(await preview.value("[...document.querySelectorAll('#rp-canvas .rp-legend li')].map((li) => li.textContent)"), ['Planned', 'In progress', 'Exploring', 'Done']);
      // Each swatch is drawn as its cards are: a visible outline in the card's style.
      const swatches = await preview.value<string[]>("[...document.querySelectorAll('#rp-canvas .rp-legend .rp-swatch')].map((s) => { const c = getComputedStyle(s); return c.borderLeftWidth + ' ' + c.borderTopStyle + ' ' + (c.borderTopColor === 'rgba(0, 0, 0, 0)' ? 'none' : 'coloured'); })");
      assert.deepEqual(swatches, ['1px solid coloured', '4px solid coloured', '1px dashed coloured', '4px solid coloured']);
    });
  });
});

/** The keyword board's five columns: wrapped into rows in a narrow pane, one row with level tops in a wide one. */
function assertRows(measured: Measured, width: number): void {
  const rows = new Set(measured.columns.map((column) => Math.round(column.top))).size;
  assert.equal(measured.columns.length, 5);
  if (width === 500) assert.ok(rows > 1, `${rows} row(s) in a 500 px pane`);
  if (width === 900) assert.equal(rows, 1, 'one row, tops level, in a 900 px pane');
}
