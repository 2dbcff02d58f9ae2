/**
 * The seed's "Status Update Template (for monthly review)" filled in from the
 * pack for one calendar month. Dates come from the pack's calendar: a
 * milestone is due at the end of its last week, a gate at the end of its
 * week, and an item belongs to the month its due day falls in. `month` is
 * 1..12 (other values roll over into the next or previous year).
 */
import type { PackResult } from '../checkPack';
import type { PackDiagnostic } from '../diagnostic';
import type { PackModel } from '../model/types';
import { plural } from '../text/format';
import { formatQuarter, formatWeek } from '../time';
import { goalsAtRisk } from '../strategy/goals';
import type { MetricInput } from '../schema/packSchema';
import { CalendarMonth, dueWithin, monthRange, nextMonth, normaliseMonth, quarterOfMonth } from './calendarMonth';
import { dependencyLines, riskLines } from './statusRisks';
import { codeCounts, mdLine, monthLabel } from './text';

/** Warnings that make the plan Yellow: schedule (RP401–RP403) and capacity (RP501–RP504). */
const CAPACITY_OR_SCHEDULE: readonly string[] = ['RP401', 'RP402', 'RP403', 'RP501', 'RP502', 'RP503', 'RP504'];

export function statusUpdate(result: PackResult, requested: CalendarMonth): string {
  const { model } = result;
  const month = normaliseMonth(requested);
  const [range, next] = [monthRange(month), nextMonth(month)];
  const nextRange = monthRange(next);
  const state = health(result.diagnostics);
  const blockers = [...riskLines(model, month, range), ...dependencyLines(model, range, nextRange)];
  return [
    `## ${mdLine(model.title)} -- Monthly Status Update`,
    '',
    `**Period:** ${monthLabel(month)}`,
    '',
    `**Overall health:** ${state.level}`,
    '',
    `**Why:** ${state.why}`,
    '',
    '### This period',
    '',
    ...orNothing(dueWithin(model, range).map((item) => `- ${item.text}`), `Nothing due in ${monthLabel(month)}.`),
    '',
    '### Next period',
    '',
    ...orNothing(dueWithin(model, nextRange).map((item) => `- ${item.text}`), `Nothing due in ${monthLabel(next)}.`),
    '',
    '### Metrics movement',
    '',
    ...metricsTable(model, month),
    '',
    ...goalsSection(result),
    '### Risks / blockers (needs help)',
    '',
    ...orNothing(blockers, 'No risk due for review and no open dependency due by the end of next month.'),
    '',
    '### Changes to roadmap',
    '',
    '- _What moved and why_',
    '',
  ].join('\n');
}

/** Red with errors; Yellow with capacity or schedule warnings; else Green. The plan's health as checked. */
export function health(diagnostics: readonly PackDiagnostic[]): { level: 'Green' | 'Yellow' | 'Red'; why: string } {
  const errors = diagnostics.filter((d) => d.severity === 'error').map((d) => d.code);
  if (errors.length) return { level: 'Red', why: `the pack has ${plural(errors.length, 'error')} (${codeCounts(errors)}).` };
  const warnings = diagnostics.filter((d) => d.severity === 'warning' && CAPACITY_OR_SCHEDULE.includes(d.code)).map((d) => d.code);
  if (warnings.length) return { level: 'Yellow', why: `no errors, but ${plural(warnings.length, 'capacity or schedule warning')} (${codeCounts(warnings)}).` };
  return { level: 'Green', why: 'no errors and no capacity or schedule warnings in the pack.' };
}

/** Metric | Last month | This month | Target: the readings are left to fill in; targets are the pack's for the month's quarter. */
function metricsTable(model: PackModel, month: CalendarMonth): string[] {
  const quarter = formatQuarter(quarterOfMonth(month, model));
  const rows = model.metrics.map(({ input }) => `| ${input.name === undefined ? '_Metric_' : mdLine(input.name)} | _ | _ | ${targetFor(input, quarter)} |`);
  return ['| Metric | Last month | This month | Target |', '|---|---|---|---|', ...(rows.length ? rows : ['| _Metric_ | _ | _ | _ |'])];
}

/** The target for the quarter; else the single `target`; else the next quarter's, marked "by"; else a placeholder. */
function targetFor(metric: MetricInput, quarter: string): string {
  const targets = Object.entries(metric.targets ?? {}).map(([key, value]): [string, string | number] => [key.toUpperCase(), value]);
  const exact = targets.find(([key]) => key === quarter);
  if (exact) return mdLine(exact[1]);
  if (metric.target !== undefined) return mdLine(metric.target);
  const later = targets.filter(([key]) => key > quarter).sort(([a], [b]) => a.localeCompare(b))[0];
  return later ? `${mdLine(later[1])} (by ${later[0]})` : '_';
}

/** Goals unserved (RP801) or late (RP803); no section for a pack without goals. */
function goalsSection(result: PackResult): string[] {
  const standings = result.analysis.goals;
  if (standings.length === 0) return [];
  const lines = goalsAtRisk(standings).map(({ goal, state, last }) =>
    state === 'unserved'
      ? `- ${mdLine(goal.id)} (${mdLine(goal.title)}): no initiative serves it.`
      : `- ${mdLine(goal.id)} (${mdLine(goal.title)}): due by ${formatWeek(goal.by!)}, but ${mdLine(last!.id)} ends ${formatWeek(last!.span!.last)}.`,
  );
  return ['### Goals at risk', '', ...orNothing(lines, `All ${plural(standings.length, 'goal')} served, none late.`), ''];
}

function orNothing(lines: string[], nothing: string): string[] {
  return lines.length ? lines : [`- _${nothing}_`];
}
