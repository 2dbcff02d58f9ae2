import { Calendar, parseIsoDate, weekOfDate } from './calendar';
import { WEEKS_PER_QUARTER, WeekIndex, WeekSpan, firstWeekOfQuarter, lastWeekOfQuarter, quarterIndex, quarterOfWeek, weekIndex } from './weeks';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

export const ACCEPTED_POINTS = 'a quarter-week `2026-Q3-W4`, a quarter `2026-Q3` or a date `2026-07-13`';
export const ACCEPTED_SPANS =
  'a span such as `2026-Q3-W4..W8`, `2026-Q3-W10..2026-Q4-W2`, `2026-Q3`, `2026-Q3..2026-Q4`, `2026-Q4-W7` or `2026-07-06..2026-08-28`';

/** One end of a time value: where it starts and where it ends, in weeks. */
interface Endpoint {
  first: WeekIndex;
  last: WeekIndex;
  kind: 'week' | 'quarter' | 'date';
}

const QUARTER_WEEK = /^(\d{4})-Q(\d)-W(\d{1,2})$/i;
const QUARTER = /^(\d{4})-Q(\d)$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function fail<T>(message: string): Parsed<T> {
  return { ok: false, message };
}

/** Years a pack may name: four digits, as every form is written, from 1000 on. */
const FIRST_YEAR = 1000;

function parseEndpoint(text: string, calendar: Calendar): Parsed<Endpoint> {
  const year = /^(\d{4})-/.exec(text);
  if (text === '') return fail('The time is empty.');
  if (year && Number(year[1]) < FIRST_YEAR) return fail(`\`${text}\` names year ${year[1]}; years run ${FIRST_YEAR}..9999.`);
  const quarterWeek = QUARTER_WEEK.exec(text);
  if (quarterWeek) {
    const [quarter, week] = [Number(quarterWeek[2]), Number(quarterWeek[3])];
    if (quarter < 1 || quarter > 4) return fail(`\`${text}\` names quarter ${quarter}; quarters run Q1..Q4.`);
    if (week < 1 || week > WEEKS_PER_QUARTER) return fail(`\`${text}\` names week ${week}; weeks run W1..W13.`);
    const index = weekIndex(Number(quarterWeek[1]), quarter, week);
    return { ok: true, value: { first: index, last: index, kind: 'week' } };
  }
  const quarterOnly = QUARTER.exec(text);
  if (quarterOnly) {
    const quarter = Number(quarterOnly[2]);
    if (quarter < 1 || quarter > 4) return fail(`\`${text}\` names quarter ${quarter}; quarters run Q1..Q4.`);
    const index = quarterIndex(Number(quarterOnly[1]), quarter);
    return { ok: true, value: { first: firstWeekOfQuarter(index), last: lastWeekOfQuarter(index), kind: 'quarter' } };
  }
  if (DATE.test(text)) {
    const day = parseIsoDate(text);
    if (day === undefined) return fail(`\`${text}\` is not a real calendar date.`);
    const week = weekOfDate(day, calendar);
    return { ok: true, value: { first: week, last: week, kind: 'date' } };
  }
  return fail(`\`${text}\` is not a time.`);
}

function withForms<T>(result: Parsed<T>, forms: string): Parsed<T> {
  return result.ok ? result : fail(`${result.message} Use ${forms}.`);
}

/** A point in time: a quarter stands for its first week, a date for the week it falls in. */
export function parsePoint(text: string, calendar: Calendar): Parsed<WeekIndex> {
  const trimmed = text.trim();
  if (trimmed.includes('..')) return fail(`\`${trimmed}\` is a span, but a single point in time is expected here. Use ${ACCEPTED_POINTS}.`);
  const endpoint = withForms(parseEndpoint(trimmed, calendar), ACCEPTED_POINTS);
  return endpoint.ok ? { ok: true, value: endpoint.value.first } : endpoint;
}

/** A span of weeks, ends inclusive; a quarter at the end of a span means its last week. */
export function parseSpan(text: string, calendar: Calendar): Parsed<WeekSpan> {
  const trimmed = text.trim();
  const parts = trimmed.split('..');
  if (parts.length > 2) return fail(`\`${trimmed}\` has more than one \`..\`. Use ${ACCEPTED_SPANS}.`);
  const missing = parts.length === 2 && missingEnd(parts);
  if (missing) return fail(`\`${trimmed}\` has no ${missing} ${missing === 'end' ? 'after' : 'before'} \`..\`. Use ${ACCEPTED_SPANS}.`);
  const start = withForms(parseEndpoint(parts[0].trim(), calendar), ACCEPTED_SPANS);
  if (!start.ok) return start;
  if (parts.length === 1) return { ok: true, value: { first: start.value.first, last: start.value.last } };
  const end = withForms(parseSpanEnd(parts[1].trim(), start.value, calendar), ACCEPTED_SPANS);
  if (!end.ok) return end;
  if (end.value.last < start.value.first) return fail(`\`${trimmed}\` ends before it starts.`);
  return { ok: true, value: { first: start.value.first, last: end.value.last } };
}

function missingEnd([start, end]: string[]): 'start' | 'end' | undefined {
  if (start.trim() === '') return 'start';
  return end.trim() === '' ? 'end' : undefined;
}

/** `W8` after a quarter-week is shorthand for a week of the same quarter. */
function parseSpanEnd(text: string, start: Endpoint, calendar: Calendar): Parsed<Endpoint> {
  const shortWeek = /^W(\d{1,2})$/i.exec(text);
  if (!shortWeek) return parseEndpoint(text, calendar);
  if (start.kind !== 'week') return fail(`\`${text}\` may only follow a quarter-week such as \`2026-Q3-W4..W8\`.`);
  const week = Number(shortWeek[1]);
  if (week < 1 || week > WEEKS_PER_QUARTER) return fail(`\`${text}\` names week ${week}; weeks run W1..W13.`);
  const index = firstWeekOfQuarter(quarterOfWeek(start.first)) + week - 1;
  return { ok: true, value: { first: index, last: index, kind: 'week' } };
}

/** A lag such as `3w`, `-2w` or `0`, in weeks. */
export function parseLag(text: string): Parsed<number> {
  const match = /^([+-]?\d{1,3})\s*w?$/i.exec(text.trim());
  if (!match) return fail(`\`${text}\` is not a lag. Write a whole number of weeks such as \`3w\` or \`-1w\`.`);
  return { ok: true, value: Number(match[1]) };
}
