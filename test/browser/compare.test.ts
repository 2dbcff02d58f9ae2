/**
 * The preview of a pack compared with a revision (media/preview/comparison.ts):
 * the worked example with redis-cluster slipped two weeks and cost-optimization
 * pulled in one, drawn as the server draws it (the baseline gantt and its
 * marks). In the rendered page: the ghost is an outline on the row under its
 * bar, the slipped bar edged in the warning colour, the pulled-in one in
 * blue, the legend names them, and every label (ghosts' included) and the
 * legend and comparison line read at 4.5:1, in the light, dark and
 * high-contrast themes; Clear posts its message. Skipped only when Chromium is absent.
 */
import { strict as assert } from 'node:assert';
import { PackResult, baselineGantt, checkPack } from '../../server/src/pack';
import type { DrawnView } from '../../protocol/views';
import { contrast, rgb } from './contrast';
import { PreviewPage, THEMES, useChromium } from './harness';
import { describeViolations, measureCanvas } from './measure';
import { TODAY, Update, readPack, updateFor } from './updates';

const EXAMPLE = readPack('examples/platform-reliability/platform-reliability.roadmap.yaml');
const CHANGED = EXAMPLE.replace('when: 2026-Q4-W3..W8', 'when: 2026-Q4-W5..W10');

/** The update the panel posts while the pack is compared with HEAD: its Gantt is the baseline gantt, with its marks. */
function comparedUpdate(before: PackResult, text: string): Update {
  const update = updateFor(text, { uri: 'file:///work/platform-reliability.roadmap.yaml', version: 2 });
  const drawn = baselineGantt(before, checkPack(text), { today: TODAY });
  const gantt: DrawnView = { view: 'gantt', diagrams: drawn.diagrams, text: drawn.text, sourceMap: drawn.sourceMap, warnings: drawn.warnings, ...(drawn.axis ? { axis: drawn.axis } : {}), comparison: { ghosts: drawn.ghosts, slipped: drawn.slipped, pulledIn: drawn.pulledIn } };
  return { ...update, views: update.views.map((view) => (view.view === 'gantt' ? gantt : view)), comparedWith: 'HEAD' };
}

interface Drawn {
  ghosts: { id: string; y: number; stroke: string; fill: string; dashed: boolean }[];
  bars: Record<string, { y: number; height: number; stroke: string; cls: string }>;
  legend: { text: string; colour: string }[];
  background: string;
  compared: { text: string; colour: string; hidden: boolean };
}

async function measure(preview: PreviewPage): Promise<Drawn> {
  return preview.value<Drawn>(`(() => {
    const svg = document.querySelector('#rp-canvas svg');
    const style = (element) => getComputedStyle(element);
    const ghosts = [...svg.querySelectorAll('rect.rp-ghost')].map((rect) => ({ id: rect.id.slice(svg.id.length + 1), y: rect.getBoundingClientRect().top, stroke: style(rect).stroke, fill: style(rect).fill, dashed: style(rect).strokeDasharray !== 'none' }));
    const bars = Object.fromEntries([...svg.querySelectorAll('rect.task')].map((rect) => [rect.id.slice(svg.id.length + 1), { y: rect.getBoundingClientRect().top, height: rect.getBoundingClientRect().height, stroke: style(rect).stroke, cls: rect.getAttribute('class') }]));
    const legend = [...document.querySelectorAll('#rp-canvas .rp-legend li')].map((li) => ({ text: li.textContent, colour: style(li).color }));
    let background = 'rgba(0, 0, 0, 0)';
    for (let at = document.querySelector('#rp-canvas'); (background === 'rgba(0, 0, 0, 0)' || background === 'transparent') && at; at = at.parentElement) background = style(at).backgroundColor;
    const line = document.querySelector('#rp-compared');
    return { ghosts, bars, legend, background, compared: { text: document.querySelector('#rp-compared-text').textContent, colour: style(line).color, hidden: line.hidden } };
  })()`);
}

describe('preview: a pack compared with a revision', function () {
  this.timeout(120_000);
  const chromium = useChromium('the comparison tests');
  const before = checkPack(EXAMPLE);
  const pulledIn = CHANGED.replace('when: 2026-Q4-W8..W12', 'when: 2026-Q4-W7..W11');

  it('the change under test slips redis-cluster and pulls cost-optimization in', () => {
    const drawn = baselineGantt(before, checkPack(pulledIn));
    assert.equal(drawn.slipped.length, 1);
    assert.equal(drawn.pulledIn.length, 1);
    assert.equal(drawn.ghosts.length, 2);
  });

  for (const theme of THEMES) {
    it(`${theme}: ghosts outlined under their bars, moves edged, legend and labels at 4.5:1`, async () => {
      const update = comparedUpdate(before, pulledIn);
      const marks = update.views.find((view) => view.view === 'gantt')!.comparison!;
      const preview = await PreviewPage.open(chromium.browser, chromium.harness, theme, { width: 900, height: 900 });
      try {
        const result = await preview.draw([{ type: 'select', view: 'gantt' }, update], 'gantt');
        assert.equal(result.type, 'rendered', JSON.stringify(result));
        const drawn = await measure(preview);
        assert.deepEqual(drawn.ghosts.map((ghost) => ghost.id).sort(), [...marks.ghosts].sort(), 'every ghost the server listed is drawn as one');
        for (const ghost of drawn.ghosts) {
          assert.ok(ghost.dashed, `${ghost.id} is an outline`);
          assert.match(ghost.fill, /^(none|transparent|rgba\(\d+, \d+, \d+, 0\))$/, `${ghost.id} is not filled: its label reads against the background`);
        }
        const [slipped] = marks.slipped;
        const [pulled] = marks.pulledIn;
        assert.notEqual(drawn.bars[slipped].stroke, drawn.bars[pulled].stroke, 'a slip and a pull-in are edged apart');
        assert.match(drawn.bars[slipped].cls, /rp-slipped/);
        // The ghost of each moved bar is the next row down: its old dates right under the new ones.
        const sourceMap = update.views.find((view) => view.view === 'gantt')!.sourceMap;
        const ghostOf = (bar: string) => drawn.ghosts.find((ghost) => sourceMap[ghost.id] === sourceMap[bar])!;
        for (const bar of [slipped, pulled]) {
          const row = drawn.bars[bar];
          const below = ghostOf(bar).y - row.y;
          assert.ok(below > 0 && below < 2.5 * row.height, `${bar}'s ghost ${below} px below it`);
        }
        const legend = drawn.legend.map((entry) => entry.text);
        for (const text of ['Slipped: ends later than before', 'Pulled in: ends earlier', 'Where it was before']) assert.ok(legend.includes(text), `legend: ${legend.join(', ')}`);
        assert.ok(!legend.includes('Done') && !legend.includes('Critical path'), `Mermaid's meaning of the tags is not claimed for the marks: ${legend.join(', ')}`);
        const page = rgb(drawn.background);
        for (const entry of drawn.legend) assert.ok(contrast(rgb(entry.colour), page) >= 4.5, `legend "${entry.text}" at ${contrast(rgb(entry.colour), page).toFixed(2)}:1`);
        assert.equal(drawn.compared.hidden, false);
        assert.match(drawn.compared.text, /^Compared with HEAD/);
        assert.ok(contrast(rgb(drawn.compared.colour), page) >= 4.5, `the comparison line at ${contrast(rgb(drawn.compared.colour), page).toFixed(2)}:1`);
        const measured = await measureCanvas(preview.page);
        const contrastIssues = measured.violations.filter((violation) => violation.kind === 'contrast' || violation.kind === 'unreadable');
        assert.deepEqual(contrastIssues, [], describeViolations(contrastIssues));
        assert.deepEqual(await preview.csp(), []);
      } finally {
        await preview.page.close();
      }
    });
  }

  it('hides the comparison line for a plain update, and Clear posts clearComparison; Group by is off while compared', async () => {
    const preview = await PreviewPage.open(chromium.browser, chromium.harness);
    const groupByOff = () => preview.value<boolean>("document.querySelector('#rp-group-by').disabled");
    try {
      await preview.draw([comparedUpdate(before, CHANGED)], 'gantt');
      assert.equal(await preview.visible('#rp-compared'), true);
      assert.equal(await groupByOff(), true, 'the compared Gantt groups by change, so Group by is off');
      await preview.clearPosted();
      await preview.page.click('#rp-clear-comparison');
      await preview.waitFor((message) => message.type === 'clearComparison');
      await preview.draw([{ ...updateFor(CHANGED, { uri: 'file:///work/platform-reliability.roadmap.yaml' }), version: 3 }], 'gantt');
      assert.equal(await preview.visible('#rp-compared'), false);
      assert.equal(await preview.count('#rp-canvas rect.rp-ghost'), 0);
      assert.equal(await groupByOff(), false);
    } finally {
      await preview.page.close();
    }
  });

  it('refuses marks that are not lists of ids', async () => {
    const preview = await PreviewPage.open(chromium.browser, chromium.harness);
    try {
      const update = comparedUpdate(before, CHANGED);
      const broken = { ...update, views: update.views.map((view) => (view.view === 'gantt' ? { ...view, comparison: { ghosts: '<b>', slipped: [], pulledIn: [] } } : view)) } as unknown as Update;
      await preview.clearPosted();
      await preview.deliver(broken);
      await new Promise((resolve) => setTimeout(resolve, 500));
      assert.equal((await preview.posted()).some((message) => message.type === 'rendered'), false, 'nothing drawn from it');
    } finally {
      await preview.page.close();
    }
  });
});
