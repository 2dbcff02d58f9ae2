import type { PortfolioResult } from '../../portfolio/checkPortfolios';
import { plural } from '../../text/format';
import { CONFLICT_LINK_STYLE, CYCLE_LINK_STYLE, FRONT_MATTER, NODE_CLASSES, NodeClass, chunks, classOf, nodeLine } from '../dependencies';
import { SafeIds, label } from '../escape';
import { CompactView, INDENT, RenderedView, listIds } from '../shared';
import { PackEdge, PackNode, portfolioEdges } from './crossGraph';
import { sourceTarget } from './packIds';
import { ViewedPack, viewedPacks } from './packs';

/** A dependency between two packs: blue, heavier than an edge inside a pack, readable on a light and a dark background. */
export const CROSS_LINK_STYLE = 'stroke:#1c7ed6,stroke-width:3px';

/** A pack's box: a fill of its own and the text colour set with it, so its title reads in every theme (as dependencies.ts's classes do). */
export const PACK_BOX_CLASS = 'fill:#f8f9fa,stroke:#495057,color:#1a1a1a';

/**
 * The portfolio's dependency graph: a box per pack (its title), top to
 * bottom in the order of `includes`, holding the pack's initiatives and
 * gates that wait for something or that something waits for; each arrow
 * from what is waited for to what waits, as dependencies.ts draws them.
 * Arrows between packs are blue; one that breaks the schedule (RP401) is
 * orange and dashed, with a hover that says by how much; one on a cycle is
 * purple and dotted. The compact copy, for a narrow pane, keeps only the
 * dependencies between packs and what they join.
 */
export function portfolioDependencies(portfolio: PortfolioResult): RenderedView {
  const edges = portfolioEdges(portfolio);
  const packs = viewedPacks(portfolio);
  const detailed = drawGraph(packs, edges);
  // A cross edge on a cycle or breaking the schedule is drawn in that colour, not blue.
  const cross = edges.filter((edge) => edge.cross && !edge.cycle && !edge.conflict);
  const compact = cross.length > 0 && cross.length < edges.length ? drawGraph(packs, cross) : undefined;
  const warnings = warningsOf(edges);
  if (edges.length === 0) return { text: '', diagrams: [], sourceMap: {}, warnings: ['No pack of the portfolio has dependencies to draw.'] };
  return { ...detailed, warnings, ...(compact ? { compact: compactOf(compact, cross.length) } : {}) };
}

function compactOf(drawn: Drawn, cross: number): CompactView {
  const { text, diagrams, sourceMap, edgeTips } = drawn;
  return { text, diagrams, sourceMap, warnings: [`Only the ${plural(cross, 'dependency', 'dependencies')} between packs, and what they join.`], ...(edgeTips ? { edgeTips } : {}) };
}

type Drawn = Pick<RenderedView, 'text' | 'diagrams' | 'sourceMap' | 'edgeTips'>;

/** What one drawing of the graph builds as it goes. */
interface Drawing {
  ids: SafeIds;
  /** `name` NUL `id` → Mermaid id. */
  nodes: Map<string, string>;
  classes: Map<NodeClass | 'pack', string[]>;
  /** Mermaid id of a dependent → the notes its node carries (RP401). */
  notes: Map<string, string[]>;
}

function drawGraph(packs: readonly ViewedPack[], edges: readonly PackEdge[]): Drawn {
  const drawing: Drawing = { ids: new SafeIds(), nodes: new Map(), classes: new Map(), notes: notesOf(edges) };
  const lines = [...FRONT_MATTER, 'flowchart TB'];
  for (const pack of packs) lines.push(...packBox(pack, edges, drawing));
  const ghosts = new Map<string, string>();
  const styled = { cross: [] as number[], conflict: [] as number[], cycle: [] as number[] };
  const tips: Record<string, string> = {};
  edges.forEach((edge, index) => {
    const from = drawing.nodes.get(keyOf(edge.dependent))!;
    const to = 'entity' in edge.target ? drawing.nodes.get(keyOf(edge.target))! : ghostOf(edge.target.missing, ghosts, drawing, lines);
    if (edge.cycle) styled.cycle.push(index);
    else if (edge.conflict) styled.conflict.push(index);
    else if (edge.cross) styled.cross.push(index);
    // Only a schedule-breaking edge gets an id: the webview finds its path by it to hang the hover on.
    const id = edge.conflict ? `e${index}` : undefined;
    if (id) tips[id] = edge.conflict!.tip;
    lines.push(`${INDENT}${to} ${id ? `${id}@` : ''}--> ${from}`);
  });
  for (const [style, indices] of [[CYCLE_LINK_STYLE, styled.cycle], [CONFLICT_LINK_STYLE, styled.conflict], [CROSS_LINK_STYLE, styled.cross]] as const) {
    for (const chunk of chunks(indices, 50)) lines.push(`${INDENT}linkStyle ${chunk.join(',')} ${style}`);
  }
  lines.push(...classLines(drawing.classes));
  const text = lines.join('\n') + '\n';
  return { text, diagrams: [text], sourceMap: drawing.ids.sourceMap, ...(Object.keys(tips).length > 0 ? { edgeTips: tips } : {}) };
}

/** The pack's box and the nodes of its entities that the edges join, in the pack's order; nothing when it has none. */
function packBox(pack: ViewedPack, edges: readonly PackEdge[], drawing: Drawing): string[] {
  const joined = new Set<string>();
  for (const edge of edges) for (const end of [edge.dependent, edge.target]) if ('entity' in end && end.pack.name === pack.name) joined.add(end.entity.id);
  const { model } = pack.file.result;
  const entities = [...model.byId.values()].filter((entity) => joined.delete(entity.id));
  if (entities.length === 0) return [];
  const box = drawing.ids.next('p');
  classOfBox(drawing, box);
  const lines = [`${INDENT}subgraph ${box}["${label(pack.title, 'flowchart')}"]`];
  for (const entity of entities) {
    const id = drawing.ids.next('n', sourceTarget(pack.name, entity.id));
    drawing.nodes.set(keyOf({ pack, entity }), id);
    push(drawing.classes, classOf(entity), id);
    lines.push(`${INDENT}${INDENT}${nodeLine(id, entity, drawing.notes.get(keyOf({ pack, entity })) ?? [])}`);
  }
  lines.push(`${INDENT}end`);
  return lines;
}

function classOfBox(drawing: Drawing, box: string): void {
  push(drawing.classes, 'pack', box);
}

/** A reference that names nothing in the portfolio (RP202): a dashed node outside every box. */
function ghostOf(reference: string, ghosts: Map<string, string>, drawing: Drawing, lines: string[]): string {
  const drawn = ghosts.get(reference);
  if (drawn) return drawn;
  const id = drawing.ids.next('n');
  ghosts.set(reference, id);
  push(drawing.classes, 'ghost', id);
  lines.push(`${INDENT}${id}["${label(reference, 'flowchart', { fallback: '(empty id)' })}<br/>${label('not defined in the portfolio', 'flowchart')}"]`);
  return id;
}

/** `waits for platform:redis-cluster: starts 2w too early (RP401)`, in the node that waits. */
function notesOf(edges: readonly PackEdge[]): Map<string, string[]> {
  const notes = new Map<string, string[]>();
  for (const edge of edges) {
    if (!edge.conflict) continue;
    const key = keyOf(edge.dependent);
    push(notes, key, `${label(`waits for ${edge.edge.to}`, 'flowchart')}#58; ${label(edge.conflict.note, 'flowchart', { maxLength: 80 })}`);
  }
  return notes;
}

function keyOf(node: PackNode): string {
  return `${node.pack.name}\u0000${node.entity.id}`;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function classLines(classes: ReadonlyMap<string, string[]>): string[] {
  const lines = [...Object.entries(NODE_CLASSES), ['pack', PACK_BOX_CLASS]].map(([name, style]) => `${INDENT}classDef ${name} ${style}`);
  for (const [name, members] of classes) for (const chunk of chunks(members, 50)) lines.push(`${INDENT}class ${chunk.join(',')} ${name}`);
  return lines;
}

function warningsOf(edges: readonly PackEdge[]): string[] {
  const warnings: string[] = [];
  const shown = (edge: PackEdge) => `${edge.dependent.pack.name === '' ? '' : `${edge.dependent.pack.name}:`}${edge.dependent.entity.id} waits for ${edge.edge.to}`;
  // A cross edge on a cycle or breaking the schedule is drawn in that colour, not blue.
  const cross = edges.filter((edge) => edge.cross && !edge.cycle && !edge.conflict);
  const missing = edges.filter((edge) => !('entity' in edge.target));
  const conflicts = edges.filter((edge) => edge.conflict);
  const cycle = edges.filter((edge) => edge.cycle);
  if (cross.length > 0) warnings.push(`${plural(cross.length, 'dependency', 'dependencies')} between packs, drawn blue.`);
  if (missing.length > 0) warnings.push(`${plural(missing.length, 'reference')} to ids the portfolio does not define, drawn dashed: ${listIds(missing.map((edge) => edge.edge.to))}.`);
  if (cycle.length > 0) warnings.push(`${plural(cycle.length, 'dependency', 'dependencies')} on a cycle, drawn purple and dotted.`);
  if (conflicts.length > 0) warnings.push(`${plural(conflicts.length, 'dependency', 'dependencies')} breaking the schedule (RP401), drawn orange and dashed: ${listIds(conflicts.map(shown))}.`);
  return warnings;
}
