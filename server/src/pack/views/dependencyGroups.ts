import type { Edge, Entity } from '../model/types';
import { formatQuarter, quarterOfWeek } from '../time';
import { SafeIds, label } from './escape';
import { GROUP_PREFIX, GanttGroupBy } from './names';
import { plural, primaryOwnerName } from '../text/format';
import { INDENT, RenderedView, ViewInput, single } from './shared';
import { direction } from './layoutDirection';

/**
 * The dependency graph of a large pack, one node per group (theme, team or
 * quarter, as the Gantt groups), gates and register dependencies each a node
 * of their own kind, and one arrow per pair of groups labelled with how many
 * dependencies it stands for. Mermaid lays out a flowchart in time that grows
 * much faster than its size (21 s at 1,000 initiatives in Chromium), so above
 * a few hundred initiatives this is the only graph that stays readable and
 * quick. Arrows that carry a cycle edge are red. A click on a group drills
 * down: the detailed graph of its members and their direct neighbours.
 */
export function groupedDependenciesView(input: ViewInput, groupBy: GanttGroupBy, look: { frontMatter: readonly string[]; cycleStyle: string }): RenderedView {
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
  const arrows = groupArrows(input, groupOfId);
  const red: number[] = [];
  [...arrows.values()].forEach((arrow, index) => {
    // The count alone: a label is a column of its own in the layout, so `16 dependencies` on 30 arrows made the graph 2,600 px wide.
    lines.push(`${INDENT}${nodeOf.get(arrow.from)} -->|"${arrow.count}"| ${nodeOf.get(arrow.to)}`);
    if (arrow.onCycle) red.push(index);
  });
  if (red.length > 0) lines.push(`${INDENT}linkStyle ${red.join(',')} ${look.cycleStyle}`);
  const ranked = [...arrows.values()].filter((arrow) => !arrow.onCycle).map((arrow): [string, string] => [nodeOf.get(arrow.from)!, nodeOf.get(arrow.to)!]);
  lines[look.frontMatter.length] = `flowchart ${direction(nodeOf, ranked)}`;
  const warning = `${plural(input.model.initiatives.length, 'initiative')}: drawn as ${plural(members.size, 'group')} by ${groupBy}; the number on each arrow counts the dependencies between two groups.`;
  return single(lines.join('\n') + '\n', ids.sourceMap, [warning]);
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
function groupArrows(input: ViewInput, groupOfId: Map<string, string>) {
  const onCycle = new Set<Edge>(input.analysis.cycleEdges.map((cycle) => cycle.edge));
  const arrows = new Map<string, { from: string; to: string; count: number; onCycle: boolean }>();
  for (const edge of input.model.edges) {
    const [from, to] = [groupOfId.get(edge.to), groupOfId.get(edge.from)];
    if (!from || !to || from === to) continue;
    const key = `${from}\u0000${to}`;
    const arrow = arrows.get(key) ?? { from, to, count: 0, onCycle: false };
    arrow.count++;
    arrow.onCycle ||= onCycle.has(edge);
    arrows.set(key, arrow);
  }
  return arrows;
}
