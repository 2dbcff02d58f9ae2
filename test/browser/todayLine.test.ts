/**
 * The capacity chart's Today line (media/preview/todayLine.ts), measured in
 * the rendered SVG: the line stands inside the x span of the bar the server
 * named (2026-08-01 is in 2026-Q3, and in its week 5), its "Today" label
 * overlaps no other visible text, and line and label read at 4.5:1 or more
 * against the chart's background, in the light, dark and high-contrast
 * themes, quarterly and weekly. Skipped only when Chromium is absent.
 */
import { strict as assert } from 'node:assert';
import { PreviewPage, THEMES, useChromium } from './harness';
import { contrast, rgb } from './contrast';
import { TODAY, readPack, updateFor } from './updates';
import { formatDate } from '../../server/src/pack/time';

const RELIABILITY = 'examples/platform-reliability/platform-reliability.roadmap.yaml';

interface Box {
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

interface Measured {
  line: { x: number; stroke: string } | undefined;
  label: (Box & { fill: string; hidden: boolean }) | undefined;
  bar: Box | undefined;
  others: Box[];
  background: string;
}

/** The first chart's Today line, its label, bar `bar` of the load series, the other visible texts and the colour behind the plot. */
async function measure(preview: PreviewPage, bar: number): Promise<Measured> {
  return preview.value<Measured>(`(() => {
    const box = (element) => { const r = element.getBoundingClientRect(); return { text: (element.textContent || '').trim(), left: r.left, right: r.right, top: r.top, bottom: r.bottom }; };
    const svg = document.querySelector('#rp-canvas svg');
    const group = svg.querySelector('g.rp-today');
    const line = group && group.querySelector('line');
    const label = group && group.querySelector('text');
    const rect = svg.querySelectorAll('g.plot g.bar-plot-0 rect')[${bar}];
    const others = [...svg.querySelectorAll('text')].filter((t) => t !== label && t.closest('[visibility=hidden]') === null && getComputedStyle(t).visibility !== 'hidden' && t.textContent.trim() !== '').map(box);
    let background = 'rgba(0, 0, 0, 0)';
    const painted = svg.querySelector('rect.background');
    if (painted) background = getComputedStyle(painted).fill;
    for (let at = svg; (background === 'rgba(0, 0, 0, 0)' || background === 'transparent' || background === 'none') && at; at = at.parentElement) background = getComputedStyle(at).backgroundColor;
    return {
      line: line ? { x: (line.getBoundingClientRect().left + line.getBoundingClientRect().right) / 2, stroke: getComputedStyle(line).stroke } : undefined,
      label: label ? { ...box(label), fill: getComputedStyle(label).fill, hidden: label.getAttribute('visibility') === 'hidden' } : undefined,
      bar: rect ? box(rect) : undefined,
      others,
      background,
    };
  })()`);
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
}

describe('capacity: the Today line', function () {
  this.timeout(120_000);
  const chromium = useChromium('the Today line tests');

  for (const theme of THEMES) {
    for (const weekly of [false, true]) {
      it(`${theme}, ${weekly ? 'weekly' : 'quarterly'}: inside today's bar, a label over no other, 4.5:1`, async () => {
        const update = updateFor(readPack(RELIABILITY), { uri: `file:///${RELIABILITY}`, weekly });
        const capacity = update.views.find((view) => view.view === 'capacity')!;
        const mark = capacity.todays?.find((each) => each.diagram === 0);
        assert.ok(mark, 'the server marks today on the first chart');
        const preview = await PreviewPage.open(chromium.browser, chromium.harness, theme, { width: 900, height: 800 });
        try {
          const result = await preview.draw([{ type: 'select', view: 'capacity' }, { ...update, version: 2 }], 'capacity');
          assert.equal(result.type, 'rendered', JSON.stringify(result));
          const drawn = await measure(preview, mark.bar);
          assert.ok(drawn.line && drawn.label && drawn.bar, `line, label and bar drawn: ${JSON.stringify(drawn)}`);
          assert.ok(drawn.bar.left <= drawn.line.x && drawn.line.x <= drawn.bar.right, `line at ${drawn.line.x} inside bar ${mark.bar} [${drawn.bar.left}, ${drawn.bar.right}]`);
          assert.ok(!drawn.label.hidden, 'the label found a place');
          for (const other of drawn.others) assert.ok(!overlaps(drawn.label, other), `"Today" overlaps "${other.text}"`);
          const ratioLine = contrast(rgb(drawn.line.stroke), rgb(drawn.background));
          const ratioLabel = contrast(rgb(drawn.label.fill), rgb(drawn.background));
          assert.ok(ratioLine >= 4.5, `line ${drawn.line.stroke} on ${drawn.background}: ${ratioLine.toFixed(2)}:1`);
          assert.ok(ratioLabel >= 4.5, `label ${drawn.label.fill} on ${drawn.background}: ${ratioLabel.toFixed(2)}:1`);
        } finally {
          await preview.close();
        }
      });
    }
  }

  it(`a plan that ended before today (${formatDate(TODAY)}): no line, and the hint line says when it ended`, async () => {
    const ended = `pack: 1
title: Ended
horizon: 2026-Q1..2026-Q2
teams:
  - { id: core, name: Core, engineers: 2 }
initiatives:
  - { id: a, title: A, owner: core, when: 2026-Q2-W10..W13, effort: 2 }`;
    const preview = await PreviewPage.open(chromium.browser, chromium.harness, 'vscode-light', { width: 900, height: 800 });
    try {
      const result = await preview.draw([{ type: 'select', view: 'capacity' }, { ...updateFor(ended), version: 2 }], 'capacity');
      assert.equal(result.type, 'rendered', JSON.stringify(result));
      assert.equal(await preview.count('#rp-canvas g.rp-today'), 0);
      assert.match(await preview.text('#rp-hint'), /This plan ended on 2026-Q2-W13, before today \(2026-Q3-W4\)\./);
    } finally {
      await preview.close();
    }
  });
});
