/**
 * The gantt's axis in the pack's own terms (media/preview/ganttAxis.ts),
 * measured in the rendered SVG: every tick label is a quarter-week (`W5`), a
 * quarter (`2026-Q4`, `Q3`) or a year, never a calendar month; no two labels
 * of the axis (nor an axis label and the Today label) overlap; a bar starts
 * exactly over the label of its first week. At 600 and 900 px, for the
 * example (two quarters), a two-year plan (aggregated) and a one-quarter
 * drill-down. Skipped only when Chromium is absent.
 */
import { strict as assert } from 'node:assert';
import { generatePack } from '../../bench/generatePack';
import { PreviewPage, useChromium } from './harness';
import { Update, mermaidId, readPack, updateFor } from './updates';

const RELIABILITY = 'examples/platform-reliability/platform-reliability.roadmap.yaml';
const PACK_TERMS = /^(W([1-9]|1[0-3])|\d{4}-Q[1-4]|Q[1-4]|\d{4})$/;

interface Box {
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

interface Axis {
  labels: Box[];
  today: Box | undefined;
}

/** The axis labels (visible ones) and the Today label, in page coordinates. */
async function axisOf(preview: PreviewPage): Promise<Axis> {
  return preview.value<Axis>(`(() => {
    const box = (element) => { const r = element.getBoundingClientRect(); return { text: element.textContent.trim(), left: r.left, right: r.right, top: r.top, bottom: r.bottom }; };
    const svg = document.querySelector('#rp-canvas svg');
    const labels = [...svg.querySelectorAll('g.grid .tick text')].filter((t) => getComputedStyle(t).visibility !== 'hidden' && t.closest('[visibility=hidden]') === null).map(box);
    const today = [...svg.querySelectorAll('text.vertText')].find((t) => t.textContent.trim() === 'Today');
    return { labels, today: today ? box(today) : undefined };
  })()`);
}

/** The left edge of a bar, in page coordinates. */
async function barLeft(preview: PreviewPage, id: string): Promise<number> {
  return preview.value<number>(`document.querySelector('#rp-canvas svg').querySelector('[id$="-${id}"]').getBoundingClientRect().left`);
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
}

function assertReadable(axis: Axis, where: string): void {
  assert.ok(axis.labels.length > 0, `${where}: the axis has labels`);
  for (const label of axis.labels) assert.match(label.text, PACK_TERMS, `${where}: axis label "${label.text}" in the pack's terms`);
  const all = axis.today ? [...axis.labels, axis.today] : axis.labels;
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) assert.ok(!overlaps(all[i], all[j]), `${where}: "${all[i].text}" and "${all[j].text}" overlap`);
  }
}

describe('gantt axis in quarters and quarter-weeks', function () {
  this.timeout(120_000);
  const chromium = useChromium('the gantt axis tests');

  async function drawn(update: Update, width: number): Promise<PreviewPage> {
    const preview = await PreviewPage.open(chromium.browser, chromium.harness, 'vscode-light', { width, height: 800 });
    const result = await preview.draw([{ type: 'select', view: 'gantt' }, { ...update, version: 2 }], 'gantt');
    assert.equal(result.type, 'rendered', JSON.stringify(result));
    return preview;
  }

  for (const width of [600, 900]) {
    it(`the example at ${width} px: weeks over its two quarters, each bar starting over its first week's label`, async () => {
      const update = updateFor(readPack(RELIABILITY), { uri: `file:///${RELIABILITY}` });
      const preview = await drawn(update, width);
      try {
        const axis = await axisOf(preview);
        assertReadable(axis, `${width} px`);
        const texts = axis.labels.map((label) => label.text);
        assert.ok(texts.includes('2026-Q3') && texts.includes('2026-Q4'), `both quarters named: ${texts.join(' ')}`);
        // W1 and W5 show at every step (1, 2 or 4 weeks); the bars below start in those weeks.
        const weekLabels = (name: string) => axis.labels.filter((label) => label.text === name).map((label) => (label.left + label.right) / 2);
        for (const [id, week, quarter] of [['tracing', 'W1', 0], ['soc2-remediation', 'W1', 1], ['db-scaling-2', 'W1', 1]] as const) {
          const centre = weekLabels(week)[quarter];
          const left = await barLeft(preview, mermaidId(update, 'gantt', id));
          assert.ok(Math.abs(centre - left) <= 1.5, `${id} starts at ${left.toFixed(1)}, its week's label ${week} is centred at ${centre?.toFixed(1)}`);
        }
        if (width === 900) {
          // Wide enough for every week: slo-framework starts in 2026-Q3-W4, autoscaling in 2026-Q4-W4.
          for (const [id, quarter] of [['slo-framework', 0], ['autoscaling', 1]] as const) {
            const centre = weekLabels('W4')[quarter];
            const left = await barLeft(preview, mermaidId(update, 'gantt', id));
            assert.ok(Math.abs(centre - left) <= 1.5, `${id} starts at ${left.toFixed(1)}, W4 is centred at ${centre?.toFixed(1)}`);
          }
        }
      } finally {
        await preview.close();
      }
    });

    it(`a two-year plan at ${width} px: quarters over years, none overlapping`, async () => {
      const preview = await drawn(updateFor(generatePack(400)), width);
      try {
        const axis = await axisOf(preview);
        assertReadable(axis, `two years, ${width} px`);
        const texts = axis.labels.map((label) => label.text);
        for (const name of ['2026', '2027']) assert.ok(texts.some((text) => text === name || text.startsWith(`${name}-Q`)), `${name} named on the axis: ${texts.join(' ')}`);
        assert.ok(texts.filter((text) => /Q[1-4]$/.test(text)).length >= 8, `eight quarters named: ${texts.join(' ')}`);
      } finally {
        await preview.close();
      }
    });

    it(`a one-quarter drill-down at ${width} px: its weeks`, async () => {
      const preview = await drawn(updateFor(generatePack(400), { view: { focus: '2026-Q3' } }), width);
      try {
        const axis = await axisOf(preview);
        assertReadable(axis, `drill-down, ${width} px`);
        const texts = axis.labels.map((label) => label.text);
        assert.ok(texts.includes('2026-Q3'), `the quarter named: ${texts.join(' ')}`);
        assert.ok(texts.filter((text) => /^W\d+$/.test(text)).length >= 4, `its weeks marked: ${texts.join(' ')}`);
      } finally {
        await preview.close();
      }
    });
  }
});
