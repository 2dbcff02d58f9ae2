import { strict as assert } from 'node:assert';
import { epochDay, formatDate } from '../../server/src/pack';
import { MAX_AXIS_QUARTERS, ganttAxis, ganttView } from '../../server/src/pack/views';
import { SEED, load } from './packs';

describe('gantt axis (quarters and quarter-weeks for the preview)', () => {
  it('names every quarter the seed touches, with the first day of each of its 13 weeks, and anchors its first and last task', () => {
    const axis = ganttView(load(SEED)).axis!;
    assert.deepEqual(axis.quarters.map((q) => [q.name, q.short, q.year]), [['2026-Q3', 'Q3', '2026'], ['2026-Q4', 'Q4', '2026']]);
    const q3 = axis.quarters[0];
    assert.equal(q3.weeks.length, 13);
    assert.equal(formatDate(q3.weeks[0]), '2026-07-06'); // the first Monday on or after 1 July
    assert.equal(formatDate(q3.weeks[3]), '2026-07-27'); // slo-framework's 2026-Q3-W4
    assert.equal(q3.end, axis.quarters[1].weeks[0], 'a quarter ends where the next one starts');
    // t1 starts first (2026-07-06); t10 ends last (2026-12-27, so the scale runs to the 28th).
    assert.deepEqual(axis.anchors.map((a) => [a.id, formatDate(a.start), formatDate(a.end)]), [['t1', '2026-07-06', '2026-09-21'], ['t10', '2026-11-23', '2026-12-28']]);
  });

  it('follows a fiscal year: quarters named after the year they start in, weeks from its calendar', () => {
    const calendar = { fiscalYearStart: 2 };
    const axis = ganttAxis([{ id: 't1', start: epochDay(2026, 2, 2), end: epochDay(2026, 4, 30) }], calendar)!;
    assert.deepEqual(axis.quarters.map((q) => q.name), ['2026-Q1']);
    assert.equal(formatDate(axis.quarters[0].weeks[0]), '2026-02-02');
    assert.equal(formatDate(axis.quarters[0].end), '2026-05-04', 'W13 runs to the day before the next quarter’s first Monday');
  });

  it('a milestone anchors at its day; a chart too long for quarter bands keeps Mermaid’s axis', () => {
    const day = epochDay(2026, 7, 26);
    assert.deepEqual(ganttAxis([{ id: 'g1', start: day }], { fiscalYearStart: 1 })!.anchors, [{ id: 'g1', start: day, end: day }]);
    const long = ganttAxis([{ id: 't1', start: epochDay(2026, 1, 5), end: epochDay(2026, 1, 5) + 92 * MAX_AXIS_QUARTERS }], { fiscalYearStart: 1 });
    assert.equal(long, undefined);
    assert.equal(ganttAxis([], { fiscalYearStart: 1 }), undefined);
  });
});
