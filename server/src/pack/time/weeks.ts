/**
 * Time in a pack is counted in quarter-weeks: every quarter has exactly 13
 * weeks, so a week is one integer, `WeekIndex`, independent of the calendar:
 * (year × 4 + quarter − 1) × 13 + week − 1. The calendar is only needed to turn
 * weeks into dates and back (see calendar.ts).
 */
export type WeekIndex = number;

/** Inclusive run of weeks. */
export interface WeekSpan {
  first: WeekIndex;
  last: WeekIndex;
}

export const WEEKS_PER_QUARTER = 13;

/** Quarter number counted from year 0: year × 4 + quarter − 1. */
export type QuarterIndex = number;

export function weekIndex(year: number, quarter: number, week: number): WeekIndex {
  return quarterIndex(year, quarter) * WEEKS_PER_QUARTER + week - 1;
}

export function quarterIndex(year: number, quarter: number): QuarterIndex {
  return year * 4 + quarter - 1;
}

export function quarterOfWeek(week: WeekIndex): QuarterIndex {
  return Math.floor(week / WEEKS_PER_QUARTER);
}

export function firstWeekOfQuarter(quarter: QuarterIndex): WeekIndex {
  return quarter * WEEKS_PER_QUARTER;
}

export function lastWeekOfQuarter(quarter: QuarterIndex): WeekIndex {
  return quarter * WEEKS_PER_QUARTER + WEEKS_PER_QUARTER - 1;
}

/** `2026-Q3` */
export function formatQuarter(quarter: QuarterIndex): string {
  return `${Math.floor(quarter / 4)}-Q${(quarter % 4) + 1}`;
}

/** `2026-Q3-W4` */
export function formatWeek(week: WeekIndex): string {
  return `${formatQuarter(quarterOfWeek(week))}-W${(week % WEEKS_PER_QUARTER) + 1}`;
}

/** `2026-Q3-W4..W8`, `2026-Q3-W10..2026-Q4-W2` or a single week. */
export function formatSpan(span: WeekSpan): string {
  if (span.first === span.last) return formatWeek(span.first);
  const wholeQuarters = span.first % WEEKS_PER_QUARTER === 0 && span.last % WEEKS_PER_QUARTER === WEEKS_PER_QUARTER - 1;
  if (wholeQuarters) {
    const [first, last] = [quarterOfWeek(span.first), quarterOfWeek(span.last)];
    return first === last ? formatQuarter(first) : `${formatQuarter(first)}..${formatQuarter(last)}`;
  }
  const sameQuarter = quarterOfWeek(span.first) === quarterOfWeek(span.last);
  const end = sameQuarter ? `W${(span.last % WEEKS_PER_QUARTER) + 1}` : formatWeek(span.last);
  return `${formatWeek(span.first)}..${end}`;
}

export function spanLength(span: WeekSpan): number {
  return span.last - span.first + 1;
}

export function spansOverlap(a: WeekSpan, b: WeekSpan): boolean {
  return a.first <= b.last && b.first <= a.last;
}

export function spanContains(outer: WeekSpan, inner: WeekSpan): boolean {
  return outer.first <= inner.first && inner.last <= outer.last;
}

/** The quarters a span touches, in order. */
export function quartersOfSpan(span: WeekSpan): QuarterIndex[] {
  const quarters: QuarterIndex[] = [];
  for (let q = quarterOfWeek(span.first); q <= quarterOfWeek(span.last); q++) quarters.push(q);
  return quarters;
}
