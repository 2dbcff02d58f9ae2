import type { Edge, Entity } from '../model/types';
import { formatSpan, formatWeek } from '../time';
import { SafeIds, label } from './escape';
import { plural } from '../text/format';
import { INDENT, RenderedView, ViewInput, listIds, single } from './shared';
import { groupMembers, groupedDependenciesView } from './dependencyGroups';
import type { GanttGroupBy } from './names';

/**
 * Above this many initiatives the graph is drawn by group: Mermaid's layout
 * took 0.75–1.1 s for 100 initiatives (3 dependencies each) and 21 s for 1,000 in the render bench.
 */
export const DEFAULT_DEPENDENCIES_AGGREGATE_ABOVE = 60;

/** A cycle edge's style: red and heavier, so a loop stands out at a glance. */
export const CYCLE_LINK_STYLE = 'stroke:#d00,stroke-width:2px';

/**
 * The dependency graph as a Mermaid flowchart, left to right, each arrow from
 * what is waited for to what waits (the way time flows).
 *
 * Shapes: initiatives are rectangles, gates hexagons, register dependencies
 * parallelograms (the register's "from elsewhere" look), risks named in a
 * `depends_on` rounded boxes, and references to ids the pack does not define
 * dashed "ghost" nodes. Every node shows its title and, on a second line, its
 * id and when it happens. Arrows carry their type when not finish-to-start,
 * their lag when not zero, and the milestone when only one milestone waits
 * (`after`). Edges on a dependency cycle are drawn red with `linkStyle`.
 */
export function dependenciesView(input: ViewInput, options: { aggregateAbove?: number; groupBy?: GanttGroupBy; focus?: string } = {}): RenderedView {
  const groupBy = options.groupBy ?? 'theme';
  const only = options.focus === undefined ? undefined : groupMembers(input, groupBy, options.focus);
  if (!only && input.model.initiatives.length > (options.aggregateAbove ?? DEFAULT_DEPENDENCIES_AGGREGATE_ABOVE)) return groupedDependenciesView(input, groupBy, CYCLE_LINK_STYLE);
  const ids = new SafeIds();
  const lines = ['flowchart LR'];
  const { nodes, classes } = drawNodes(input, ids, lines, only);
  const { edgeLines, ghosts, red, unresolved } = edgesOf(input, nodes, ids, lines, only);
  // Loops, not push(...spread): a spread of 100,000 arguments overflows the stack.
  for (const edge of edgeLines) lines.push(`${INDENT}${edge}`);
  for (const chunk of chunks(red, 50)) lines.push(`${INDENT}linkStyle ${chunk.join(',')} ${CYCLE_LINK_STYLE}`);
  for (const line of classLines({ ...classes, ghost: ghosts })) lines.push(line);
  const warnings: string[] = [];
  if (unresolved.length > 0) warnings.push(`${plural(unresolved.length, 'reference')} to ids the pack does not define, drawn dashed: ${listIds(unresolved)}.`);
  if (red.length > 0) warnings.push(`${plural(red.length, 'dependency', 'dependencies')} on a cycle, drawn red.`);
  if (only) warnings.push(`Showing only ${options.focus} (${plural(only.size, 'item')}) and what it depends on or is needed by.`);
  return single(lines.join('\n') + '\n', ids.sourceMap, warnings);
}

/** A node per initiative, gate and register dependency, in that order; pack id → Mermaid id. */
function drawNodes(input: ViewInput, ids: SafeIds, lines: string[], only?: Set<string>) {
  const { model } = input;
  const nodes = new Map<string, string>();
  const classes = { gate: [] as string[], register: [] as string[] };
  for (const entity of [...model.initiatives, ...model.gates, ...model.dependencies]) {
    if (nodes.has(entity.id)) continue; // a duplicate id: the first definition is the one referenced
    if (only && !only.has(entity.id)) continue; // a drill-down: neighbours are drawn as edges reach them
    const id = ids.next('n', entity.id);
    if (entity.id) nodes.set(entity.id, id); // without a valid id it is drawn, but nothing can point at it
    lines.push(`${INDENT}${nodeLine(id, entity)}`);
    if (entity.kind === 'gate') classes.gate.push(id);
    if (entity.kind === 'dependency') classes.register.push(id);
  }
  return { nodes, classes };
}

function nodeLine(id: string, entity: Entity): string {
  const title = label(entity.title, 'flowchart', { fallback: entity.id });
  const detail = label(detailOf(entity), 'flowchart');
  const text = `${title}<br/>${detail}`;
  switch (entity.kind) {
    case 'gate':
      return `${id}{{"${text}"}}`;
    case 'dependency':
      return `${id}[/"${text}"/]`;
    case 'risk':
      return `${id}("${text}")`;
    default:
      return `${id}["${text}"]`;
  }
}

/** `tracing, 2026-Q3-W1..W12`: the id, and when it happens. */
function detailOf(entity: Entity): string {
  const id = entity.id || 'no valid id';
  switch (entity.kind) {
    case 'initiative':
      return entity.span ? `${id}, ${formatSpan(entity.span)}` : `${id}, not dated`;
    case 'gate':
      return entity.at === undefined ? `${id}, gate not dated` : `${id}, gate at ${formatWeek(entity.at)}`;
    case 'dependency':
      return entity.neededBy === undefined ? `${id}, needed by ?` : `${id}, needed by ${formatWeek(entity.neededBy)}`;
    default:
      return `${id}, risk`;
  }
}

/**
 * Edge statements, one link each, so that `linkStyle N` counts them in this
 * order; `red` holds the indices of those on a cycle.
 */
function edgesOf(input: ViewInput, nodes: Map<string, string>, ids: SafeIds, lines: string[], only?: Set<string>) {
  const { model, analysis } = input;
  const onCycle = new Set<Edge>(analysis.cycleEdges.map((cycle) => cycle.edge));
  const edgeLines: string[] = [];
  const red: number[] = [];
  const ghosts: string[] = [];
  const unresolved: string[] = [];
  for (const edge of model.edges) {
    if (only && !only.has(edge.from) && !only.has(edge.to)) continue;
    const from = nodes.get(edge.from) ?? (only && model.byId.has(edge.from) ? nodeFor(edge.from, input, nodes, ids, lines, ghosts, unresolved) : undefined);
    if (!from) continue; // an edge written on an entity without a valid id
    const to = nodes.get(edge.to) ?? nodeFor(edge.to, input, nodes, ids, lines, ghosts, unresolved);
    const text = edgeLabel(edge, input);
    if (onCycle.has(edge)) red.push(edgeLines.length);
    edgeLines.push(text ? `${to} -->|"${text}"| ${from}` : `${to} --> ${from}`);
  }
  return { edgeLines, ghosts, red, unresolved };
}

/** A node for a referenced id that is not yet drawn: a risk, or a ghost for an undefined id. */
function nodeFor(id: string, input: ViewInput, nodes: Map<string, string>, ids: SafeIds, lines: string[], ghosts: string[], unresolved: string[]): string {
  const entity = input.model.byId.get(id);
  const mermaidId = ids.next('n', id);
  nodes.set(id, mermaidId);
  if (entity) {
    lines.push(`${INDENT}${nodeLine(mermaidId, entity)}`);
    return mermaidId;
  }
  ghosts.push(mermaidId);
  unresolved.push(id);
  lines.push(`${INDENT}${mermaidId}["${label(id, 'flowchart', { fallback: '(empty id)' })}<br/>${label('not defined in this pack', 'flowchart')}"]`);
  return mermaidId;
}

/** `start-to-start +3w`, `+2w`, `for: Pooling rollout`; empty for a plain finish-to-start. */
function edgeLabel(edge: Edge, input: ViewInput): string {
  const parts: string[] = [];
  if (edge.type !== 'finish-to-start') parts.push(edge.type);
  if (edge.lag !== 0) parts.push(`${edge.lag > 0 ? '+' : '-'}${Math.abs(edge.lag)}w`);
  const text = parts.length > 0 ? label(parts.join(' '), 'flowchart') : '';
  if (edge.milestone === undefined) return text;
  const owner = input.model.byId.get(edge.from);
  const milestone = owner?.kind === 'initiative' ? owner.milestones[edge.milestone] : undefined;
  const forMilestone = label(`for: ${milestone?.name ?? `milestone ${edge.milestone + 1}`}`, 'flowchart', { maxLength: 60 });
  return text ? `${text}<br/>${forMilestone}` : forMilestone;
}

function classLines(classes: { gate: string[]; register: string[]; ghost: string[] }): string[] {
  const lines = [`${INDENT}classDef gate fill:#fff4d6,stroke:#b58900`, `${INDENT}classDef register fill:#eef3ff,stroke:#4466aa`, `${INDENT}classDef ghost stroke-dasharray: 5 5,fill:#ffffff,color:#888888`];
  for (const [name, members] of Object.entries(classes)) {
    for (const chunk of chunks(members, 50)) lines.push(`${INDENT}class ${chunk.join(',')} ${name}`);
  }
  return lines;
}

function chunks<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}
