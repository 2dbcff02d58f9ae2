import type { PackModel } from '../model/types';
import { ID_PATTERN } from '../schema/timePatterns';
import { EpochDay, QuarterIndex, epochDay, formatDateLong, formatSpan, formatWeek, quarterOfWeek, weekDates, weekOfDate } from '../time';
import { mdLine } from './text';

export interface CalendarMonth {
  year: number;
  /** 1..12 */
  month: number;
}

/** The first and last day of a calendar month. */
export interface DayRange {
  first: EpochDay;
  last: EpochDay;
}

/** The same month with `month` brought into 1..12 (month 13 of 2026 is January 2027). */
export function normaliseMonth(month: CalendarMonth): CalendarMonth {
  const index = month.year * 12 + Math.trunc(month.month) - 1;
  return { year: Math.floor(index / 12), month: (((index % 12) + 12) % 12) + 1 };
}

export function monthRange(month: CalendarMonth): DayRange {
  return { first: epochDay(month.year, month.month, 1), last: epochDay(month.year, month.month + 1, 1) - 1 };
}

export function nextMonth(month: CalendarMonth): CalendarMonth {
  return month.month === 12 ? { year: month.year + 1, month: 1 } : { year: month.year, month: month.month + 1 };
}

/** The quarter (of the pack's calendar) the middle of the month falls in. */
export function quarterOfMonth(month: CalendarMonth, model: PackModel): QuarterIndex {
  return quarterOfWeek(weekOfDate(epochDay(month.year, month.month, 15), model.calendar));
}

/** A milestone or a gate that is due on a day: the end of its last week (a gate is decided at the end of its week). */
export interface DueItem {
  day: EpochDay;
  /** Its place in the pack, to keep ties in the order the pack writes them. */
  order: number;
  /** The list item, escaped. */
  text: string;
}

/**
 * Milestones and gates due within the range, by date. An initiative that is
 * not cut and has no milestones counts as one milestone: its own span.
 */
export function dueWithin(model: PackModel, range: DayRange): DueItem[] {
  const items: DueItem[] = [];
  for (const initiative of model.initiatives.filter((i) => i.status !== 'cut')) {
    const steps = initiative.milestones.length > 0 ? initiative.milestones : [{ name: `${initiative.title} (whole initiative)`, span: initiative.span }];
    for (const step of steps) {
      if (!step.span) continue;
      const day = weekDates(step.span.last, model.calendar).end;
      items.push({ day, order: items.length, text: `${formatDateLong(day)}: ${mdLine(step.name)} — ${code(initiative.id)}, ${formatSpan(step.span)}` });
    }
  }
  for (const gate of model.gates) {
    if (gate.at === undefined) continue;
    const day = weekDates(gate.at, model.calendar).end;
    const decision = [gate.input.decision ? `decision: ${mdLine(gate.input.decision)}` : 'decision: _…_', `owner: ${gate.input.owner ? mdLine(gate.input.owner) : '_…_'}`];
    items.push({ day, order: items.length, text: `${formatDateLong(day)}: [GATE] ${mdLine(gate.title)} — ${code(gate.id)}, ${formatWeek(gate.at)}; ${decision.join('; ')}` });
  }
  return items.filter((item) => item.day >= range.first && item.day <= range.last).sort((a, b) => a.day - b.day || a.order - b.order);
}

/** An id as inline code (ids cannot hold a backtick); anything else escaped. */
export function code(id: string): string {
  return ID_PATTERN.test(id) ? `\`${id}\`` : mdLine(id);
}
