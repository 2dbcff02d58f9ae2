import type { PortfolioResult } from '../../portfolio/checkPortfolios';
import type { SharedTeam } from '../../portfolio/sharedCapacity';
import { WeekIndex } from '../../time';
import { round1 } from '../../text/format';
import { CAPACITY_COLOUR, CapacityOptions, ChartToday, SERIES, TeamCapacity, Week, shortWeek, teamCapacityOf, titleOf, toPeriods, todayOnChart, weeksOf } from '../capacity';
import { label } from '../escape';
import { INDENT, RenderedView } from '../shared';
import { ViewedPack, viewedPacks } from './packs';

/** A band's colour per member, in the order of `includes`, the portfolio's own work the last colour; none is the capacity line's red. */
const PACK_COLOURS: readonly string[] = ['#4e79a7', '#59a14f', '#b07aa1', '#9c755f', '#76b7b2', '#edc948', '#ff9da7', '#bab0ac'];

/** One pack's share of a shared team's load, week by week over the team's weeks. */
interface PackShare {
  pack: ViewedPack;
  colour: string;
  weeks: Week[];
}

/** A shared team's chart: its load and capacity (as the portfolio's check summed them) and each pack's share of the load. */
interface StackedTeam {
  id: string;
  name: string;
  weeks: Week[];
  shares: PackShare[];
}

/**
 * The capacity of the portfolio's shared teams: a chart per team, each
 * pack's share of its load stacked (the bars are cumulative, drawn largest
 * first, so each pack shows as a band above the one before it) against the
 * team's capacity line. The title names the team's peak over every pack,
 * which no pack's own view shows (109% in 2026-Q3 in the example). `text`
 * is one document: the chart of `team`, of the only team, or of every
 * shared team summed, by pack.
 */
export function sharedCapacityView(portfolio: PortfolioResult, options: CapacityOptions = {}): RenderedView {
  const warnings: string[] = [];
  const teams = selectTeams(portfolio, options, warnings).map((team) => stackedTeam(portfolio, team));
  if (teams.length === 0) {
    warnings.push(portfolio.portfolio.result.model.teams.length === 0 ? 'The portfolio defines no shared teams: open a member pack to see its own.' : 'No pack of the portfolio plans work for its shared teams.');
    return { text: '', diagrams: [], sourceMap: {}, warnings };
  }
  const weekly = options.weekly ?? false;
  const diagrams = teams.map((team) => stackedChart(team, options));
  const text = teams.length === 1 ? diagrams[0] : stackedChart(summed(teams), options);
  const calendar = portfolio.portfolio.result.model.calendar;
  const todays = options.today === undefined || !Number.isFinite(options.today) ? [] : teams.flatMap((team, diagram): ChartToday[] => {
    const mark = todayOnChart(team.weeks, weekly, options.today!, calendar);
    return mark ? [{ diagram, ...mark }] : [];
  });
  return { text, diagrams, sourceMap: {}, warnings, ...(todays.length > 0 ? { todays } : {}) };
}

function selectTeams(portfolio: PortfolioResult, options: CapacityOptions, warnings: string[]): SharedTeam[] {
  const all = portfolio.capacity.teams;
  if (options.team === undefined) return all;
  const wanted = options.team.toLowerCase();
  const found = all.filter(({ team }) => team.id.toLowerCase() === wanted || team.name.toLowerCase() === wanted);
  if (found.length === 0) warnings.push(`No shared team \`${options.team}\` with planned work in the portfolio; drawing every shared team.`);
  return found.length > 0 ? found : all;
}

/** A shared team's weeks and each pack's share of them, from the contributions the portfolio's check summed. */
function stackedTeam(portfolio: PortfolioResult, shared: SharedTeam): StackedTeam {
  const { load } = shared.analysis;
  const weeks = weeksOf(load);
  const byPack = new Map<string, Float64Array>();
  for (const part of load.contributions) {
    const name = portfolio.capacity.contributors[part.initiative].pack.name;
    const share = byPack.get(name) ?? new Float64Array(weeks.length);
    byPack.set(name, share);
    const first = Math.max(part.span.first, load.firstWeek) - load.firstWeek;
    const last = Math.min(part.span.last, load.firstWeek + weeks.length - 1) - load.firstWeek;
    for (let i = first; i <= last; i++) share[i] += part.rate;
  }
  const shares = viewedPacks(portfolio).flatMap((pack, n): PackShare[] => {
    const share = byPack.get(pack.name);
    return share ? [{ pack, colour: colourOf(pack, n), weeks: weeks.map((week, i) => ({ week: week.week, load: share[i], capacity: week.capacity })) }] : [];
  });
  return { id: shared.team.id, name: shared.team.name, weeks, shares };
}

/** Members take the colours in order (`n` counts the portfolio's own file first), so a pack keeps its colour on every chart. */
function colourOf(pack: ViewedPack, n: number): string {
  return pack.name === '' ? PACK_COLOURS[PACK_COLOURS.length - 1] : PACK_COLOURS[(n - 1) % (PACK_COLOURS.length - 1)];
}

/** Every shared team added up, week by week, and each pack's share of the sum. */
function summed(teams: readonly StackedTeam[]): StackedTeam {
  const total = addWeeks(teams.map((team) => team.weeks));
  const packs = [...new Map(teams.flatMap((team) => team.shares).map((share) => [share.pack.name, share])).values()];
  const shares = packs.map((pack) => {
    const weeks = addWeeks(teams.map((team) => team.shares.find((share) => share.pack.name === pack.pack.name)?.weeks ?? []));
    const loads = new Map(weeks.map((week) => [week.week, week.load]));
    return { ...pack, weeks: total.map((week) => ({ ...week, load: loads.get(week.week) ?? 0 })) };
  });
  return { id: '', name: `All ${teams.length} shared teams`, weeks: total, shares };
}

function addWeeks(lists: readonly (readonly Week[])[]): Week[] {
  const sums = new Map<WeekIndex, Week>();
  for (const { week, load, capacity } of lists.flat()) {
    const sum = sums.get(week) ?? { week, load: 0, capacity: 0 };
    sums.set(week, { week, load: sum.load + load, capacity: sum.capacity + capacity });
  }
  return [...sums.values()].sort((a, b) => a.week - b.week);
}

/**
 * The team's chart as capacity.ts draws one (title, axes, legend of titled
 * series, the capacity line), its load bar split into bands by pack:
 * Mermaid's xychart has no stacked bars, so the bar of pack k is the sum of
 * packs 1..k, drawn from the whole load down, each over the foot of the one before.
 */
function stackedChart(team: StackedTeam, options: CapacityOptions): string {
  const weekly = options.weekly ?? false;
  const figures: TeamCapacity = teamCapacityOf(team.id, team.name, team.weeks, weekly);
  const labels = figures.periods.map((p) => `"${label(weekly ? shortWeek(p.period) : p.period, 'xychart')}"`);
  const bands = cumulativeBands(team, weekly);
  const capacities = figures.periods.map((p) => round1(p.capacity));
  const top = Math.max(1, Math.ceil([...figures.periods.map((p) => round1(p.load)), ...capacities].reduce((max, value) => Math.max(max, value), 0) * 1.15));
  const drawn = [...bands].reverse();
  const palette = [...drawn.map((band) => band.colour), CAPACITY_COLOUR].join(', ');
  return [
    '---',
    'config:',
    '  themeVariables:',
    '    xyChart:',
    `      plotColorPalette: "${palette}"`,
    '---',
    'xychart-beta',
    `${INDENT}title "${label(titleOf(figures, options), 'xychart')}"`,
    `${INDENT}x-axis "${weekly ? 'Week' : 'Quarter'}" [${labels.join(', ')}]`,
    `${INDENT}y-axis "Engineer-weeks" 0 --> ${top}`,
    ...drawn.map((band) => `${INDENT}bar "${label(band.name, 'xychart', { maxLength: 40 })}" [${band.values.join(', ')}]`),
    `${INDENT}line "${label(SERIES.capacity, 'xychart')}" [${capacities.join(', ')}]`,
    '',
  ].join('\n');
}

/** Each pack's band: the cumulative load up to and including it, per period (the last band's is the team's load). */
function cumulativeBands(team: StackedTeam, weekly: boolean): { name: string; colour: string; values: number[] }[] {
  let below: number[] | undefined;
  return team.shares.map((share) => {
    const own = toPeriods(share.weeks, weekly).map((period) => period.load);
    const sums = own.map((load, i) => load + (below?.[i] ?? 0));
    below = sums;
    return { name: share.pack.name === '' ? share.pack.title : share.pack.name, colour: share.colour, values: sums.map(round1) };
  });
}
