import type { Edge, Entity } from '../model/types';
import { checkEdge, dependentTiming, timingOf } from '../schedule/timing';
import { formatSpan, formatWeek } from '../time';
import { SafeIds, label } from './escape';
import { plural } from '../text/format';
import { CompactView, INDENT, RenderedView, ViewInput, listIds } from './shared';
import { GroupedLook, groupMembers, groupedDependenciesView } from './dependencyGroups';
import { planCriticalPath } from './criticalPath';
import { unbroken } from './unbroken';
import { direction, ranks } from './layoutDirection';
import type { GanttGroupBy } from './names';
import { conflictTip } from './conflictTip';

/**
 * Above this many initiatives the graph is drawn by group: Mermaid's layout
 * took 0.75–1.1 s for 100 initiatives (3 dependencies each) and 21 s for 1,000 in the render bench.
 */
export const DEFAULT_DEPENDENCIES_AGGREGATE_ABOVE = 60;

/**
 * Edge styles, each readable on a light and a dark background. A cycle is
 * purple and dotted, the critical path red and heavy (red as in the Gantt),
 * an edge that breaks the schedule (RP401) orange and dashed.
 */
export const CYCLE_LINK_STYLE = 'stroke:#9c36b5,stroke-width:2px,stroke-dasharray:3 3';
export const CRITICAL_LINK_STYLE = 'stroke:#e03131,stroke-width:3px';
export const CONFLICT_LINK_STYLE = 'stroke:#f08c00,stroke-width:3px,stroke-dasharray:8 4';

/**
 * Node colours, text included, the same in every theme: a class that sets a
 * fill must set the text colour too (the dark theme's light grey text on the
 * light gate and register fills read at 1.5:1). Every pair is above 7:1.
 * `critical` comes after the kinds, so its border wins on a node that has both.
 */
export const NODE_CLASSES = {
  initiative: 'fill:#eef4ff,stroke:#3b5bdb,color:#1a1a1a',
  gate: 'fill:#fff4d6,stroke:#b58900,color:#1a1a1a',
  register: 'fill:#e6f4ea,stroke:#2f7d4f,color:#1a1a1a',
  risk: 'fill:#fdeef6,stroke:#a61e4d,color:#1a1a1a',
  ghost: 'fill:#ffffff,stroke:#666666,stroke-dasharray:5 5,color:#4d4d4d',
  critical: 'stroke:#e03131,stroke-width:3px,color:#1a1a1a',
  cycle: 'fill:#f8f0fc,stroke:#9c36b5,stroke-dasharray:3 3,color:#1a1a1a',
  unlinked: 'fill:#f4f6f8,stroke:#8a94a6,color:#1a1a1a',
} as const;
export type NodeClass = keyof typeof NODE_CLASSES;

/**
 * Layout for a side pane: labels wrap at 150 px (Mermaid's 200 px default made
 * the seed's six-deep graph 2,193 px wide, its text 4 px once fitted to 600 px),
 * with tighter spacing between nodes and ranks.
 */
export const FRONT_MATTER = ['---', 'config:', '  flowchart:', '    wrappingWidth: 112', '    nodeSpacing: 16', '    rankSpacing: 28', '    padding: 8', '    subGraphTitleMargin:', '      top: 4', '      bottom: 12', '---'] as const;

/**
 * The dependency graph as a Mermaid flowchart, left to right, each arrow from
 * what is waited for to what waits (the way time flows).
 *
 * Shapes: initiatives are rectangles, gates hexagons, register dependencies
 * parallelograms (the register's "from elsewhere" look), risks named in a
 * `depends_on` rounded boxes, and references to ids the pack does not define
 * dashed "ghost" nodes. Every node shows its title and, on a second line, its
 * id and when it happens (the dates never wrap inside). Arrows carry their
 * type when not finish-to-start, their lag when not zero, and the milestone
 * when only one milestone waits (`after`). The critical path (the gantt's) is
 * red, its nodes outlined red; an arrow that breaks the schedule (RP401) is
 * orange and dashed, labelled with how early the work starts; the members of
 * a dependency cycle sit in a box of their own, so the arrow that closes the
 * loop runs inside it rather than through unrelated nodes, and its arrows are
 * purple and dotted.
 */
export function dependenciesView(input: ViewInput, options: { aggregateAbove?: number; groupBy?: GanttGroupBy; focus?: string } = {}): RenderedView {
  const groupBy = options.groupBy ?? 'theme';
  const only = options.focus === undefined ? undefined : groupMembers(input, groupBy, options.focus);
  const look: GroupedLook = { frontMatter: FRONT_MATTER, cycleStyle: CYCLE_LINK_STYLE, conflictStyle: CONFLICT_LINK_STYLE, conflictTip: (edge) => conflictOf(edge, input)?.tip };
  if (!only && input.model.initiatives.length > (options.aggregateAbove ?? DEFAULT_DEPENDENCIES_AGGREGATE_ABOVE)) return groupedDependenciesView(input, groupBy, look);
  const ids = new SafeIds();
  const lines: string[] = [...FRONT_MATTER, 'flowchart LR']; // the direction is settled once the edges are known
  const classes = emptyClasses();
  const marks = edgeMarks(input);
  const notes = edgeNotes(input, marks);
  const { nodes, unlinked } = drawNodes(input, { ids, lines, classes, marks, notes }, only);
  const edges = edgesOf(input, { nodes, ids, lines, classes, marks, notes }, only);
  lines[FRONT_MATTER.length] = `flowchart ${direction(nodes, edges.ranked)}`;
  latestFirst(lines, FRONT_MATTER.length + 1, ranks(new Set(nodes.values()), edges.ranked));
  // Loops, not push(...spread): a spread of 100,000 arguments overflows the stack.
  for (const edge of edges.lines) lines.push(`${INDENT}${edge}`);
  for (const line of cycleBoxes(input, nodes, ids)) lines.push(line);
  for (const [style, indices] of [[CYCLE_LINK_STYLE, edges.cycle], [CRITICAL_LINK_STYLE, edges.critical], [CONFLICT_LINK_STYLE, edges.conflict]] as const) {
    for (const chunk of chunks(indices, 50)) lines.push(`${INDENT}linkStyle ${chunk.join(',')} ${style}`);
  }
  for (const id of marks.critical.size > 1 ? marks.critical : []) {
    const drawnAs = nodes.get(id);
    if (drawnAs) classes.critical.push(drawnAs); // a path of one node is no path: nothing waits on anything
  }
  const box = unlinked.length > 0 ? unlinkedBox(unlinked, ids) : undefined;
  const inBox = new Set(unlinked.map((node) => node.id));
  const graph = [...lines, ...classLines(classes, (id) => !inBox.has(id))];
  const list = box ? [...FRONT_MATTER, 'flowchart LR', ...box.lines, ...classLines(classes, (id) => inBox.has(id) || id === box.id)] : [];
  const text = [...lines, ...(box?.lines ?? []), ...classLines(classes, () => true)];
  const diagrams = [inBox.size < nodes.size || edges.lines.length > 0 || !box ? graph : [], list].filter((diagram) => diagram.length > 0).map(document);
  const compact = only ? undefined : compactOf(input, groupBy, look, nodes.size);
  return { text: document(text), diagrams, sourceMap: ids.sourceMap, warnings: warningsOf(edges, options.focus, only), ...(Object.keys(edges.tips).length > 0 ? { edgeTips: edges.tips } : {}), ...(compact ? { compact } : {}) };
}

/**
 * The graph by group, for a pane too narrow to read the detailed one in
 * (the preview measures, the core cannot): the grouped view of a large
 * pack, whose groups drill down to this graph's members. None when it
 * would not be smaller: fewer than two groups, or a group per node.
 */
function compactOf(input: ViewInput, groupBy: GanttGroupBy, look: GroupedLook, nodes: number): CompactView | undefined {
  const grouped = groupedDependenciesView(input, groupBy, look);
  const groups = Object.keys(grouped.sourceMap).length;
  if (groups < 2 || groups >= nodes) return undefined;
  const { text, diagrams, sourceMap, warnings, edgeTips } = grouped;
  return { text, diagrams, sourceMap, warnings, ...(edgeTips ? { edgeTips } : {}) };
}

/**
 * Reorders the node lines from `head` on, the latest rank first (stable
 * within a rank). Dagre orders each rank starting from the order the nodes
 * are written; written latest first, the seed's arrows that ran through a
 * neighbour went from 3 to 0 (measured by the visual standard,
 * test/browser/visual.test.ts, which keeps counting them).
 */
function latestFirst(lines: string[], head: number, rank: ReadonlyMap<string, number>): void {
  const idOf = (line: string) => /^\s*([a-z]+\d+)/.exec(line)?.[1] ?? '';
  const ordered = lines.slice(head).map((line, order) => ({ line, order, rank: rank.get(idOf(line)) ?? 0 }));
  ordered.sort((a, b) => b.rank - a.rank || a.order - b.order);
  ordered.forEach(({ line }, n) => (lines[head + n] = line));
}

function document(lines: readonly string[]): string {
  return lines.join('\n') + '\n';
}

/**
 * What waits on nothing and nothing waits on, in a box of its own, drawn as
 * a diagram of its own under the graph: among the graph's nodes, a column of
 * them stood in the way of the arrows around it.
 */
function unlinkedBox(unlinked: readonly { id: string; line: string }[], ids: SafeIds): { id: string; lines: string[] } {
  const box = ids.next('u');
  const title = label(`No dependencies: ${plural(unlinked.length, 'item')}`, 'flowchart');
  // `direction LR`: unlinked nodes are all of rank 0, which left to right stacks them in a column (a subgraph is top to bottom otherwise: a row).
  return { id: box, lines: [`${INDENT}subgraph ${box}["${title}"]`, `${INDENT}${INDENT}direction LR`, ...unlinked.map((node) => `${INDENT}${node.line}`), `${INDENT}end`, `${INDENT}class ${box} unlinked`] };
}

type Classes = Record<NodeClass, string[]>;

function emptyClasses(): Classes {
  return { initiative: [], gate: [], register: [], risk: [], ghost: [], critical: [], cycle: [], unlinked: [] };
}

/** A node per initiative, gate and register dependency, in that order; pack id → Mermaid id. */
/**
 * Nodes linked by an edge go in the graph; the others are handed back, for
 * a box of their own (`unlinkedBox`).
 */
function drawNodes(input: ViewInput, drawing: Omit<Drawing, 'nodes'>, only?: Set<string>): { nodes: Map<string, string>; unlinked: { id: string; line: string }[] } {
  const { model } = input;
  const { ids, lines, classes, notes } = drawing;
  const linked = new Set<string>();
  for (const edge of model.edges) linked.add(edge.from).add(edge.to);
  const nodes = new Map<string, string>();
  const unlinked: { id: string; line: string }[] = [];
  for (const entity of [...model.initiatives, ...model.gates, ...model.dependencies]) {
    if (nodes.has(entity.id)) continue; // a duplicate id: the first definition is the one referenced
    if (only && !only.has(entity.id)) continue; // a drill-down: neighbours are drawn as edges reach them
    const id = ids.next('n', entity.id);
    if (entity.id) nodes.set(entity.id, id); // without a valid id it is drawn, but nothing can point at it
    const line = `${INDENT}${nodeLine(id, entity, notes.get(entity.id) ?? [])}`;
    if (linked.has(entity.id)) lines.push(line);
    else unlinked.push({ id, line });
    classes[classOf(entity)].push(id);
  }
  return { nodes, unlinked };
}

export function classOf(entity: Entity): NodeClass {
  if (entity.kind === 'dependency') return 'register';
  // Nothing waits for a goal or a trade-off (RP202 says so): drawn like an id that names nothing schedulable.
  if (entity.kind === 'goal' || entity.kind === 'tradeoff') return 'ghost';
  return entity.kind;
}

export function nodeLine(id: string, entity: Entity, notes: readonly string[]): string {
  const title = label(entity.title, 'flowchart', { fallback: entity.id });
  const text = [title, detailOf(entity), ...notes].join('<br/>');
  switch (entity.kind) {
    case 'gate':
      return `${id}("${text}")`;
    case 'dependency':
      return `${id}[["${text}"]]`;
    case 'risk':
      return `${id}(["${text}"])`;
    default:
      return `${id}["${text}"]`;
  }
}

/** `tracing, 2026-Q3-W1..W12`: the id, and when it happens, the date one unbreakable word. */
function detailOf(entity: Entity): string {
  const id = label(entity.id || 'no valid id', 'flowchart');
  switch (entity.kind) {
    case 'initiative':
      return entity.span ? `${id}, ${unbroken(formatSpan(entity.span))}` : `${id}, not dated`;
    case 'gate':
      return entity.at === undefined ? `${id}, gate not dated` : `${id}, gate at ${unbroken(formatWeek(entity.at))}`;
    case 'dependency':
      return entity.neededBy === undefined ? `${id}, needed by ?` : `${id}, needed by ${unbroken(formatWeek(entity.neededBy))}`;
    default:
      return `${id}, risk`;
  }
}

/** What marks an edge: on a cycle, on the critical path, or breaking the schedule (with how early). */
interface EdgeMarks {
  onCycle: ReadonlySet<Edge>;
  critical: ReadonlySet<string>;
  criticalEdges: ReadonlySet<Edge>;
  /** How early (the node's note) and what a hover says (the edge's tooltip). */
  conflicts: ReadonlyMap<Edge, Conflict>;
}

export interface Conflict {
  note: string;
  tip: string;
}

function edgeMarks(input: ViewInput): EdgeMarks {
  const { model, analysis } = input;
  const onCycle = new Set<Edge>(analysis.cycleEdges.map((cycle) => cycle.edge));
  const path = planCriticalPath(input);
  const next = new Map(path.slice(1).map((id, n) => [id, path[n]]));
  const criticalEdges = new Set<Edge>();
  const conflicts = new Map<Edge, Conflict>();
  for (const edge of model.edges) {
    if (edge.type === 'finish-to-start' && !onCycle.has(edge) && next.get(edge.from) === edge.to && edge.to !== edge.from) criticalEdges.add(edge);
    const conflict = onCycle.has(edge) || edge.from === edge.to ? undefined : conflictOf(edge, input);
    if (conflict) conflicts.set(edge, conflict);
  }
  return { onCycle, critical: new Set(path), criticalEdges, conflicts };
}

/** RP401's judgement of one edge, in a few words (`starts 2w too early`) and in a sentence for its hover. */
function conflictOf(edge: Edge, input: ViewInput): Conflict | undefined {
  return conflictBetween(edge, input.model.byId.get(edge.from), input.model.byId.get(edge.to));
}

/** RP401's judgement of an edge between two entities, which a portfolio finds in two packs (views/portfolio/dependencies.ts). */
export function conflictBetween(edge: Edge, dependent: Entity | undefined, target: Entity | undefined): Conflict | undefined {
  if (dependent?.kind !== 'initiative' && dependent?.kind !== 'gate') return undefined;
  const before = timingOf(target);
  const after = dependentTiming(dependent, edge);
  const violation = before && after ? checkEdge(edge, after, before) : undefined;
  if (!violation || !before) return undefined;
  const note = `${violation.end === 'start' ? 'starts' : 'finishes'} ${violation.earliest - violation.actual}w too early (RP401)`;
  return { note, tip: conflictTip(edge, dependent, before, violation) };
}

interface Drawing {
  nodes: Map<string, string>;
  /** Pack id → lines about what it waits for (type, lag, milestone, RP401), shown in its node. */
  notes: ReadonlyMap<string, string[]>;
  ids: SafeIds;
  lines: string[];
  classes: Classes;
  marks: EdgeMarks;
}

interface DrawnEdges {
  lines: string[];
  /** Waited-for → waiting Mermaid ids of the edges off any cycle, for the layout's ranks. */
  ranked: [string, string][];
  /** Indices into `lines` (what `linkStyle` counts). */
  cycle: number[];
  critical: number[];
  conflict: number[];
  unresolved: string[];
  /** Qualified ids of the portfolio's other packs (a pack checked in its portfolio). */
  elsewhere: string[];
  conflicts: string[];
  /** Mermaid edge id (`e3`, written `a e3@--> b`) → what hovering it says. */
  tips: Record<string, string>;
}

/** Edge statements, one link each, so that `linkStyle N` counts them in this order. */
function edgesOf(input: ViewInput, drawing: Drawing, only?: Set<string>): DrawnEdges {
  const { model } = input;
  const { nodes, marks } = drawing;
  const drawn: DrawnEdges = { lines: [], ranked: [], cycle: [], critical: [], conflict: [], unresolved: [], elsewhere: [], conflicts: [], tips: {} };
  for (const edge of model.edges) {
    if (only && !only.has(edge.from) && !only.has(edge.to)) continue;
    const from = nodes.get(edge.from) ?? (only && model.byId.has(edge.from) ? nodeFor(edge.from, input, drawing, drawn) : undefined);
    if (!from) continue; // an edge written on an entity without a valid id
    const to = nodes.get(edge.to) ?? nodeFor(edge.to, input, drawing, drawn);
    const index = drawn.lines.length;
    const conflict = marks.conflicts.get(edge);
    if (marks.onCycle.has(edge)) drawn.cycle.push(index);
    else if (conflict) {
      drawn.conflict.push(index);
      drawn.conflicts.push(`${edge.from} waits for ${edge.to}`);
    } else if (marks.criticalEdges.has(edge)) drawn.critical.push(index);
    // Only a schedule-breaking edge gets an id: the webview finds its path by it (`data-id`) to hang the tooltip on.
    const edgeId = conflict && !marks.onCycle.has(edge) ? `e${index}` : undefined;
    if (edgeId) drawn.tips[edgeId] = conflict!.tip;
    drawn.lines.push(edgeId ? `${to} ${edgeId}@--> ${from}` : `${to} --> ${from}`);
    if (!marks.onCycle.has(edge)) drawn.ranked.push([to, from]);
  }
  return drawn;
}

/** A node for a referenced id that is not yet drawn: a risk, or a ghost for an undefined id. */
function nodeFor(id: string, input: ViewInput, drawing: Drawing, drawn: DrawnEdges): string {
  const { nodes, ids, lines, classes, notes } = drawing;
  const entity = input.model.byId.get(id);
  const mermaidId = ids.next('n', id);
  nodes.set(id, mermaidId);
  if (entity) {
    lines.push(`${INDENT}${nodeLine(mermaidId, entity, notes.get(id) ?? [])}`);
    classes[classOf(entity)].push(mermaidId);
    return mermaidId;
  }
  classes.ghost.push(mermaidId);
  // In a portfolio a qualified id is another pack's (its portfolio's graph draws it): not an undefined one.
  const elsewhere = input.analysis.leftToPortfolio(id);
  if (elsewhere) drawn.elsewhere.push(id);
  else drawn.unresolved.push(id);
  lines.push(`${INDENT}${mermaidId}["${label(id, 'flowchart', { fallback: '(empty id)' })}<br/>${label(elsewhere ? 'in another pack of the portfolio' : 'not defined in this pack', 'flowchart')}"]`);
  return mermaidId;
}

/**
 * What each entity's node says about the edges it waits on, when there is
 * more to an edge than its arrow: `waits for tracing: start-to-start +3w`,
 * `waits for gate-pgbouncer: for Pooling rollout`, `waits for autoscaling:
 * starts 3w too early (RP401)`. In the node, not on the arrow: a label on an
 * arrow is laid out as a column of its own between two ranks, which made
 * the seed's graph twice as wide as a side pane.
 */
function edgeNotes(input: ViewInput, marks: EdgeMarks): Map<string, string[]> {
  // waiting id → what its edges say → the ids they wait for: edges that say the same are one line.
  const said = new Map<string, Map<string, string[]>>();
  for (const edge of input.model.edges) {
    const parts = edgeParts(edge, input);
    const conflict = marks.conflicts.get(edge);
    if (conflict) parts.push(conflict.note);
    if (parts.length === 0 || !edge.from) continue;
    const byText = said.get(edge.from) ?? new Map<string, string[]>();
    said.set(edge.from, byText);
    const key = parts.join(', ');
    const waitedFor = byText.get(key);
    if (waitedFor) waitedFor.push(edge.to || '(empty id)');
    else byText.set(key, [edge.to || '(empty id)']);
  }
  const notes = new Map<string, string[]>();
  for (const [from, byText] of said) {
    notes.set(from, [...byText].map(([text, to]) => `${label(`waits for ${listIds(to, 3)}`, 'flowchart')}#58; ${label(text, 'flowchart', { maxLength: 80 })}`));
  }
  return notes;
}

/** `start-to-start`, `+2w`, `for Pooling rollout`: nothing for a plain finish-to-start. */
function edgeParts(edge: Edge, input: ViewInput): string[] {
  const parts: string[] = [];
  if (edge.type !== 'finish-to-start') parts.push(edge.type);
  if (edge.lag !== 0) parts.push(`${edge.lag > 0 ? '+' : '-'}${Math.abs(edge.lag)}w`);
  if (edge.milestone === undefined) return parts;
  const owner = input.model.byId.get(edge.from);
  const milestone = owner?.kind === 'initiative' ? owner.milestones[edge.milestone] : undefined;
  parts.push(`for ${milestone?.name ?? `milestone ${edge.milestone + 1}`}`);
  return parts;
}

/**
 * A box around each dependency cycle of two or more drawn nodes: the layout
 * keeps a box's members together, so the arrow that closes the loop (which the
 * layout must draw backwards) stays among them. Members are found by joining
 * the ends of the cycle edges (every cycle edge lies inside one strongly
 * connected component, and the cycle edges of a component connect it).
 */
function cycleBoxes(input: ViewInput, nodes: Map<string, string>, ids: SafeIds): string[] {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== undefined && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  for (const { edge } of input.analysis.cycleEdges) {
    if (!nodes.has(edge.from) || !nodes.has(edge.to) || edge.from === edge.to) continue;
    for (const id of [edge.from, edge.to]) if (!parent.has(id)) parent.set(id, id);
    parent.set(find(edge.from), find(edge.to));
  }
  const boxes = new Map<string, string[]>();
  for (const id of parent.keys()) {
    const root = find(id);
    const members = boxes.get(root);
    if (members) members.push(id);
    else boxes.set(root, [id]);
  }
  const lines: string[] = [];
  for (const members of boxes.values()) {
    const box = ids.next('c');
    lines.push(`${INDENT}subgraph ${box}["${label(`Dependency cycle: ${plural(members.length, 'item')}`, 'flowchart')}"]`);
    for (const member of members) lines.push(`${INDENT}${INDENT}${nodes.get(member)}`);
    lines.push(`${INDENT}end`, `${INDENT}class ${box} cycle`);
  }
  return lines;
}

function warningsOf(edges: DrawnEdges, focus: string | undefined, only: Set<string> | undefined): string[] {
  const warnings: string[] = [];
  if (edges.unresolved.length > 0) warnings.push(`${plural(edges.unresolved.length, 'reference')} to ids the pack does not define, drawn dashed: ${listIds(edges.unresolved)}.`);
  if (edges.elsewhere.length > 0) warnings.push(`${plural(edges.elsewhere.length, 'dependency', 'dependencies')} on other packs of the portfolio, drawn dashed (the portfolio's preview draws them across packs): ${listIds(edges.elsewhere)}.`);
  if (edges.cycle.length > 0) warnings.push(`${plural(edges.cycle.length, 'dependency', 'dependencies')} on a cycle, drawn purple and dotted in a box.`);
  if (edges.conflict.length > 0) warnings.push(`${plural(edges.conflict.length, 'dependency', 'dependencies')} breaking the schedule (RP401), drawn orange and dashed: ${listIds(edges.conflicts)}.`);
  if (edges.critical.length > 0) warnings.push('The critical path is drawn red.');
  if (only) warnings.push(`Showing only ${focus} (${plural(only.size, 'item')}) and what it depends on or is needed by.`);
  return warnings;
}

/** Every classDef, and the class statements for the ids `drawn` keeps (a diagram names only its own nodes). */
function classLines(classes: Classes, drawn: (id: string) => boolean): string[] {
  const lines = Object.entries(NODE_CLASSES).map(([name, style]) => `${INDENT}classDef ${name} ${style}`);
  for (const [name, members] of Object.entries(classes)) {
    for (const chunk of chunks(members.filter(drawn), 50)) lines.push(`${INDENT}class ${chunk.join(',')} ${name}`);
  }
  return lines;
}

export function chunks<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}
