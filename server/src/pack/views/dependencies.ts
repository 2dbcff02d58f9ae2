import type { Edge, Entity } from '../model/types';
import { formatSpan, formatWeek } from '../time';
import { SafeIds, label } from './escape';
import { INDENT, RenderedView, ViewInput, listIds, plural, single } from './shared';

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
export function dependenciesView(input: ViewInput): RenderedView {
  const { model, analysis } = input;
  const ids = new SafeIds();
  const nodes = new Map<string, string>();
  const lines = ['flowchart LR'];
  for (const entity of [...model.initiatives, ...model.gates, ...model.dependencies]) {
    if (!entity.id || nodes.has(entity.id)) continue;
    nodes.set(entity.id, ids.next('n', entity.id));
    lines.push(`${INDENT}${nodeLine(nodes.get(entity.id)!, entity, input)}`);
  }
  const { edgeLines, ghosts, cycles, unresolved } = edgesOf(input, nodes, ids, lines);
  const onCycle = new Set<Edge>(analysis.cycleEdges.map((cycle) => cycle.edge));
  lines.push(...edgeLines.map((edge) => `${INDENT}${edge.line}`));
  const red = edgeLines.flatMap((edge, index) => (onCycle.has(edge.edge) ? [index] : []));
  for (const chunk of chunks(red, 50)) lines.push(`${INDENT}linkStyle ${chunk.join(',')} ${CYCLE_LINK_STYLE}`);
  lines.push(...classLines(ghosts, input, nodes));
  const warnings: string[] = [];
  if (unresolved.length > 0) warnings.push(`${plural(unresolved.length, 'reference')} to ids the pack does not define, drawn dashed: ${listIds(unresolved)}.`);
  if (cycles > 0) warnings.push(`${plural(cycles, 'dependency', 'dependencies')} on a cycle, drawn red.`);
  return single(lines.join('\n') + '\n', ids.sourceMap, warnings);
}

function nodeLine(id: string, entity: Entity, input: ViewInput): string {
  const title = label(entity.title, 'flowchart', { fallback: entity.id });
  const detail = label(detailOf(entity, input), 'flowchart');
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

/** `tracing · 2026-Q3-W1..W12`; what a gate or register item is and when. */
function detailOf(entity: Entity, input: ViewInput): string {
  switch (entity.kind) {
    case 'initiative':
      return entity.span ? `${entity.id} · ${formatSpan(entity.span)}` : entity.id;
    case 'gate':
      return entity.at === undefined ? `${entity.id} · gate` : `${entity.id} · gate at ${formatWeek(entity.at)}`;
    case 'dependency':
      return entity.neededBy === undefined ? `${entity.id} · needed by ?` : `${entity.id} · needed by ${formatWeek(entity.neededBy)}`;
    default:
      return `${entity.id} · risk`;
  }
  void input;
}

interface EdgeLine {
  edge: Edge;
  line: string;
}

/** Edge statements, one link each, so that `linkStyle N` counts them in this order. */
function edgesOf(input: ViewInput, nodes: Map<string, string>, ids: SafeIds, lines: string[]) {
  const { model, analysis } = input;
  const edgeLines: EdgeLine[] = [];
  const ghosts: string[] = [];
  const unresolved: string[] = [];
  const onCycle = new Set<Edge>(analysis.cycleEdges.map((cycle) => cycle.edge));
  let cycles = 0;
  for (const edge of model.edges) {
    const from = nodes.get(edge.from);
    if (!from) continue; // an edge written on an entity without an id
    let to = nodes.get(edge.to);
    if (!to) to = nodeFor(edge.to, input, nodes, ids, lines, ghosts, unresolved);
    const text = edgeLabel(edge, input);
    edgeLines.push({ edge, line: text ? `${to} -->|"${text}"| ${from}` : `${to} --> ${from}` });
    if (onCycle.has(edge)) cycles++;
  }
  return { edgeLines, ghosts, cycles, unresolved };
}

/** A node for a referenced id that is not yet drawn: a risk, or a ghost for an undefined id. */
function nodeFor(id: string, input: ViewInput, nodes: Map<string, string>, ids: SafeIds, lines: string[], ghosts: string[], unresolved: string[]): string {
  const entity = input.model.byId.get(id);
  const mermaidId = ids.next('n', id);
  nodes.set(id, mermaidId);
  if (entity) {
    lines.push(`${INDENT}${nodeLine(mermaidId, entity, input)}`);
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
  const initiative = input.model.initiatives.find((candidate) => candidate.id === edge.from);
  const milestone = initiative?.milestones[edge.milestone];
  const forMilestone = label(`for: ${milestone?.name ?? `milestone ${edge.milestone + 1}`}`, 'flowchart', { maxLength: 60 });
  return text ? `${text}<br/>${forMilestone}` : forMilestone;
}

function classLines(ghosts: string[], input: ViewInput, nodes: Map<string, string>): string[] {
  const lines = [`${INDENT}classDef gate fill:#fff4d6,stroke:#b58900`, `${INDENT}classDef register fill:#eef3ff,stroke:#4466aa`, `${INDENT}classDef ghost stroke-dasharray: 5 5,fill:#ffffff,color:#888888`];
  const gates = input.model.gates.map((gate) => nodes.get(gate.id)).filter((id): id is string => id !== undefined);
  const registers = input.model.dependencies.map((dependency) => nodes.get(dependency.id)).filter((id): id is string => id !== undefined);
  for (const [name, members] of [['gate', gates], ['register', registers], ['ghost', ghosts]] as const) {
    for (const chunk of chunks([...new Set(members)], 50)) lines.push(`${INDENT}class ${chunk.join(',')} ${name}`);
  }
  return lines;
}

function chunks<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}
