import type { Edge, Gate, Initiative } from '../model/types';
import { EpochDay, firstWeekOfQuarter, formatDate, formatQuarter, formatWeek, quarterOfWeek, weekDates, weekOfDate } from '../time';
import { criticalPath } from './criticalPath';
import { GanttAxis, ganttAxis } from './ganttAxis';
import { SafeIds, label } from './escape';
import { GROUP_PREFIX, GanttGroupBy } from './names';
import { plural, primaryOwnerName } from '../text/format';
import { INDENT, RenderedView, ViewInput, gateDate, initiativeDates, listIds, single } from './shared';

export interface GanttOptions {
  /** Sections by the quarter an initiative starts in (default), its theme or its main owner. */
  groupBy?: GanttGroupBy;
  /**
   * Today, as an epoch day. Given, the chart draws it as a vertical marker and
   * turns Mermaid's own clock-based marker off, so the text (and the picture)
   * depend only on the input. Absent, Mermaid marks the viewer's today.
   */
  today?: EpochDay;
  /** false: no today marker at all. */
  todayMarker?: boolean;
  /** Above this many initiatives, one bar per group instead of one per initiative (default 200). */
  aggregateAbove?: number;
  /** Initiatives' milestones as milestone tasks: `auto` (default) when the pack has at most 12, `all` or `none`. */
  milestones?: 'auto' | 'all' | 'none';
  /** Drill-down: only this group (as `groupBy` names it), one bar per initiative. */
  focus?: string;
}

export const DEFAULT_AGGREGATE_ABOVE = 200;
const FEW_MILESTONES = 12;
const GATES_SECTION = 'Decision gates';
/** A chart of more quarters than this is past reading marker by marker; the month axis stays. */
const MAX_QUARTER_MARKERS = 12;

interface Row {
  initiative: Initiative;
  start: EpochDay;
  end: EpochDay;
  group: string;
  order: number;
}

/** One gantt line: a bar, a milestone or a marker (also drawn by the baseline gantt, baselineGantt.ts). */
export interface Task {
  name: string;
  tags: string[];
  id: string;
  start: EpochDay;
  /** Undefined for milestones and markers (drawn with a 0d duration). */
  end?: EpochDay;
}

/**
 * The roadmap as a Mermaid gantt: one section per group, a task per initiative
 * with its real dates (inclusive: first day of its first week to last day of
 * its last week), `done` / `active` from its status, `crit` on the critical
 * path, and the decision gates as milestones on the last day of their week.
 */
export function ganttView(input: ViewInput, options: GanttOptions = {}): RenderedView {
  const groupBy = options.groupBy ?? 'quarter';
  const ids = new SafeIds();
  const warnings: string[] = [];
  const all = drawableRows(input, groupBy, warnings);
  const rows = options.focus === undefined ? all : all.filter((row) => row.group === options.focus);
  if (options.focus !== undefined) warnings.push(`Showing only ${options.focus}: ${plural(rows.length, 'initiative')} of ${all.length}.`);
  const critical = new Set(criticalIds(input, all));
  const aggregate = options.focus === undefined && rows.length > (options.aggregateAbove ?? DEFAULT_AGGREGATE_ABOVE);
  const gates = datedGates(input, all, groupBy, warnings).filter((gate) => options.focus === undefined || gate.group === options.focus);
  const sections = aggregate ? aggregateSections(rows, gates, critical, ids, groupBy, warnings) : initiativeSections(input, rows, critical, ids, options);
  if (!aggregate && gates.length > 0) sections.push({ name: GATES_SECTION, tasks: gates.map((gate) => gateTask(gate, critical, ids)) });
  const body = ganttBody(sections, input, options, ids);
  const axis = body.axis;
  const lines = [...ganttHeader(input, rows, options), ...body.lines];
  if (input.model.format === 'now-next-later' && rows.length === 0) warnings.push('This is a now-next-later pack: its initiatives have horizons, not dates. The board view draws them.');
  const text = lines.join('\n') + '\n';
  // A chart of no bars is a title over nothing: the preview says why instead (and opens another view).
  if (sections.every((section) => section.tasks.length === 0)) return { text, diagrams: [], sourceMap: ids.sourceMap, warnings };
  return { ...single(text, ids.sourceMap, warnings), ...(axis ? { axis } : {}) };
}

/**
 * One pack's tasks as its own gantt draws them: its bars (one per group
 * above `aggregateAbove`) in the order of its sections, then its gates, for
 * a chart that sets several packs side by side (views/portfolio/gantt.ts).
 * `ids` names them, so the packs share one counter.
 */
export function packTasks(input: ViewInput, options: GanttOptions, ids: SafeIds, warnings: string[]): Task[] {
  const groupBy = options.groupBy ?? 'quarter';
  const rows = drawableRows(input, groupBy, warnings);
  const critical = new Set(criticalIds(input, rows));
  const gates = datedGates(input, rows, groupBy, warnings);
  if (rows.length > (options.aggregateAbove ?? DEFAULT_AGGREGATE_ABOVE)) return aggregateSections(rows, gates, critical, ids, groupBy, warnings)[0].tasks;
  const tasks = initiativeSections(input, rows, critical, ids, options).flatMap((section) => section.tasks);
  return [...tasks, ...gates.map((gate) => gateTask(gate, critical, ids))];
}

/** The gantt's axis, quarter markers, Today and sections, after its header: what every gantt of sections writes. */
export function ganttBody(sections: Section[], input: ViewInput, options: GanttOptions, ids: SafeIds): { lines: string[]; axis: GanttAxis | undefined } {
  const axis = ganttAxis(sections.flatMap((section) => section.tasks), input.model.calendar);
  addQuarterMarkers(sections, input, ids);
  addToday(sections, options, ids);
  return { lines: sections.flatMap(sectionLines), axis };
}

/** The gantt's opening lines: title, date format and an axis fitted to the rows' dates. */
export function ganttHeader(input: ViewInput, rows: readonly Pick<Row, 'start' | 'end'>[], options: Pick<GanttOptions, 'today' | 'todayMarker'>): string[] {
  const lines = ['gantt', `${INDENT}title ${label(input.model.title, 'title', { fallback: 'Roadmap' })}`, `${INDENT}dateFormat YYYY-MM-DD`, `${INDENT}inclusiveEndDates`];
  const axis = axisFor(rows);
  lines.push(`${INDENT}axisFormat ${axis.format}`, `${INDENT}tickInterval ${axis.interval}`);
  // Mermaid's weekly ticks fall on Sundays; the pack's weeks start on Mondays.
  if (axis.interval === '1week') lines.push(`${INDENT}weekday monday`);
  if (options.todayMarker === false || options.today !== undefined) lines.push(`${INDENT}todayMarker off`);
  return lines;
}

/** Weekly ticks (on the Mondays the pack's weeks start) for a short plan, monthly for up to 18 months, quarterly beyond. */
function axisFor(rows: readonly Pick<Row, 'start' | 'end'>[]): { format: string; interval: string } {
  const days = rows.length === 0 ? 0 : maxOf(rows, (row) => row.end) - minOf(rows, (row) => row.start);
  if (days <= 100) return { format: '%d %b', interval: '1week' };
  if (days <= 550) return { format: '%b %Y', interval: '1month' };
  return { format: '%b %Y', interval: '3month' };
}

function drawableRows(input: ViewInput, groupBy: GanttGroupBy, warnings: string[]): Row[] {
  const { model } = input;
  const rows: Row[] = [];
  const undated: string[] = [];
  const cut: string[] = [];
  model.initiatives.forEach((initiative, order) => {
    if (initiative.status === 'cut') return void cut.push(initiative.id);
    const dates = initiativeDates(initiative, model.calendar);
    if (!dates) return void undated.push(initiative.id);
    rows.push({ initiative, ...dates, group: groupOf(initiative, groupBy, input), order });
  });
  if (undated.length > 0 && model.format !== 'now-next-later') warnings.push(`${plural(undated.length, 'initiative')} without a valid \`when\` not drawn: ${listIds(undated)}.`);
  if (cut.length > 0) warnings.push(`${plural(cut.length, 'cut initiative')} not drawn: ${listIds(cut)}.`);
  return rows;
}

function groupOf(initiative: Initiative, groupBy: GanttGroupBy, input: ViewInput): string {
  if (groupBy === 'quarter') return formatQuarter(quarterOfWeek(initiative.span!.first));
  if (groupBy === 'theme') return initiative.input.theme?.trim() || 'No theme';
  return primaryOwnerName(initiative.owners, input.analysis.teams) ?? 'No owner';
}

/** Ids of the initiatives and gates on the critical path (cycle edges left out, so the rest still counts). */
function criticalIds(input: ViewInput, rows: Row[]): string[] {
  const { model, analysis } = input;
  const nodes = rows.map((row) => ({ id: row.initiative.id, start: row.start, end: row.end }));
  for (const gate of model.gates) {
    const day = gateDate(gate, model.calendar);
    if (day !== undefined) nodes.push({ id: gate.id, start: day, end: day });
  }
  const onCycle = new Set<Edge>(analysis.cycleEdges.map((cycle) => cycle.edge));
  const edges = model.edges.filter((edge) => edge.type === 'finish-to-start' && !onCycle.has(edge));
  return criticalPath(nodes, edges);
}

export interface Section {
  name: string;
  tasks: Task[];
}

function initiativeSections(input: ViewInput, rows: Row[], critical: Set<string>, ids: SafeIds, options: GanttOptions): Section[] {
  const showMilestones = wantMilestones(rows, options.milestones ?? 'auto');
  const sections = new Map<string, Task[]>();
  for (const row of sortRows(rows, options.groupBy ?? 'quarter', input)) {
    const tasks = sections.get(row.group) ?? [];
    sections.set(row.group, tasks);
    tasks.push(initiativeTask(row, critical, ids));
    if (showMilestones) for (const task of milestoneTasks(row, input, ids)) tasks.push(task);
  }
  return [...sections].map(([name, tasks]) => ({ name, tasks }));
}

/** Sections in time order for quarters, in the pack's team order for teams, by first appearance for themes; tasks by start date. */
function sortRows(rows: Row[], groupBy: GanttGroupBy, input: ViewInput): Row[] {
  const rank = groupRank(rows, groupBy, input);
  return [...rows].sort((a, b) => rank(a.group) - rank(b.group) || a.start - b.start || a.end - b.end || a.order - b.order);
}

function groupRank(rows: Row[], groupBy: GanttGroupBy, input: ViewInput): (group: string) => number {
  const order = new Map<string, number>();
  if (groupBy === 'team') input.model.teams.forEach((team) => order.has(team.name) || order.set(team.name, order.size));
  const firsts = groupBy === 'quarter' ? [...rows].sort((a, b) => a.start - b.start) : rows;
  for (const row of firsts) if (!order.has(row.group)) order.set(row.group, order.size);
  return (group) => order.get(group) ?? order.size;
}

function initiativeTask(row: Row, critical: Set<string>, ids: SafeIds): Task {
  const { initiative } = row;
  const tags = [...(critical.has(initiative.id) ? ['crit'] : []), ...statusTags(initiative.status)];
  return { name: label(initiative.title, 'gantt-task', { fallback: initiative.id }), tags, id: ids.next('t', initiative.id), start: row.start, end: row.end };
}

function statusTags(status: Initiative['status']): string[] {
  if (status === 'done') return ['done'];
  if (status === 'in-progress') return ['active'];
  return [];
}

function wantMilestones(rows: Row[], mode: 'auto' | 'all' | 'none'): boolean {
  if (mode !== 'auto') return mode === 'all';
  const count = rows.reduce((sum, row) => sum + row.initiative.milestones.filter((m) => m.span).length, 0);
  return count > 0 && count <= FEW_MILESTONES;
}

/** A milestone is drawn where it is due: the last day of its span. */
function milestoneTasks(row: Row, input: ViewInput, ids: SafeIds): Task[] {
  return row.initiative.milestones
    .filter((milestone) => milestone.span)
    .map((milestone) => {
      const day = weekDates(milestone.span!.last, input.model.calendar).end;
      return { name: label(milestone.name, 'gantt-task', { fallback: 'milestone' }), tags: ['milestone'], id: ids.next('m', row.initiative.id), start: day };
    });
}

/** One bar per group over its initiatives and its gates; the gates of no group get a bar of their own, `Decision gates`. */
function aggregateSections(rows: Row[], gates: DatedGate[], critical: Set<string>, ids: SafeIds, groupBy: GanttGroupBy, warnings: string[]): Section[] {
  const groups = new Map<string, { rows: Row[]; gates: DatedGate[] }>();
  const groupFor = (name: string) => groups.get(name) ?? groups.set(name, { rows: [], gates: [] }).get(name)!;
  for (const row of rows) groupFor(row.group).rows.push(row);
  for (const gate of gates) groupFor(gate.group).gates.push(gate);
  const tasks: Task[] = [...groups].map(([group, members]) => aggregateTask(group, members.rows, members.gates, critical, ids));
  tasks.sort((a, b) => a.start - b.start || (a.end ?? a.start) - (b.end ?? b.start));
  warnings.push(`${rows.length} initiatives are more than a gantt shows legibly: drawn as one bar per ${groupBy} (${plural(tasks.length, 'bar')}), each with its gates.`);
  return [{ name: `Initiatives by ${groupBy}`, tasks }];
}

function aggregateTask(group: string, members: Row[], gates: DatedGate[], critical: Set<string>, ids: SafeIds): Task {
  const tags: string[] = [];
  if (members.some((row) => critical.has(row.initiative.id)) || gates.some((gate) => critical.has(gate.gate.id))) tags.push('crit');
  if (members.length > 0 && members.every((row) => row.initiative.status === 'done')) tags.push('done');
  else if (members.some((row) => row.initiative.status === 'in-progress')) tags.push('active');
  const counts = [...(members.length > 0 ? [plural(members.length, 'initiative')] : []), ...(gates.length > 0 ? [plural(gates.length, 'gate')] : [])];
  const name = label(`${group} (${counts.join(', ')})`, 'gantt-task');
  const start = Math.min(minOf(members, (row) => row.start), minOf(gates, (gate) => gate.day));
  const end = Math.max(maxOf(members, (row) => row.end), maxOf(gates, (gate) => gate.day));
  const id = ids.next('a', `${GROUP_PREFIX}${group}`);
  // A group of one gate and no initiative is a moment, not a span.
  return start === end && members.length === 0 ? { name, tags: [...tags, 'milestone'], id, start } : { name, tags, id, start, end };
}

function minOf<T>(items: readonly T[], value: (item: T) => number): number {
  return items.reduce((min, item) => Math.min(min, value(item)), Infinity);
}

function maxOf<T>(items: readonly T[], value: (item: T) => number): number {
  return items.reduce((max, item) => Math.max(max, value(item)), -Infinity);
}

interface DatedGate {
  gate: Gate;
  day: EpochDay;
  /** The group it is drawn with: its quarter's, or that of the initiatives it waits for or that wait for it. */
  group: string;
}

/** The gates with a valid `at`, in time order, each with its group. */
function datedGates(input: ViewInput, rows: Row[], groupBy: GanttGroupBy, warnings: string[]): DatedGate[] {
  const { model } = input;
  const undated: string[] = [];
  const groupOfGate = gateGroups(input, rows, groupBy);
  const dated = model.gates.flatMap((gate, order) => {
    const day = gateDate(gate, model.calendar);
    if (day === undefined) return (undated.push(gate.id), []);
    return [{ gate, day, order, group: groupOfGate(gate) }];
  });
  if (undated.length > 0) warnings.push(`${plural(undated.length, 'gate')} without a valid \`at\` not drawn: ${listIds(undated)}.`);
  return dated.sort((a, b) => a.day - b.day || a.order - b.order);
}

/**
 * By quarter, a gate belongs to the quarter it is decided in. By theme or
 * team, to the group of the first initiative it depends on, else of the first
 * that depends on it; a gate linked to none is in `Decision gates`.
 */
function gateGroups(input: ViewInput, rows: Row[], groupBy: GanttGroupBy): (gate: Gate) => string {
  if (groupBy === 'quarter') return (gate) => formatQuarter(quarterOfWeek(gate.at!));
  const groupById = new Map(rows.map((row) => [row.initiative.id, row.group]));
  const waitingFor = new Map<string, string>();
  for (const edge of input.model.edges) {
    const group = groupById.get(edge.from);
    if (group !== undefined && !waitingFor.has(edge.to)) waitingFor.set(edge.to, group);
  }
  return (gate) => gate.edges.map((edge) => groupById.get(edge.to)).find((group) => group !== undefined) ?? waitingFor.get(gate.id) ?? GATES_SECTION;
}

/** A gate's milestone, named with its week in the pack's own terms. */
function gateTask({ gate, day }: DatedGate, critical: Set<string>, ids: SafeIds): Task {
  const title = gate.title.trim() || gate.id;
  return {
    name: label(`${title} (${formatWeek(gate.at!)})`, 'gantt-task'),
    tags: [...(critical.has(gate.id) ? ['crit'] : []), 'milestone'],
    id: ids.next('g', gate.id),
    start: day,
  };
}

/**
 * Mermaid's axis speaks in calendar months (the preview replaces it with
 * quarters and weeks from `axis`, ganttAxis.ts; other renderers keep it); a
 * marker at the start of each of the pack's quarters inside the chart (its
 * week 1, which a fiscal year may put anywhere in a month) says where its
 * quarters begin. Markers take no row.
 */
function addQuarterMarkers(sections: Section[], input: ViewInput, ids: SafeIds): void {
  const tasks = sections.flatMap((section) => section.tasks);
  if (tasks.length === 0) return;
  const first = minOf(tasks, (task) => task.start);
  const last = maxOf(tasks, (task) => task.end ?? task.start);
  const { calendar } = input.model;
  const markers: Task[] = [];
  for (let quarter = quarterOfWeek(weekOfDate(first, calendar)) + 1; markers.length < MAX_QUARTER_MARKERS; quarter++) {
    const start = weekDates(firstWeekOfQuarter(quarter), calendar).start;
    if (start >= last) break;
    markers.push({ name: label(formatQuarter(quarter), 'gantt-task'), tags: ['vert'], id: ids.next('q'), start });
  }
  sections[sections.length - 1].tasks.push(...markers);
}

/**
 * Today as a vertical marker, when it falls within the chart: a marker far
 * outside would stretch the time axis to reach it. It takes no row, so it
 * closes the last section.
 */
function addToday(sections: Section[], options: GanttOptions, ids: SafeIds): void {
  const today = options.today;
  if (today === undefined || options.todayMarker === false || !Number.isFinite(today)) return;
  const tasks = sections.flatMap((section) => section.tasks);
  const first = minOf(tasks, (task) => task.start);
  const last = maxOf(tasks, (task) => task.end ?? task.start);
  if (today < first || today > last) return;
  sections[sections.length - 1].tasks.push({ name: 'Today', tags: ['vert'], id: ids.next('v'), start: Math.floor(today) });
}

function sectionLines(section: Section): string[] {
  return [`${INDENT}section ${label(section.name, 'gantt-section')}`, ...section.tasks.map(taskLine)];
}

export function taskLine(task: Task): string {
  const data = [...task.tags, task.id, formatDate(task.start), task.end === undefined ? '0d' : formatDate(task.end)];
  return `${INDENT}${INDENT}${task.name} :${data.join(', ')}`;
}
