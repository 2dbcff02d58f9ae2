import type { TeamLoad } from '../capacity/loads';
import { weeklyCapacity } from '../capacity/teamCapacity';
import type { Team } from '../model/types';
import { Calendar, EpochDay, WEEKS_PER_QUARTER, WeekIndex, firstWeekOfQuarter, formatQuarter, quarterOfWeek, weekDates, weekOfDate } from '../time';
import { label } from './escape';
import { round1 } from '../text/format';
import { INDENT, RenderedView, ViewInput } from './shared';

export interface CapacityOptions {
  /** One bar per week instead of per quarter. */
  weekly?: boolean;
  /** Only this team (id or name, any case); every team when absent. */
  team?: string;
  /** The day the preview marks as today on each chart that covers it. */
  today?: EpochDay;
}

/**
 * Where today falls on one chart of `diagrams`: its bar (category) index and
 * how far into that bar's period, 0 at its first day to 1 past its last, so
 * the preview can draw a Today line without knowing the calendar.
 */
export interface ChartToday {
  diagram: number;
  bar: number;
  fraction: number;
}

/** One period of one team: planned load and capacity in engineer-weeks. */
export interface CapacityPeriod {
  /** `2026-Q3`, or `2026-Q3-W4` when weekly. */
  period: string;
  load: number;
  capacity: number;
  /** load ÷ capacity; undefined without capacity. */
  utilisation: number | undefined;
  /**
   * Engineer-weeks planned above their own week's capacity, summed over the
   * period's weeks: a quarter at 62% can hide a week at 214%, and this does not.
   */
  overload: number;
}

/** The numbers behind one team's chart, for a table beside it. */
export interface TeamCapacity {
  id: string;
  name: string;
  periods: CapacityPeriod[];
  /** The most loaded period (by utilisation; by load where there is no capacity). */
  peak: CapacityPeriod | undefined;
  /** The most loaded week, whatever the periods (a quarter's average can hide it). */
  peakWeek: CapacityPeriod | undefined;
}

/**
 * At most this many per-team charts in `diagrams` (the summed chart in `text`
 * still counts every team): a chart per team of a 32,000-team pack was 66 MB
 * of Mermaid and 6 s to write, and no preview shows that many.
 */
export const MAX_TEAM_CHARTS = 200;

/**
 * Series colours in the order the chart writes them: load bars, the capacity
 * line, and (quarterly, when some week is over) the bar of the load above
 * its week's capacity, drawn over the foot of the load bar.
 */
const PALETTE = '#4e79a7, #d62728, #f28e2b';
/** The capacity line's colour, which a portfolio's stacked chart keeps too. */
export const CAPACITY_COLOUR = '#d62728';
export const SERIES = { load: 'Planned load', capacity: 'Capacity', overload: 'Over weekly capacity' } as const;

/**
 * Planned load against capacity per team as Mermaid `xychart-beta` charts,
 * one per team: x-axis quarters (or weeks), bars the planned engineer-weeks,
 * the line what the team has for planned work (engineers × (1 − BAU), hires
 * counted from their week). The title names the team and its peak.
 *
 * `diagrams` has a chart per team; `text` must be one Mermaid document, so
 * with several teams it is one chart of all of them summed (a renderer given
 * several charts back to back accepts none).
 */
export function capacityView(input: ViewInput, options: CapacityOptions = {}): RenderedView {
  const warnings: string[] = [];
  const drawn = selectTeams(input, options, warnings).filter((team) => {
    if (team.weeks.length > 0) return true;
    return (warnings.push(`${teamName(team)} has no capacity or load in the horizon: not drawn.`), false);
  });
  if (drawn.length === 0 && input.model.teams.length === 0) warnings.push('The pack defines no teams.');
  if (drawn.length > MAX_TEAM_CHARTS) warnings.push(`${drawn.length} teams have capacity or load: a chart each for the first ${MAX_TEAM_CHARTS}, all of them summed in the total; draw one team to see any other.`);
  const charted = drawn.slice(0, MAX_TEAM_CHARTS);
  const diagrams = charted.map((team) => chart(team.capacity(), options));
  const text = drawn.length > 1 ? totalChart(drawn, options) : (diagrams[0] ?? '');
  const todays = todaysOf(charted, options, input.model.calendar);
  return { text, diagrams, sourceMap: {}, warnings, ...(todays.length > 0 ? { todays } : {}) };
}

function todaysOf(teams: readonly TeamWeeks[], options: CapacityOptions, calendar: Calendar): ChartToday[] {
  const { today } = options;
  if (today === undefined || !Number.isFinite(today)) return [];
  return teams.flatMap((team, diagram) => {
    const mark = todayOnChart(team.weeks, options.weekly ?? false, today, calendar);
    return mark ? [{ diagram, ...mark }] : [];
  });
}

/**
 * The bar today falls in and the fraction into it, or undefined when the
 * chart's weeks do not cover today. Bars are the weeks (weekly) or the
 * distinct quarters of `weeks` in order, as `toPeriods` makes them.
 */
export function todayOnChart(weeks: readonly { week: WeekIndex }[], weekly: boolean, today: EpochDay, calendar: Calendar): { bar: number; fraction: number } | undefined {
  const week = weekOfDate(Math.floor(today), calendar);
  if (!weeks.some((each) => each.week === week)) return undefined;
  const { start, end } = weekDates(week, calendar);
  const intoWeek = (Math.floor(today) - start + 0.5) / (end - start + 1);
  if (weekly) return { bar: weeks.findIndex((each) => each.week === week), fraction: intoWeek };
  const quarter = quarterOfWeek(week);
  const quarters = [...new Set(weeks.map((each) => quarterOfWeek(each.week)))];
  return { bar: quarters.indexOf(quarter), fraction: (week - firstWeekOfQuarter(quarter) + intoWeek) / WEEKS_PER_QUARTER };
}

/** Every team's figures, per quarter or per week, in the pack's team order. */
export function capacityData(input: ViewInput, options: CapacityOptions = {}): TeamCapacity[] {
  return input.model.teams.map((team) => teamWeeks(input, team, options.weekly ?? false).capacity());
}

/**
 * A team's weeks, so that several teams can be summed, its peak (which the
 * total's title names) and its figures, made only for the teams charted: a
 * period object per week of 32,000 teams was most of the view's time.
 */
interface TeamWeeks {
  id: string;
  name: string;
  weeks: Week[];
  peak(): CapacityPeriod | undefined;
  capacity(): TeamCapacity;
}

function selectTeams(input: ViewInput, options: CapacityOptions, warnings: string[]): TeamWeeks[] {
  const weekly = options.weekly ?? false;
  const team = options.team === undefined ? undefined : input.analysis.teams.find(options.team);
  if (team) return [teamWeeks(input, team, weekly)];
  if (options.team !== undefined) warnings.push(`No team \`${options.team}\` in the pack; drawing every team.`);
  return input.model.teams.map((each) => teamWeeks(input, each, weekly));
}

function teamWeeks(input: ViewInput, team: Team, weekly: boolean): TeamWeeks {
  const load = input.analysis.loads.get(team);
  const weeks = load ? weeksOf(load) : horizonWeeks(input, team);
  let periods: CapacityPeriod[] | undefined;
  const periodsOnce = () => (periods ??= toPeriods(weeks, weekly));
  return {
    id: team.id,
    name: team.name,
    weeks,
    peak: () => (weekly ? peakWeekOf(weeks) : peakOf(periodsOnce())),
    capacity: () => ({ id: team.id, name: team.name, periods: periodsOnce(), peak: peakOf(periodsOnce()), peakWeek: peakWeekOf(weeks) }),
  };
}

/** A sum can hide one team's overload, so the title also names the busiest team. */
function totalChart(teams: readonly TeamWeeks[], options: CapacityOptions): string {
  const total = totalCapacity(teams, options.weekly ?? false);
  let busiest: { team: TeamWeeks; peak: CapacityPeriod } | undefined;
  for (const team of teams) {
    const peak = team.peak();
    if (peak && (!busiest || heavier(peak, busiest.peak))) busiest = { team, peak };
  }
  return chart(total, options, titleOf(total, options) + (busiest ? busiestNote(busiest.team, busiest.peak) : ''));
}

/** `, busiest Infra Squad at 98% in 2026-Q4`. */
function busiestNote(team: TeamWeeks, peak: CapacityPeriod): string {
  if (peak.load <= 0) return '';
  const name = team.name || team.id;
  if (peak.utilisation === undefined) return `, busiest ${name} with work and no capacity in ${peak.period}`;
  return `, busiest ${name} at ${Math.round(peak.utilisation * 100)}% in ${peak.period}`;
}

/** Every drawn team's load and capacity added up, week by week. */
function totalCapacity(teams: readonly TeamWeeks[], weekly: boolean): TeamCapacity {
  const sums = new Map<WeekIndex, Week>();
  for (const { week, load, capacity } of teams.flatMap((team) => team.weeks)) {
    const sum = sums.get(week) ?? { week, load: 0, capacity: 0 };
    sums.set(week, { week, load: sum.load + load, capacity: sum.capacity + capacity });
  }
  const summed = [...sums.values()].sort((a, b) => a.week - b.week);
  const periods = toPeriods(summed, weekly);
  return { id: '', name: `All ${teams.length} teams`, periods, peak: peakOf(periods), peakWeek: peakWeekOf(summed) };
}

/** A team's figures from its weeks (a portfolio's shared team has its weeks from the portfolio's check). */
export function teamCapacityOf(id: string, name: string, weeks: Week[], weekly: boolean): TeamCapacity {
  const periods = toPeriods(weeks, weekly);
  return { id, name, periods, peak: peakOf(periods), peakWeek: peakWeekOf(weeks) };
}

export function toPeriods(weeks: Week[], weekly: boolean): CapacityPeriod[] {
  return weekly ? weeks.map(weekPeriod) : quarterPeriods(weeks);
}

function teamName(team: TeamWeeks): string {
  return team.name || team.id;
}

/** The most loaded week, as a period, without making a period of every week. */
function peakWeekOf(weeks: readonly Week[]): CapacityPeriod | undefined {
  let peak: Week | undefined;
  for (const week of weeks) if (!peak || rank(week.load, week.capacity) > rank(peak.load, peak.capacity)) peak = week;
  return peak && weekPeriod(peak);
}

export interface Week {
  week: WeekIndex;
  load: number;
  capacity: number;
}

export function weeksOf(load: Pick<TeamLoad, 'firstWeek' | 'load' | 'capacity'>): Week[] {
  return Array.from(load.load, (value, i) => ({ week: load.firstWeek + i, load: value, capacity: load.capacity[i] }));
}

/** A team with no planned work: its capacity over the horizon's quarters. */
function horizonWeeks(input: ViewInput, team: Team): Week[] {
  const { horizon } = input.model;
  if (!horizon) return [];
  const first = firstWeekOfQuarter(quarterOfWeek(horizon.first));
  const last = Math.min(firstWeekOfQuarter(quarterOfWeek(horizon.last)) + WEEKS_PER_QUARTER - 1, first + 5200);
  const weeks: Week[] = [];
  for (let week = first; week <= last; week++) weeks.push({ week, load: 0, capacity: weeklyCapacity(team, week, input.analysis.ifHired) });
  return weeks;
}

function weekPeriod(week: Week): CapacityPeriod {
  return period(formatQuarter(quarterOfWeek(week.week)) + `-W${(week.week % WEEKS_PER_QUARTER) + 1}`, week.load, week.capacity, overloadOf(week));
}

function quarterPeriods(weeks: Week[]): CapacityPeriod[] {
  const quarters = new Map<number, { load: number; capacity: number; overload: number }>();
  for (const week of weeks) {
    const quarter = quarterOfWeek(week.week);
    const sums = quarters.get(quarter) ?? { load: 0, capacity: 0, overload: 0 };
    sums.load += week.load;
    sums.capacity += week.capacity;
    sums.overload += overloadOf(week);
    quarters.set(quarter, sums);
  }
  return [...quarters].map(([quarter, sums]) => period(formatQuarter(quarter), sums.load, sums.capacity, sums.overload));
}

/**
 * A summed week's overload is the sum's: one team's overload in a week can
 * hide under another's spare capacity in the all-teams chart, whose title
 * names the busiest team for that reason.
 */
function overloadOf(week: Week): number {
  return Math.max(0, week.load - week.capacity);
}

function period(name: string, load: number, capacity: number, overload: number): CapacityPeriod {
  return { period: name, load, capacity, utilisation: capacity > 0 ? load / capacity : undefined, overload };
}

function peakOf(periods: CapacityPeriod[]): CapacityPeriod | undefined {
  let peak: CapacityPeriod | undefined;
  for (const candidate of periods) {
    if (!peak || heavier(candidate, peak)) peak = candidate;
  }
  return peak;
}

/** Load without capacity outranks any utilisation. */
function heavier(a: CapacityPeriod, b: CapacityPeriod): boolean {
  return rank(a.load, a.capacity) > rank(b.load, b.capacity);
}

function rank(load: number, capacity: number): number {
  return capacity > 0 ? load / capacity : load > 0 ? Infinity : -1;
}

/**
 * One team's chart. Each series is titled, so Mermaid draws a legend beside
 * the plot. Quarterly, a third series shows the load above its own week's
 * capacity (drawn last, over the foot of the load bar) whenever some week is
 * over: that is how a crunch inside an average-looking quarter shows.
 */
function chart(team: TeamCapacity, options: CapacityOptions, title = titleOf(team, options)): string {
  const labels = team.periods.map((p) => `"${label(options.weekly ? shortWeek(p.period) : p.period, 'xychart')}"`);
  const loads = team.periods.map((p) => round1(p.load));
  const capacities = team.periods.map((p) => round1(p.capacity));
  const overloads = team.periods.map((p) => round1(p.overload));
  const showOverload = !options.weekly && overloads.some((value) => value > 0);
  const top = Math.max(1, Math.ceil([...loads, ...capacities].reduce((max, value) => Math.max(max, value), 0) * 1.15));
  return [
    '---',
    'config:',
    '  themeVariables:',
    '    xyChart:',
    `      plotColorPalette: "${PALETTE}"`,
    '---',
    'xychart-beta',
    `${INDENT}title "${label(title, 'xychart')}"`,
    `${INDENT}x-axis "${options.weekly ? 'Week' : 'Quarter'}" [${labels.join(', ')}]`,
    `${INDENT}y-axis "Engineer-weeks" 0 --> ${top}`,
    `${INDENT}bar "${label(SERIES.load, 'xychart')}" [${loads.join(', ')}]`,
    `${INDENT}line "${label(SERIES.capacity, 'xychart')}" [${capacities.join(', ')}]`,
    ...(showOverload ? [`${INDENT}bar "${label(SERIES.overload, 'xychart')}" [${overloads.join(', ')}]`] : []),
    '',
  ].join('\n');
}

/** `Infra Squad: peak 98% of capacity in 2026-Q4`, and, quarterly, the busiest week when it is over capacity. */
export function titleOf(team: TeamCapacity, options: CapacityOptions): string {
  const name = team.name || team.id;
  const { peak } = team;
  if (!peak || peak.load <= 0) return `${name}: no planned work`;
  if (peak.utilisation === undefined) return `${name}: work planned in ${peak.period} with no capacity`;
  const over = peak.utilisation > 1 ? ', over capacity' : '';
  return `${name}: peak ${Math.round(peak.utilisation * 100)}% of capacity in ${peak.period}${over}${options.weekly ? '' : busiestWeekNote(team)}`;
}

/** `, 214% in week 2026-Q4-W3`: only when that week is over capacity, which its quarter's figure may not be. */
function busiestWeekNote(team: TeamCapacity): string {
  const week = team.peakWeek;
  if (!week || week.utilisation === undefined || week.utilisation <= 1) return '';
  return `, ${Math.round(week.utilisation * 100)}% in week ${week.period}`;
}

/** `2026-Q3-W4` → `Q3 W4` for the x-axis: 26 full labels would not fit. */
export function shortWeek(period: string): string {
  const match = /^\d{4}-(Q\d)-(W\d+)$/.exec(period);
  return match ? `${match[1]} ${match[2]}` : period;
}
