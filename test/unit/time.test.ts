import { strict as assert } from 'node:assert';
import { DEFAULT_CALENDAR, formatDate, formatSpan, formatWeek, parseIsoDate, parseLag, parsePoint, parseSpan, weekDates, weekIndex, weekOfDate } from '../../server/src/pack/time';

const calendar = DEFAULT_CALENDAR;

function span(text: string) {
  const result = parseSpan(text, calendar);
  assert.ok(result.ok, `expected ${text} to parse: ${result.ok ? '' : result.message}`);
  return formatSpan(result.value);
}

describe('time', () => {
  it('starts week 1 on the first Monday on or after the quarter starts', () => {
    // 1 July 2026 is a Wednesday, so 2026-Q3-W1 starts on Monday 6 July.
    const w1 = weekDates(weekIndex(2026, 3, 1), calendar);
    assert.equal(formatDate(w1.start), '2026-07-06');
    assert.equal(formatDate(w1.end), '2026-07-12');
  });

  it('runs week 13 until the day before the next quarter’s week 1', () => {
    // 2026-Q4-W1 starts Monday 5 October, so Q3-W13 is 28 September – 4 October.
    const w13 = weekDates(weekIndex(2026, 3, 13), calendar);
    assert.equal(formatDate(w13.start), '2026-09-28');
    assert.equal(formatDate(w13.end), '2026-10-04');
  });

  it('puts every day in exactly one week, in order, across years', () => {
    let previous = -1;
    for (let week = weekIndex(2025, 1, 1); week < weekIndex(2028, 1, 1); week++) {
      const { start, end } = weekDates(week, calendar);
      if (previous !== -1) assert.equal(start, previous + 1, `gap before ${formatWeek(week)}`);
      assert.ok(end >= start - 1);
      for (let day = start; day <= end; day++) assert.equal(weekOfDate(day, calendar), week, formatDate(day));
      previous = end;
    }
  });

  it('maps quarters through the fiscal year start', () => {
    const fiscal = { fiscalYearStart: 4 };
    // FY2026 starts 1 April 2026 (a Wednesday): Q1-W1 starts Monday 6 April.
    assert.equal(formatDate(weekDates(weekIndex(2026, 1, 1), fiscal).start), '2026-04-06');
    const point = parsePoint('2026-04-06', fiscal);
    assert.ok(point.ok && formatWeek(point.value) === '2026-Q1-W1');
  });

  it('reads every span form of the format', () => {
    assert.equal(span('2026-Q3-W4..W8'), '2026-Q3-W4..W8');
    assert.equal(span('2026-Q3-W10..2026-Q4-W2'), '2026-Q3-W10..2026-Q4-W2');
    assert.equal(span('2026-Q3'), '2026-Q3');
    assert.equal(span('2026-Q3..2026-Q4'), '2026-Q3..2026-Q4');
    assert.equal(span('2026-Q3-W1..2026-Q4-W12'), '2026-Q3-W1..2026-Q4-W12');
    assert.equal(span('2026-Q4-W7'), '2026-Q4-W7');
    assert.equal(span('2026-07-06..2026-08-28'), '2026-Q3-W1..W8');
  });

  it('reads a quarter as its first week when a point is wanted', () => {
    const point = parsePoint('2026-Q3', calendar);
    assert.ok(point.ok);
    assert.equal(formatWeek(point.value), '2026-Q3-W1');
  });

  it('explains bad times and lists the accepted forms', () => {
    const cases: [string, RegExp][] = [
      ['2026-Q3-W14', /weeks run W1\.\.W13/],
      ['2026-Q5', /quarters run Q1\.\.Q4/],
      ['2026-02-30', /not a real calendar date/],
      ['2026-Q4..2026-Q3', /ends before it starts/],
      ['2026-Q3..W4', /may only follow a quarter-week/],
      ['next spring', /not a time.*2026-Q3-W4/],
    ];
    for (const [text, pattern] of cases) {
      const result = parseSpan(text, calendar);
      assert.ok(!result.ok, text);
      assert.match(result.message, pattern, text);
    }
  });

  it('rejects impossible dates and reads lags', () => {
    assert.equal(parseIsoDate('2026-13-01'), undefined);
    assert.deepEqual(parseLag('3w'), { ok: true, value: 3 });
    assert.deepEqual(parseLag('-2w'), { ok: true, value: -2 });
    assert.equal(parseLag('three weeks').ok, false);
  });
});
