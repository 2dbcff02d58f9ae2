/**
 * The board's columns (media/preview/boardLayout.ts, render.ts `boardFit`):
 * in a 500 px pane a board of five columns, which side by side would be
 * zoomed to about 0.5 to fit, wraps into rows, each column whole with its
 * heading, no two overlapping, the drawing no wider than the pane (so fit
 * to width is zoom 1); in a 900 px pane it stays one row, tops level.
 * Skipped only when Chromium is absent.
 */
import { strict as assert } from 'node:assert';
import { PreviewPage, useChromium } from './harness';
import { readPack, updateFor } from './updates';

const KEYWORDS = 'test/fixtures/hostile/keywords.roadmap.yaml';

interface Column {
  heading: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Each column (a cluster): its heading and its box, in page coordinates. */
async function columnsOf(preview: PreviewPage): Promise<{ columns: Column[]; svgWidth: number; pane: number }> {
  return preview.value(`(() => {
    const svg = document.querySelector('#rp-canvas svg');
    const columns = [...svg.querySelectorAll('g.cluster')].map((cluster) => {
      const box = cluster.getBoundingClientRect();
      return { heading: (cluster.querySelector('.cluster-label')?.textContent ?? '').trim(), left: box.left, right: box.right, top: box.top, bottom: box.bottom };
    });
    return { columns, svgWidth: svg.viewBox.baseVal.width, pane: document.getElementById('rp-viewport').clientWidth };
  })()`);
}

function overlaps(a: Column, b: Column): boolean {
  return a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
}

for (const width of [500, 900]) {
  describe(`board columns in a ${width} px pane`, function () {
    this.timeout(60_000);
    const chromium = useChromium('the board layout tests');
    let preview: PreviewPage;
    let measured: { columns: Column[]; svgWidth: number; pane: number };

    before(async () => {
      preview = await PreviewPage.open(chromium.browser, chromium.harness, 'vscode-light', { width, height: 800 });
      const result = await preview.draw([{ type: 'select', view: 'board' }, updateFor(readPack(KEYWORDS))], 'board');
      assert.equal(result.type, 'rendered');
      measured = await columnsOf(preview);
    });
    after(async () => preview?.close());

    it('draws every column with its heading, none over another', () => {
      assert.deepEqual(measured.columns.map((column) => column.heading).sort(), ['Future', 'Later', 'Next', 'Not placed', 'Now']);
      const { columns } = measured;
      for (let i = 0; i < columns.length; i++) {
        for (let j = i + 1; j < columns.length; j++) assert.ok(!overlaps(columns[i], columns[j]), `${columns[i].heading} and ${columns[j].heading} overlap`);
      }
    });

    const rows = (columns: Column[]) => new Set(columns.map((column) => Math.round(column.top))).size;
    if (width === 500) {
      it('wraps the columns into rows that fit the pane', () => {
        assert.ok(rows(measured.columns) > 1, `${rows(measured.columns)} row(s)`);
        assert.ok(measured.svgWidth <= measured.pane, `drawing ${measured.svgWidth} px in a ${measured.pane} px pane`);
      });
    } else {
      it('keeps the columns in one row, tops level', () => {
        assert.equal(rows(measured.columns), 1);
      });
    }
  });
}
