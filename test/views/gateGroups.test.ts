import { strict as assert } from 'node:assert';
import { checkPack } from '../../server/src/pack';
import { generatePack } from '../../bench/generatePack';
import { gatesView } from '../../server/src/pack/views/gates';
import { AGGREGATE_GATES_ABOVE } from '../../server/src/pack/views/gateGroups';
import { checkDiagram, shownText } from './shape';

/** 3,000 initiatives: 150 gates, above the aggregation threshold. */
const BIG = checkPack(generatePack(3_000));

function labels(text: string): string[] {
  return checkDiagram(text, 'flowchart').of('node').map((node) => shownText(node.label!).replace(/\u2011/g, '-'));
}

describe('views: gates aggregated by quarter on a large pack', () => {
  it('draws one card per quarter (a bounded number of nodes), each a drill-down target, with the count and the worst status', () => {
    const view = gatesView(BIG);
    const [heading, ...quarters] = labels(view.text);
    assert.ok(heading.includes('150 gates'), heading);
    assert.ok(quarters.length > 1 && quarters.length <= AGGREGATE_GATES_ABOVE, `${quarters.length} cards`);
    const counts = quarters.map((text) => Number(/: (\d+) gates?/.exec(text)![1]));
    assert.equal(counts.reduce((a, b) => a + b, 0), 150);
    assert.ok(Object.values(view.sourceMap).every((target) => target.startsWith('group:')), JSON.stringify(view.sourceMap));
  });

  it("drills into one quarter: only that quarter's gates, each its own card, and says so", () => {
    const first = Object.values(gatesView(BIG).sourceMap)[0].slice('group:'.length);
    const all = labels(gatesView(BIG).text).find((text) => text.startsWith(`${first}:`))!;
    const count = Number(/: (\d+) gates?/.exec(all)![1]);
    const view = gatesView(BIG, { focus: first });
    assert.equal(Object.values(view.sourceMap).length, count);
    assert.ok(Object.values(view.sourceMap).every((target) => target.startsWith('gate-')));
    assert.ok(view.warnings.some((warning) => warning.includes(`Showing only the gates decided in ${first}`)), view.warnings.join('\n'));
  });

  it('a focus that names no quarter (a theme) leaves the view aggregated', () => {
    assert.deepEqual(gatesView(BIG, { focus: 'Reliability' }).sourceMap, gatesView(BIG).sourceMap);
  });
});
