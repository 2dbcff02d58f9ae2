import { WEEKS_PER_QUARTER, WeekIndex, quarterOfWeek } from './weeks';

/**
 * Maps quarter-weeks to dates. Fiscal year Y starts on the first day of month
 * `fiscalYearStart` of calendar year Y (the year it starts in names it). Week 1
 * of a quarter starts on the first Monday on or after the quarter's first day;
 * week 13 runs until the day before the next quarter's week 1, so every day
 * falls in exactly one week.
 */
export interface Calendar {
  fiscalYearStart: number;
}

export const DEFAULT_CALENDAR: Readonly<Calendar> = { fiscalYearStart: 1 };

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 (UTC), the unit of all date arithmetic here. */
export type EpochDay = number;

export function epochDay(year: number, month: number, day: number): EpochDay {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

export function formatDate(day: EpochDay): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** `Mon 6 Jul 2026`, for hovers and messages. */
export function formatDateLong(day: EpochDay): string {
  const date = new Date(day * DAY_MS);
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][date.getUTCDay()];
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][
    date.getUTCMonth()
  ];
  return `${weekday} ${date.getUTCDate()} ${month} ${date.getUTCFullYear()}`;
}

/** A real calendar date, or undefined for 2026-02-30 and the like. */
export function parseIsoDate(text: string): EpochDay | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const result = epochDay(year, month, day);
  const check = new Date(result * DAY_MS);
  const valid = check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day;
  return valid ? result : undefined;
}

function quarterFirstDay(quarter: number, calendar: Calendar): EpochDay {
  const year = Math.floor(quarter / 4);
  const monthOffset = calendar.fiscalYearStart - 1 + (quarter % 4) * 3;
  return Math.floor(Date.UTC(year, monthOffset, 1) / DAY_MS);
}

function firstMondayOnOrAfter(day: EpochDay): EpochDay {
  const weekday = (day + 4) % 7; // 1970-01-01 was a Thursday (4); Monday is 1
  return day + ((1 - weekday + 7) % 7);
}

function firstDayOfWeekOne(quarter: number, calendar: Calendar): EpochDay {
  return firstMondayOnOrAfter(quarterFirstDay(quarter, calendar));
}

/** First and last day (inclusive) of a quarter-week. */
export function weekDates(week: WeekIndex, calendar: Calendar): { start: EpochDay; end: EpochDay } {
  const quarter = quarterOfWeek(week);
  const number = week % WEEKS_PER_QUARTER;
  const start = firstDayOfWeekOne(quarter, calendar) + number * 7;
  const isLast = number === WEEKS_PER_QUARTER - 1;
  const end = isLast ? Math.max(start, firstDayOfWeekOne(quarter + 1, calendar) - 1) : start + 6;
  return { start, end };
}

/** The quarter-week a date falls in. */
export function weekOfDate(day: EpochDay, calendar: Calendar): WeekIndex {
  const date = new Date(day * DAY_MS);
  const monthsIntoFiscal = (date.getUTCMonth() - (calendar.fiscalYearStart - 1) + 12) % 12;
  const fiscalYear = date.getUTCMonth() + 1 >= calendar.fiscalYearStart ? date.getUTCFullYear() : date.getUTCFullYear() - 1;
  let quarter = fiscalYear * 4 + Math.floor(monthsIntoFiscal / 3);
  // Days before the quarter's first Monday belong to the previous quarter's week 13.
  while (day < firstDayOfWeekOne(quarter, calendar)) quarter--;
  while (day >= firstDayOfWeekOne(quarter + 1, calendar)) quarter++;
  const weekInQuarter = Math.min(WEEKS_PER_QUARTER - 1, Math.floor((day - firstDayOfWeekOne(quarter, calendar)) / 7));
  return quarter * WEEKS_PER_QUARTER + weekInQuarter;
}
