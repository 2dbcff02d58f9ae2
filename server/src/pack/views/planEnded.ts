import type { PackModel } from '../model/types';
import { EpochDay, WeekIndex, formatWeek, weekOfDate } from '../time';

/**
 * `This plan ended on 2026-Q2-W13, before today (2026-Q4-W9)`, when every
 * week the plan names (its horizon, its initiatives, its gates) is before
 * today's: every view then shows nothing current, and a planner should
 * know why before looking for a Today line that is not there.
 */
export function planEndedNote(model: Pick<PackModel, 'horizon' | 'initiatives' | 'gates' | 'calendar'>, today: EpochDay | undefined): string | undefined {
  if (today === undefined || !Number.isFinite(today)) return undefined;
  const last = lastWeek(model);
  if (last === undefined) return undefined;
  const todayWeek = weekOfDate(Math.floor(today), model.calendar);
  if (last >= todayWeek) return undefined;
  return `This plan ended on ${formatWeek(last)}, before today (${formatWeek(todayWeek)}).`;
}

function lastWeek(model: Pick<PackModel, 'horizon' | 'initiatives' | 'gates'>): WeekIndex | undefined {
  let last = model.horizon?.last;
  const later = (week: WeekIndex | undefined) => {
    if (week !== undefined && Number.isFinite(week) && (last === undefined || week > last)) last = week;
  };
  for (const initiative of model.initiatives) later(initiative.span?.last);
  for (const gate of model.gates) later(gate.at);
  return last;
}
