import type { PackModel, Risk } from '../model/types';
import { CADENCE_PATTERN } from '../schema/timePatterns';
import { formatDateLong, formatWeek, parseIsoDate, parsePoint, weekDates } from '../time';
import { DayRange, CalendarMonth, code } from './calendarMonth';
import { mdLine } from './text';

/**
 * Risks that need a look this month: every risk is open (the register has no
 * status), and it is listed when its review falls in or before the month
 * (a past review still open is overdue; weekly, biweekly and monthly reviews
 * fall in every month, quarterly ones in a quarter's last month), or when it
 * affects an initiative running this month.
 */
export function riskLines(model: PackModel, month: CalendarMonth, range: DayRange): string[] {
  const running = new Set(
    model.initiatives
      .filter((i) => i.status !== 'cut' && i.status !== 'done' && i.span)
      .filter((i) => weekDates(i.span!.first, model.calendar).start <= range.last && weekDates(i.span!.last, model.calendar).end >= range.first)
      .map((i) => i.id),
  );
  return model.risks.flatMap((risk) => {
    const affected = (risk.input.affects ?? []).filter((id) => running.has(id));
    const reasons = [...reviewReason(model, risk, month, range), ...(affected.length ? [`affects ${affected.map(code).join(', ')}, running this month`] : [])];
    return reasons.length ? [riskLine(risk, reasons)] : [];
  });
}

function reviewReason(model: PackModel, risk: Risk, month: CalendarMonth, range: DayRange): string[] {
  const review = risk.input.review === undefined ? undefined : String(risk.input.review).trim();
  if (!review) return [];
  if (CADENCE_PATTERN.test(review)) {
    const quarterEnd = (month.month - model.calendar.fiscalYearStart + 12) % 3 === 2;
    return /^quarterly$/i.test(review) && !quarterEnd ? [] : [`review ${review.toLowerCase()}`];
  }
  const point = parsePoint(review, model.calendar);
  const day = parseIsoDate(review) ?? (point.ok ? weekDates(point.value, model.calendar).start : undefined);
  if (day === undefined || day > range.last) return [];
  const week = point.ok && !parseIsoDate(review) ? `${formatWeek(point.value)}, ` : '';
  return [day < range.first ? `review overdue (${week}${formatDateLong(day)})` : `review due (${week}${formatDateLong(day)})`];
}

function riskLine(risk: Risk, reasons: string[]): string {
  const { likelihood = '?', impact = '?', mitigation, owner } = risk.input;
  const needed = mitigation ? `mitigation: ${mdLine(mitigation)}` : 'mitigation: _…_';
  return `- ${code(risk.id)} ${mdLine(risk.title)} (${likelihood} likelihood, ${impact} impact): ${needed} — owner: ${owner ? mdLine(owner) : '_…_'}; ${reasons.join('; ')}`;
}

/** Register dependencies not done whose `needed_by` ends by the end of `until` (overdue ones included). */
export function dependencyLines(model: PackModel, month: DayRange, until: DayRange): string[] {
  return model.dependencies.flatMap((dependency) => {
    const input = dependency.input;
    if (input.status === 'done' || dependency.neededBy === undefined) return [];
    const day = weekDates(dependency.neededBy, model.calendar).end;
    if (day > until.last) return [];
    const when = day < month.first ? 'overdue' : day <= month.last ? 'due this month' : 'due next month';
    const from = input.provider ? ` from ${mdLine(input.provider)}` : '';
    const late = input.impact ? `; if late: ${mdLine(input.impact)}` : '';
    return [`- ${code(dependency.id)} ${mdLine(dependency.title)}: needed${from} by ${formatDateLong(day)} (end of ${formatWeek(dependency.neededBy)}, ${when}) — owner: ${input.owner ? mdLine(input.owner) : '_…_'}; status: ${input.status ?? 'open'}${late}`];
  });
}
