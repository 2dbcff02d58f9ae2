import { effortAt } from '../model/values';
import type { Edge, Entity, Gate, Initiative, PackModel } from '../model/types';
import { spanLength } from '../time';

/** How a node's weeks are found in a run: effort sampled, duration from the planned rate. */
export const SAMPLED = 0;
/** No usable effort: keeps its planned number of weeks, moved by its dependencies. */
export const FIXED_LENGTH = 1;
/** `done`: keeps its span. */
export const DONE = 2;
/** Decided at the later of `at` and what it depends on. */
export const GATE = 3;

const EDGE_TYPE: Readonly<Record<Edge['type'], number>> = { 'finish-to-start': 0, 'start-to-start': 1, 'finish-to-finish': 2 };
const CONFIDENCE_STRETCH: Readonly<Record<string, number>> = { high: 1, medium: 1.25, low: 1.5 };

/**
 * A pack compiled once for the runs: one node per forecast initiative and
 * gate (items order: initiatives, then gates, as written), typed arrays for
 * what a run reads, the edges in CSR form (node i's in [edgeStart[i],
 * edgeStart[i+1])) and a topological order. An edge whose predecessor is not
 * earlier in that order (a cycle) or is a register dependency is a constant:
 * the predecessor's planned weeks.
 */
export interface ForecastPlan {
  ids: string[];
  kinds: ('initiative' | 'gate')[];
  mode: Uint8Array;
  keepStart: Uint8Array;
  plannedFirst: Int32Array;
  plannedLast: Int32Array;
  /** Triangular min, mode, max in engineer-weeks, and weeks per engineer-week (W / P). */
  low: Float64Array;
  mid: Float64Array;
  high: Float64Array;
  weeksPerEffort: Float64Array;
  order: Int32Array;
  edgeStart: Int32Array;
  /** The predecessor's node, or -1 for a constant. */
  edgePred: Int32Array;
  edgeType: Uint8Array;
  edgeLag: Int32Array;
  constFirst: Int32Array;
  constLast: Int32Array;
  horizonLast: number | undefined;
}

type Node = { entity: Initiative; span: { first: number; last: number } } | { entity: Gate; span: { first: number; last: number } };

/** The initiatives and gates with a time, not cut, each id's first definition. */
function forecastNodes(model: PackModel): Node[] {
  const first = (entity: Entity) => model.byId.get(entity.id) === entity;
  const nodes: Node[] = [];
  for (const entity of model.initiatives) if (entity.span && entity.status !== 'cut' && first(entity)) nodes.push({ entity, span: entity.span });
  for (const entity of model.gates) if (entity.at !== undefined && first(entity)) nodes.push({ entity, span: { first: entity.at, last: entity.at } });
  return nodes;
}

export function compilePlan(model: PackModel): ForecastPlan {
  const nodes = forecastNodes(model);
  const n = nodes.length;
  const index = new Map(nodes.map((node, i) => [node.entity.id, i]));
  const plan = emptyPlan(nodes, model);
  nodes.forEach((node, i) => describeNode(plan, i, node, model));
  const preds = nodes.map((node) => node.entity.edges.filter((edge) => edge.milestone === undefined));
  plan.order = topologicalOrder(n, preds.map((edges) => edges.map((edge) => index.get(edge.to) ?? -1)));
  const position = new Int32Array(n);
  plan.order.forEach((node, k) => (position[node] = k));
  fillEdges(plan, preds, (edge, i) => {
    const pred = index.get(edge.to);
    if (pred !== undefined) return position[pred] < position[i] ? pred : { first: plan.plannedFirst[pred], last: plan.plannedLast[pred] };
    const target = model.byId.get(edge.to);
    return target?.kind === 'dependency' && target.neededBy !== undefined ? { first: target.neededBy, last: target.neededBy } : undefined;
  });
  return plan;
}

function emptyPlan(nodes: Node[], model: PackModel): ForecastPlan {
  const n = nodes.length;
  return {
    ids: nodes.map((node) => node.entity.id),
    kinds: nodes.map((node) => node.entity.kind),
    mode: new Uint8Array(n),
    keepStart: new Uint8Array(n),
    plannedFirst: new Int32Array(n),
    plannedLast: new Int32Array(n),
    low: new Float64Array(n),
    mid: new Float64Array(n),
    high: new Float64Array(n),
    weeksPerEffort: new Float64Array(n),
    order: new Int32Array(n),
    edgeStart: new Int32Array(n + 1),
    edgePred: new Int32Array(0),
    edgeType: new Uint8Array(0),
    edgeLag: new Int32Array(0),
    constFirst: new Int32Array(0),
    constLast: new Int32Array(0),
    horizonLast: model.horizon?.last,
  };
}

function describeNode(plan: ForecastPlan, i: number, node: Node, model: PackModel): void {
  plan.plannedFirst[i] = node.span.first;
  plan.plannedLast[i] = node.span.last;
  const entity = node.entity;
  if (entity.kind === 'gate') {
    plan.mode[i] = GATE;
    return;
  }
  if (entity.status === 'done') {
    plan.mode[i] = DONE;
    return;
  }
  plan.keepStart[i] = entity.status === 'in-progress' ? 1 : 0;
  const effort = entity.effort;
  const planned = effort ? effortAt(effort, model.capacity.estimate) : 0;
  // No effort, or a plan sized at zero: there is no rate to stretch, so the span keeps its length.
  if (!effort || !(planned > 0)) {
    plan.mode[i] = FIXED_LENGTH;
    return;
  }
  const [low, high] = effort.low <= effort.high ? [effort.low, effort.high] : [effort.high, effort.low];
  plan.mode[i] = SAMPLED;
  plan.low[i] = low;
  plan.mid[i] = (low + high) / 2;
  plan.high[i] = high * (CONFIDENCE_STRETCH[entity.input.confidence ?? 'medium'] ?? CONFIDENCE_STRETCH.medium);
  plan.weeksPerEffort[i] = spanLength(node.span) / planned;
}

type EdgeSource = number | { first: number; last: number } | undefined;

function fillEdges(plan: ForecastPlan, preds: Edge[][], source: (edge: Edge, node: number) => EdgeSource): void {
  const kept = preds.map((edges, i) => edges.map((edge) => ({ edge, from: source(edge, i) })).filter((entry) => entry.from !== undefined));
  const total = kept.reduce((sum, edges) => sum + edges.length, 0);
  plan.edgePred = new Int32Array(total);
  plan.edgeType = new Uint8Array(total);
  plan.edgeLag = new Int32Array(total);
  plan.constFirst = new Int32Array(total);
  plan.constLast = new Int32Array(total);
  let e = 0;
  kept.forEach((edges, i) => {
    plan.edgeStart[i] = e;
    for (const { edge, from } of edges) {
      plan.edgeType[e] = EDGE_TYPE[edge.type];
      plan.edgeLag[e] = edge.lag;
      plan.edgePred[e] = typeof from === 'number' ? from : -1;
      if (typeof from === 'object') [plan.constFirst[e], plan.constLast[e]] = [from.first, from.last];
      e++;
    }
  });
  plan.edgeStart[kept.length] = e;
}

/**
 * Kahn's order over the node edges (-1: not a node). Nodes left on a cycle
 * follow in items order; their edges to one another then read planned weeks.
 */
function topologicalOrder(n: number, preds: number[][]): Int32Array {
  const waiting = new Int32Array(n);
  const successors: number[][] = Array.from({ length: n }, () => []);
  preds.forEach((list, i) => {
    for (const pred of list) {
      if (pred < 0) continue;
      waiting[i]++;
      successors[pred].push(i);
    }
  });
  const order = new Int32Array(n);
  const placed = new Uint8Array(n);
  let size = 0;
  const place = (node: number) => {
    order[size++] = node;
    placed[node] = 1;
  };
  for (let i = 0; i < n; i++) if (waiting[i] === 0) place(i);
  for (let k = 0; k < size; k++) for (const next of successors[order[k]]) if (--waiting[next] === 0) place(next);
  for (let i = 0; i < n; i++) if (!placed[i]) place(i);
  return order;
}
