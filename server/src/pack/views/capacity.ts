import type { TeamLoad } from '../capacity/loads';
import { weeklyCapacity } from '../capacity/teamCapacity';
import type { Team } from '../model/types';
import { WEEKS_PER_QUARTER, WeekIndex, firstWeekOfQuarter, formatQuarter, quarterOfWeek } from '../time';
import { label } from './escape';
import { round1 } from '../text/format';
import { INDENT, RenderedView, ViewInput } from './shared';

export interface CapacityOptions {
  /** One bar per week instead of per quarter. */
  weekly?: boolean;
  /** Only this team (id or name, any case); every team when absent. */
  team?: string;
}

/** One period of one team: planned load and capacity in engineer-weeks. */
export interface CapacityPeriod {
  /** `2026-Q3`, or `2026-Q3-W4` when weekly. */
  period: string;
  load: number;
  capacity: number;
  /** load ÷ capacity; undefined without capacity. */
  utilisation: number | undefined;
}

/** The numbers behind one team's chart, for a table beside it. */
export interface TeamCapacity {
  id: string;
  name: string;
  periods: CapacityPeriod[];
  /** The most loaded period (by utilisation; by load where there is no capacity). */
  peak: CapacityPeriod | undefined;
}

/** Bars for the load, a line for the capacity: a second colour so an overload (bar above line) shows. */
const PALETTE = '#4e79a7, #d62728';

/**
 * At most this many per-team charts in `diagrams` (the summed chart in `text`
 * still counts every team): a chart per team of a 32,000-team pack was 66 MB
 * of Mermaid and 6 s to write, and no preview shows that many.
 */
export const MAX_TEAM_CHARTS = 200;

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
    if (team.weeks.week.length > 0) return true;
    return (warnings.push(`${teamName(team)} has no capacity or load in the horizon: not drawn.`), false);
  });
  if (drawn.length === 0 && input.model.teams.length === 0) warnings.push('The pack defines no teams.');
  if (drawn.length > MAX_TEAM_CHARTS) warnings.push(`${drawn.length} teams have capacity or load: a chart each for the first ${MAX_TEAM_CHARTS}, all of them summed in the total; draw one team to see any other.`);
  const diagrams = drawn.slice(0, MAX_TEAM_CHARTS).map((team) => chart(teamCapacity(team, options.weekly ?? false), options));
  const text = drawn.length > 1 ? totalChart(drawn, options) : (diagrams[0] ?? '');
  return { text, diagrams, sourceMap: {}, warnings };
}

/** Every team's figures, per quarter or per week, in the pack's team order. */
export function capacityData(input: ViewInput, options: CapacityOptions = {}): TeamCapacity[] {
  return input.model.teams.map((team) => teamCapacity(teamWeeks(input, team), options.weekly ?? false));
}

/**
 * A team's weeks, so that several teams can be summed, and its peak, which
 * the total's title names. Its periods are made only for the teams charted:
 * a period object per week of 32,000 teams was most of the view's time.
 */
interface TeamWeeks {
  id: string;
  name: string;
  weeks: Weeks;
}

/** Load and capacity week by week: `week[i]` is the week of `load[i]` and `capacity[i]`, in week order. */
interface Weeks {
  week: ArrayLike<WeekIndex>;
  load: ArrayLike<number>;
  capacity: ArrayLike<number>;
}

function selectTeams(input: ViewInput, options: CapacityOptions, warnings: string[]): TeamWeeks[] {
  const team = options.team === undefined ? undefined : input.analysis.teams.find(options.team);
  if (team) return [teamWeeks(input, team)];
  if (options.team !== undefined) warnings.push(`No team \`${options.team}\` in the pack; drawing every team.`);
  return input.model.teams.map((each) => teamWeeks(input, each));
}

function teamCapacity(team: TeamWeeks, weekly: boolean): TeamCapacity {
  const periods = toPeriods(team.weeks, weekly);
  return { id: team.id, name: team.name, periods, peak: peakOf(periods) };
}

function teamWeeks(input: ViewInput, team: Team): TeamWeeks {
  const load = input.analysis.loads.get(team);
  return { id: team.id, name: team.name, weeks: load ? weeksOf(load) : horizonWeeks(input, team) };
}

/** A sum can hide one team's overload, so the title also names the busiest team. */
function totalChart(teams: readonly TeamWeeks[], options: CapacityOptions): string {
  const weekly = options.weekly ?? false;
  const total = totalCapacity(teams, weekly);
  let busiest: { team: TeamWeeks; peak: CapacityPeriod } | undefined;
  for (const team of teams) {
    const peak = peakOfWeeks(team.weeks, weekly);
    if (peak && (!busiest || heavier(peak, busiest.peak))) busiest = { team, peak };
  }
  return chart(total, options, titleOf(total) + (busiest ? busiestNote(busiest.team, busiest.peak) : ''));
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
  const sums = new Map<WeekIndex, { load: number; capacity: number }>();
  for (const { weeks } of teams) {
    for (let i = 0; i < weeks.week.length; i++) {
      const sum = sums.get(weeks.week[i]);
      if (sum) {
        sum.load += weeks.load[i];
        sum.capacity += weeks.capacity[i];
      } else sums.set(weeks.week[i], { load: weeks.load[i], capacity: weeks.capacity[i] });
    }
  }
  const ordered = [...sums.keys()].sort((a, b) => a - b);
  const periods = toPeriods({ week: ordered, load: ordered.map((week) => sums.get(week)!.load), capacity: ordered.map((week) => sums.get(week)!.capacity) }, weekly);
  return { id: '', name: `All ${teams.length} teams`, periods, peak: peakOf(periods) };
}

function toPeriods(weeks: Weeks, weekly: boolean): CapacityPeriod[] {
  return weekly ? Array.from(weeks.week, (week, i) => weekPeriod(week, weeks.load[i], weeks.capacity[i])) : quarterPeriods(weeks);
}

/** The peak of `toPeriods(weeks, weekly)`, without a period per week. */
function peakOfWeeks(weeks: Weeks, weekly: boolean): CapacityPeriod | undefined {
  if (!weekly) return peakOf(quarterPeriods(weeks));
  let best = -1;
  for (let i = 0; i < weeks.week.length; i++) if (best < 0 || rank(weeks.load[i], weeks.capacity[i]) > rank(weeks.load[best], weeks.capacity[best])) best = i;
  return best < 0 ? undefined : weekPeriod(weeks.week[best], weeks.load[best], weeks.capacity[best]);
}

function teamName(team: TeamWeeks): string {
  return team.name || team.id;
}

function weeksOf(load: TeamLoad): Weeks {
  return { week: Array.from(load.load, (_, i) => load.firstWeek + i), load: load.load, capacity: load.capacity };
}

/** A team with no planned work: its capacity over the horizon's quarters. */
function horizonWeeks(input: ViewInput, team: Team): Weeks {
  const { horizon } = input.model;
  if (!horizon) return { week: [], load: [], capacity: [] };
  const first = firstWeekOfQuarter(quarterOfWeek(horizon.first));
  const last = Math.min(firstWeekOfQuarter(quarterOfWeek(horizon.last)) + WEEKS_PER_QUARTER - 1, first + 5200);
  const week = Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
  return { week, load: week.map(() => 0), capacity: week.map((each) => weeklyCapacity(team, each, input.analysis.ifHired)) };
}

function weekPeriod(week: WeekIndex, load: number, capacity: number): CapacityPeriod {
  return period(formatQuarter(quarterOfWeek(week)) + `-W${(week % WEEKS_PER_QUARTER) + 1}`, load, capacity);
}

function quarterPeriods(weeks: Weeks): CapacityPeriod[] {
  const quarters = new Map<number, { load: number; capacity: number }>();
  for (let i = 0; i < weeks.week.length; i++) {
    const quarter = quarterOfWeek(weeks.week[i]);
    const sums = quarters.get(quarter) ?? { load: 0, capacity: 0 };
    sums.load += weeks.load[i];
    sums.capacity += weeks.capacity[i];
    quarters.set(quarter, sums);
  }
  return [...quarters].map(([quarter, sums]) => period(formatQuarter(quarter), sums.load, sums.capacity));
}

function period(name: string, load: number, capacity: number): CapacityPeriod {
  return { period: name, load, capacity, utilisation: capacity > 0 ? load / capacity : undefined };
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

function chart(team: TeamCapacity, options: CapacityOptions, title = titleOf(team)): string {
  const labels = team.periods.map((p) => `"${label(options.weekly ? shortWeek(p.period) : p.period, 'xychart')}"`);
  const loads = team.periods.map((p) => round1(p.load));
  const capacities = team.periods.map((p) => round1(p.capacity));
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
    `${INDENT}bar [${loads.join(', ')}]`,
    `${INDENT}line [${capacities.join(', ')}]`,
    '',
  ].join('\n');
}

/** `Infra Squad: peak 98% of capacity in 2026-Q4`. */
function titleOf(team: TeamCapacity): string {
  const name = team.name || team.id;
  const { peak } = team;
  if (!peak || peak.load <= 0) return `${name}: no planned work`;
  if (peak.utilisation === undefined) return `${name}: work planned in ${peak.period} with no capacity`;
  const over = peak.utilisation > 1 ? ', over capacity' : '';
  return `${name}: peak ${Math.round(peak.utilisation * 100)}% of capacity in ${peak.period}${over}`;
}

/** `2026-Q3-W4` → `Q3 W4` for the x-axis: 26 full labels would not fit. */
function shortWeek(period: string): string {
  const match = /^\d{4}-(Q\d)-(W\d+)$/.exec(period);
  return match ? `${match[1]} ${match[2]}` : period;
}
