import type { Edge, Entity } from '../model/types';
import { formatQuarter, quarterOfWeek } from '../time';
import { SafeIds, label } from './escape';
import { GROUP_PREFIX, GanttGroupBy } from './names';
import { plural, primaryOwnerName } from '../text/format';
import { INDENT, RenderedView, ViewInput, single } from './shared';
import { direction } from './layoutDirection';

export interface GroupedLook {
  frontMatter: readonly string[];
  cycleStyle: string;
  conflictStyle: string;
  /** What hovering a schedule-breaking edge says in the detailed graph (RP401), or undefined for an edge in time. */
  conflictTip: (edge: Edge) => string | undefined;
}

/** A hover names this many conflicts at most, then counts the rest: a tooltip is read at a glance. */
const TIPS_LISTED = 5;

/**
 * The dependency graph of a large pack, one node per group (theme, team or
 * quarter, as the Gantt groups), gates and register dependencies each a node
 * of their own kind, and one arrow per pair of groups labelled with how many
 * dependencies it stands for. Mermaid lays out a flowchart in time that grows
 * much faster than its size (21 s at 1,000 initiatives in Chromium), so above
 * a few hundred initiatives this is the only graph that stays readable and
 * quick. Arrows that carry a cycle edge are red; arrows that carry a
 * schedule conflict (RP401) are dashed orange, as in the detailed graph, and
 * say on hover how many and which (`edgeTips`). A click on a group drills
 * down: the detailed graph of its members and their direct neighbours.
 */
export function groupedDependenciesView(input: ViewInput, groupBy: GanttGroupBy, look: GroupedLook): RenderedView {
  const ids = new SafeIds();
  const groupOfId = new Map<string, string>();
  const members = new Map<string, string[]>();
  for (const entity of [...input.model.initiatives, ...input.model.gates, ...input.model.dependencies]) {
    if (!entity.id || groupOfId.has(entity.id)) continue;
    const group = groupName(entity, groupBy, input);
    groupOfId.set(entity.id, group);
    // Pushed, not copied into a new array per member: that cost the group's size squared (28 s at 50,000).
    const list = members.get(group);
    if (list) list.push(entity.id);
    else members.set(group, [entity.id]);
  }
  const nodeOf = new Map([...members.keys()].map((group) => [group, ids.next('n', `${GROUP_PREFIX}${group}`)]));
  const lines = [...look.frontMatter, 'flowchart LR', ...[...members].map(([group, ids_]) => `${INDENT}${nodeOf.get(group)}["${label(group, 'flowchart')}<br/>${label(plural(ids_.length, 'item'), 'flowchart')}"]`)];
  const arrows = groupArrows(input, groupOfId, look.conflictTip);
  const red: number[] = [];
  const orange: number[] = [];
  const tips: Record<string, string> = {};
  [...arrows.values()].forEach((arrow, index) => {
    // Only an arrow that carries a conflict gets an id: the webview finds its path by it (`data-id`) to hang the tooltip on.
    const edgeId = !arrow.onCycle && arrow.conflicts.length > 0 ? `e${index}` : undefined;
    if (edgeId) tips[edgeId] = groupTip(arrow);
    // The count alone: a label is a column of its own in the layout, so `16 dependencies` on 30 arrows made the graph 2,600 px wide.
    lines.push(`${INDENT}${nodeOf.get(arrow.from)} ${edgeId ? `${edgeId}@` : ''}-->|"${arrow.count}"| ${nodeOf.get(arrow.to)}`);
    if (arrow.onCycle) red.push(index);
    else if (edgeId) orange.push(index);
  });
  if (red.length > 0) lines.push(`${INDENT}linkStyle ${red.join(',')} ${look.cycleStyle}`);
  if (orange.length > 0) lines.push(`${INDENT}linkStyle ${orange.join(',')} ${look.conflictStyle}`);
  const ranked = [...arrows.values()].filter((arrow) => !arrow.onCycle).map((arrow): [string, string] => [nodeOf.get(arrow.from)!, nodeOf.get(arrow.to)!]);
  lines[look.frontMatter.length] = `flowchart ${direction(nodeOf, ranked)}`;
  const warning = `${plural(input.model.initiatives.length, 'initiative')}: drawn as ${plural(members.size, 'group')} by ${groupBy}; the number on each arrow counts the dependencies between two groups.`;
  const drawn = single(lines.join('\n') + '\n', ids.sourceMap, [warning]);
  return Object.keys(tips).length > 0 ? { ...drawn, edgeTips: tips } : drawn;
}

/**
 * `2 schedule conflicts between Scale and Reliability:` and, a line each, the
 * detailed graph's own sentences (the waited-for group first, as the arrow runs).
 */
function groupTip(arrow: GroupArrow): string {
  const listed = arrow.conflicts.slice(0, TIPS_LISTED);
  const more = arrow.conflicts.length - listed.length;
  const head = `${plural(arrow.conflicts.length, 'schedule conflict')} between ${arrow.from} and ${arrow.to}:`;
  return [head, ...listed.map((tip) => `- ${tip}`), ...(more > 0 ? [`- and ${more} more`] : [])].join('\n');
}

/** The members of one group, for the detailed graph of a drill-down. */
export function groupMembers(input: ViewInput, groupBy: GanttGroupBy, group: string): Set<string> {
  const ids = [...input.model.initiatives, ...input.model.gates, ...input.model.dependencies].filter((entity) => entity.id && groupName(entity, groupBy, input) === group).map((entity) => entity.id);
  return new Set(ids);
}

function groupName(entity: Entity, groupBy: GanttGroupBy, input: ViewInput): string {
  if (entity.kind === 'gate') return 'Decision gates';
  if (entity.kind === 'dependency') return 'Register dependencies';
  if (entity.kind !== 'initiative') return 'Other';
  if (groupBy === 'theme') return entity.input.theme?.trim() || 'No theme';
  if (groupBy === 'team') return primaryOwnerName(entity.owners, input.analysis.teams) ?? 'No owner';
  return entity.span ? formatQuarter(quarterOfWeek(entity.span.first)) : 'Not dated';
}

/** Arrows from the waited-for group to the waiting one, with counts; within a group none is drawn. */
interface GroupArrow {
  from: string;
  to: string;
  count: number;
  onCycle: boolean;
  /** The hover text of each schedule-breaking edge it stands for. */
  conflicts: string[];
}

function groupArrows(input: ViewInput, groupOfId: Map<string, string>, conflictTip: GroupedLook['conflictTip']): Map<string, GroupArrow> {
  const onCycle = new Set<Edge>(input.analysis.cycleEdges.map((cycle) => cycle.edge));
  const arrows = new Map<string, GroupArrow>();
  for (const edge of input.model.edges) {
    const [from, to] = [groupOfId.get(edge.to), groupOfId.get(edge.from)];
    if (!from || !to || from === to) continue;
    const key = `${from}\u0000${to}`;
    const arrow = arrows.get(key) ?? { from, to, count: 0, onCycle: false, conflicts: [] };
    arrow.count++;
    const cycle = onCycle.has(edge);
    arrow.onCycle ||= cycle;
    const tip = cycle || edge.from === edge.to ? undefined : conflictTip(edge);
    if (tip !== undefined) arrow.conflicts.push(tip);
    arrows.set(key, arrow);
  }
  return arrows;
}
