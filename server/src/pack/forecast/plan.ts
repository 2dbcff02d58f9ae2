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

const CONFIDENCE_STRETCH: Readonly<Record<string, number>> = { high: 1, medium: 1.25, low: 1.5 };

/**
 * A pack compiled once for the runs: one node per forecast initiative and
 * gate (items order: initiatives, then gates, as written), typed arrays for
 * what a run reads and a topological order. An edge whose predecessor is not
 * earlier in that order (a cycle) or is a register dependency is a constant,
 * the predecessor's planned weeks, folded into the node's floors once here;
 * the rest are split by the end they bound, so a run reads each edge once.
 */
/**
 * Edges in CSR form, one array per kind of bound so the hot loop does not
 * branch: the bound is `pred`'s week + `add` (FS: 1 + lag; SS, FF and a gate's: lag).
 */
export interface NodeEdges {
  at: Int32Array;
  pred: Int32Array;
  add: Int32Array;
}

/**
 * Per node, the triangular distribution's inverse CDF (min a, mode c, max b)
 * precomputed for the hot loop, already in weeks: at a uniform u below
 * `split` = (c − a) / (b − a), min + √(u × below); else max − √((1 − u) ×
 * above). For a fixed u it never decreases when a, c or b grows, which is
 * what makes "a wider range is never earlier" hold run by run.
 */
export interface TriangularWeeks {
  min: Float64Array;
  max: Float64Array;
  split: Float64Array;
  below: Float64Array;
  above: Float64Array;
}

export interface ForecastPlan {
  ids: string[];
  kinds: ('initiative' | 'gate')[];
  mode: Uint8Array;
  keepStart: Uint8Array;
  plannedFirst: Int32Array;
  plannedLast: Int32Array;
  /** The triangular effort in weeks at the planned rate (engineer-weeks × W / P): see `TriangularWeeks`. */
  effort: TriangularWeeks;
  order: Int32Array;
  /** The earliest start (the planned start, or later for a constant edge) and finish (-∞, or a constant FF edge's) before any node edge. */
  floorStart: Int32Array;
  floorFinish: Int32Array;
  /** Edges bounding the start from the predecessor's last week (FS): node i's at [at[i], at[i+1]). */
  afterLast: NodeEdges;
  /** Edges bounding the start from the predecessor's first week (SS). */
  afterFirst: NodeEdges;
  /** Edges bounding the finish (FF) or, for a gate, the decision. */
  finishEdges: NodeEdges;
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
    effort: { min: new Float64Array(n), max: new Float64Array(n), split: new Float64Array(n), below: new Float64Array(n), above: new Float64Array(n) },
    order: new Int32Array(n),
    floorStart: new Int32Array(n),
    floorFinish: new Int32Array(n).fill(-0x7fffffff),
    afterLast: noEdges(n),
    afterFirst: noEdges(n),
    finishEdges: noEdges(n),
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
  const stretch = CONFIDENCE_STRETCH[entity.input.confidence ?? 'medium'] ?? CONFIDENCE_STRETCH.medium;
  describeTriangular(plan.effort, i, low, (low + high) / 2, high * stretch, spanLength(node.span) / planned);
}

/** Min `a`, mode `c`, max `b` in engineer-weeks, `scale` weeks per engineer-week. */
function describeTriangular(effort: TriangularWeeks, i: number, a: number, c: number, b: number, scale: number): void {
  effort.min[i] = a * scale;
  effort.max[i] = b * scale;
  effort.split[i] = b > a ? (c - a) / (b - a) : 1;
  effort.below[i] = (b - a) * (c - a) * scale * scale;
  effort.above[i] = (b - a) * (b - c) * scale * scale;
}

type EdgeSource = number | { first: number; last: number } | undefined;

function noEdges(n: number): NodeEdges {
  return { at: new Int32Array(n + 1), pred: new Int32Array(0), add: new Int32Array(0) };
}

interface Bound {
  pred: number;
  add: number;
  fromFirst: boolean;
}

/** Each node's edges as start or finish bounds; constant ones raise its floors instead. */
function fillEdges(plan: ForecastPlan, preds: Edge[][], source: (edge: Edge, node: number) => EdgeSource): void {
  const starts: Bound[][] = [];
  const finishes: Bound[][] = [];
  preds.forEach((edges, i) => {
    plan.floorStart[i] = plan.plannedFirst[i];
    if (plan.mode[i] === GATE) plan.floorFinish[i] = plan.plannedFirst[i];
    const [start, finish]: Bound[][] = [[], []];
    // Done work keeps its span; in-progress work its start (its FF edges still hold its finish).
    if (plan.mode[i] !== DONE) for (const edge of edges) addBound(plan, i, edge, source(edge, i), start, finish);
    starts.push(start);
    finishes.push(finish);
  });
  const afterLast = starts.map((list) => list.filter((bound) => !bound.fromFirst));
  plan.afterLast = packEdges(withoutImplied(afterLast, finishes));
  plan.afterFirst = packEdges(starts.map((list) => list.filter((bound) => bound.fromFirst)));
  plan.finishEdges = packEdges(finishes);
}

/**
 * The FS edges another path of two already implies, left out so a run reads
 * fewer (generated packs declare many). Whenever v's edge from u (FS, FF or a
 * gate's) is placed, v's last week ≥ u's last + add(u→v); so w's start ≥
 * v's last + add(v→w) ≥ u's last + add(u→v) + add(v→w), and w's own edge from
 * u adds nothing when its add is no more. Every run places the same weeks.
 */
function withoutImplied(afterLast: Bound[][], finishes: Bound[][]): Bound[][] {
  return afterLast.map((list) => {
    if (list.length < 2) return list;
    const implied = new Map<number, number>();
    for (const { pred: v, add: vw } of list) {
      if (v < 0) continue;
      for (const { pred: u, add: uv } of [...afterLast[v], ...finishes[v]]) if (u >= 0) implied.set(u, Math.max(implied.get(u) ?? Number.NEGATIVE_INFINITY, uv + vw));
    }
    return list.filter((bound) => bound.add > (implied.get(bound.pred) ?? Number.NEGATIVE_INFINITY));
  });
}

function addBound(plan: ForecastPlan, i: number, edge: Edge, from: EdgeSource, start: Bound[], finish: Bound[]): void {
  if (from === undefined) return;
  const gate = plan.mode[i] === GATE;
  const onFinish = gate || edge.type === 'finish-to-finish';
  if (!onFinish && plan.keepStart[i]) return;
  const bound: Bound = { pred: typeof from === 'number' ? from : -1, add: edge.lag + (!gate && edge.type === 'finish-to-start' ? 1 : 0), fromFirst: !gate && edge.type === 'start-to-start' };
  if (typeof from === 'number') return void (onFinish ? finish : start).push(bound);
  const week = (bound.fromFirst ? from.first : from.last) + bound.add;
  const floors = onFinish ? plan.floorFinish : plan.floorStart;
  floors[i] = Math.max(floors[i], week);
}

function packEdges(lists: Bound[][]): NodeEdges {
  const total = lists.reduce((sum, list) => sum + list.length, 0);
  const edges: NodeEdges = { at: new Int32Array(lists.length + 1), pred: new Int32Array(total), add: new Int32Array(total) };
  let e = 0;
  lists.forEach((list, i) => {
    edges.at[i] = e;
    for (const bound of list) {
      [edges.pred[e], edges.add[e]] = [bound.pred, bound.add];
      e++;
    }
  });
  edges.at[lists.length] = e;
  return edges;
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
