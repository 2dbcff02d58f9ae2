/**
 * The baseline gantt: the new plan's bars with the old positions drawn as
 * ghosts beside the ones that moved, for a diff report (diff/markdown.ts) and
 * the preview's comparison. Mermaid has no styling of its own for a ghost, so
 * the tags carry it and the ids say which is which: a ghost is `done` (grey
 * in every theme) and named "(before)", a bar that slipped is `crit`, one
 * pulled in `active`; `ghosts`, `slipped` and `pulledIn` list their Mermaid
 * ids for a host that styles them further.
 */
import { firstById } from '../diff/entities';
import type { Gate, Initiative } from '../model/types';
import { EpochDay, formatWeek } from '../time';
import { SafeIds, label } from './escape';
import { Task, ganttHeader, taskLine } from './gantt';
import { ganttAxis } from './ganttAxis';
import { INDENT, MERMAID_DEFAULT_MAX_TEXT_SIZE, RenderedView, ViewInput, gateDate, initiativeDates } from './shared';

export interface BaselineGanttOptions {
  /** Longest Mermaid text; tasks past it are left out and counted (default Mermaid's maxTextSize, 50,000). */
  maxLength?: number;
  /** Bars of initiatives that did not move, drawn for context (default 60): a chart of thousands says nothing. */
  maxUnchanged?: number;
  /** Today as an epoch day, as for the gantt; absent with `todayMarker: false`, the text depends only on the packs. */
  today?: EpochDay;
  todayMarker?: boolean;
}

export interface BaselineGantt extends RenderedView {
  /** Mermaid ids of the ghost tasks (old positions). */
  ghosts: string[];
  /** Mermaid ids of the new bars (and gates) that moved later / earlier. */
  slipped: string[];
  pulledIn: string[];
  /** Initiatives and gates not drawn: past `maxUnchanged`, or to stay within `maxLength`. */
  omitted: number;
}

const DEFAULT_MAX_UNCHANGED = 60;

interface Dated {
  start: EpochDay;
  end?: EpochDay;
}

interface Drawn {
  section: string;
  order: EpochDay;
  tasks: Task[];
}

interface Marks {
  ids: SafeIds;
  ghosts: string[];
  slipped: string[];
  pulledIn: string[];
}

/** The order sections are drawn in, and the order they are kept in when the chart must stay short. */
const SECTIONS: readonly string[] = ['Moved', 'Removed', 'Unchanged', 'Decision gates'];
const PRIORITY: readonly string[] = ['Moved', 'Removed', 'Decision gates', 'Unchanged'];

/** The baseline gantt of `after` against `before` (either undefined for a pack added or removed). */
export function baselineGantt(before: ViewInput | undefined, after: ViewInput | undefined, options: BaselineGanttOptions = {}): BaselineGantt {
  const marks: Marks = { ids: new SafeIds(), ghosts: [], slipped: [], pulledIn: [] };
  const groups = [...initiativeGroups(before, after, marks), ...gateGroups(before, after, marks)];
  const unchanged = groups.filter((group) => group.section === 'Unchanged');
  const maxUnchanged = options.maxUnchanged ?? DEFAULT_MAX_UNCHANGED;
  const kept = groups.filter((group) => group.section !== 'Unchanged').concat(unchanged.slice(0, maxUnchanged));
  const input = after ?? before;
  const header = input ? ganttHeader(input, kept.flatMap((group) => group.tasks.map(asRow)), { todayMarker: options.todayMarker ?? false, today: options.today }) : [];
  const { lines, drawn, left } = withinBudget(header, kept, options.maxLength ?? MERMAID_DEFAULT_MAX_TEXT_SIZE);
  const omitted = left + Math.max(0, unchanged.length - maxUnchanged);
  const warnings = omitted > 0 ? [`${omitted} of ${groups.length} initiatives and gates not drawn, to keep the chart readable and within Mermaid's ${MERMAID_DEFAULT_MAX_TEXT_SIZE} characters; moved ones are drawn first.`] : [];
  const text = lines.join('\n') + '\n';
  const tasks = drawn.flatMap((group) => group.tasks);
  const axis = input && tasks.length > 0 ? ganttAxis(tasks, input.model.calendar) : undefined;
  const drawnIds = new Set(tasks.map((task) => task.id));
  const only = (ids: string[]) => ids.filter((id) => drawnIds.has(id));
  return {
    text,
    diagrams: tasks.length > 0 ? [text] : [],
    sourceMap: Object.fromEntries(Object.entries(marks.ids.sourceMap).filter(([id]) => drawnIds.has(id))),
    warnings,
    ...(axis ? { axis } : {}),
    ghosts: only(marks.ghosts),
    slipped: only(marks.slipped),
    pulledIn: only(marks.pulledIn),
    omitted,
  };
}

function asRow(task: Task): { start: EpochDay; end: EpochDay } {
  return { start: task.start, end: task.end ?? task.start };
}

/**
 * Groups are chosen in PRIORITY order (what moved first, unchanged bars last),
 * each whole or not at all, until the text would pass `maxLength`; then drawn
 * in SECTIONS order, by date inside a section.
 */
function withinBudget(header: string[], groups: Drawn[], maxLength: number): { lines: string[]; drawn: Drawn[]; left: number } {
  const sectionLine = (section: string) => `${INDENT}section ${label(section, 'gantt-section')}`;
  const opened = new Set<string>();
  const chosen = new Set<Drawn>();
  let length = header.join('\n').length + 1;
  for (const section of PRIORITY) {
    for (const group of groups.filter((candidate) => candidate.section === section)) {
      const cost = group.tasks.reduce((sum, task) => sum + taskLine(task).length + 1, opened.has(section) ? 0 : sectionLine(section).length + 1);
      if (length + cost > maxLength) continue;
      length += cost;
      opened.add(section);
      chosen.add(group);
    }
  }
  const lines = [...header];
  const drawn: Drawn[] = [];
  for (const section of SECTIONS) {
    const members = groups.filter((group) => group.section === section && chosen.has(group)).sort((a, b) => a.order - b.order);
    if (members.length > 0) lines.push(sectionLine(section));
    for (const group of members) lines.push(...group.tasks.map(taskLine));
    drawn.push(...members);
  }
  return { lines, drawn, left: groups.length - chosen.size };
}

function initiativeGroups(before: ViewInput | undefined, after: ViewInput | undefined, marks: Marks): Drawn[] {
  const old = firstById(before?.model.initiatives ?? []);
  const now = firstById(after?.model.initiatives ?? []);
  const groups: Drawn[] = [];
  for (const [id, initiative] of now) {
    const dates = drawable(initiative, after!);
    const was = old.get(id);
    const oldDates = was && drawable(was, before!);
    if (!dates) {
      // Cut, or its `when` gone: where it was is all there is to draw.
      if (oldDates) groups.push({ section: 'Removed', order: oldDates.start, tasks: [ghost(`${initiative.title || id} (${initiative.status === 'cut' ? 'cut' : 'not dated'})`, id, oldDates, marks)] });
      continue;
    }
    const title = initiative.title || id;
    groups.push(movedGroup(title, `${title} (before)`, id, dates, oldDates, !was, marks, 't'));
  }
  for (const [id, initiative] of old) {
    const dates = now.has(id) ? undefined : drawable(initiative, before!);
    if (dates) groups.push({ section: 'Removed', order: dates.start, tasks: [ghost(`${initiative.title || id} (removed)`, id, dates, marks)] });
  }
  return groups;
}

function gateGroups(before: ViewInput | undefined, after: ViewInput | undefined, marks: Marks): Drawn[] {
  const old = firstById(before?.model.gates ?? []);
  const now = firstById(after?.model.gates ?? []);
  const groups: Drawn[] = [];
  for (const [id, gate] of now) {
    const day = gateDate(gate, after!.model.calendar);
    if (day === undefined) continue;
    const was = old.get(id);
    const oldDay = was && gateDate(was, before!.model.calendar);
    const group = movedGroup(gateName(gate), `${was ? gateName(was) : ''} (before)`, id, { start: day }, oldDay === undefined ? undefined : { start: oldDay }, !was, marks, 'g');
    groups.push({ ...group, section: 'Decision gates' });
  }
  for (const [id, gate] of old) {
    const day = now.has(id) ? undefined : gateDate(gate, before!.model.calendar);
    if (day !== undefined) groups.push({ section: 'Decision gates', order: day, tasks: [ghost(`${gateName(gate)} (removed)`, id, { start: day }, marks)] });
  }
  return groups;
}

/** A bar (or milestone) where it is now, and a ghost where it was when it moved. */
function movedGroup(title: string, ghostTitle: string, id: string, dates: Dated, oldDates: Dated | undefined, added: boolean, marks: Marks, prefix: string): Drawn {
  const moved = oldDates !== undefined && (oldDates.start !== dates.start || oldDates.end !== dates.end);
  const later = moved && (dates.end ?? dates.start) > (oldDates.end ?? oldDates.start);
  const earlier = moved && !later;
  const taskId = marks.ids.next(prefix, id);
  if (later) marks.slipped.push(taskId);
  if (earlier) marks.pulledIn.push(taskId);
  const tags = [...(later ? ['crit'] : earlier ? ['active'] : []), ...(dates.end === undefined ? ['milestone'] : [])];
  const name = label(added ? `${title} (new)` : title, 'gantt-task', { fallback: id });
  const bar: Task = { name, tags, id: taskId, start: dates.start, ...(dates.end === undefined ? {} : { end: dates.end }) };
  const section = moved || added ? 'Moved' : 'Unchanged';
  return { section, order: dates.start, tasks: moved ? [bar, ghost(ghostTitle, id, oldDates, marks)] : [bar] };
}

function ghost(title: string, id: string, dates: Dated, marks: Marks): Task {
  const taskId = marks.ids.next('o', id);
  marks.ghosts.push(taskId);
  const tags = ['done', ...(dates.end === undefined ? ['milestone'] : [])];
  return { name: label(title, 'gantt-task', { fallback: id }), tags, id: taskId, start: dates.start, ...(dates.end === undefined ? {} : { end: dates.end }) };
}

/** Dated and not cut: what the gantt draws. */
function drawable(initiative: Initiative, input: ViewInput): { start: EpochDay; end: EpochDay } | undefined {
  return initiative.status === 'cut' ? undefined : initiativeDates(initiative, input.model.calendar);
}

function gateName(gate: Gate): string {
  return `${gate.title.trim() || gate.id}${gate.at === undefined ? '' : ` (${formatWeek(gate.at)})`}`;
}
