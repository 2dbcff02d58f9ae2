import type { Edge, PackModel } from '../model/types';
import { stronglyConnected } from './scc';

/** An edge as the cycle search reads it. */
export type EdgeEnds = Pick<Edge, 'from' | 'to'>;

/**
 * Everything the cycle search reads: the ids, and each initiative's and
 * gate's edges, in the model's order (which, laid end to end, is the order of
 * the model's `edges`). An entity reused from the last check keeps its edges
 * array, so comparing the inputs is a pointer test per entity.
 */
export interface CycleInputs {
  ids: string[];
  groups: readonly (readonly EdgeEnds[])[];
}

/** An edge on a cycle, by its position in the model's `edges`. */
export interface FoundCycle {
  edge: number;
  /** The ids around the cycle this edge closes, starting and ending at the edge's `from`. */
  chain: string[];
  /** The edges along that chain, in order (positions in `edges`). */
  chainEdges: number[];
}

export function cycleInputs(model: PackModel): CycleInputs {
  const groups: (readonly EdgeEnds[])[] = [];
  for (const entity of model.initiatives) groups.push(entity.edges);
  for (const entity of model.gates) groups.push(entity.edges);
  return { ids: [...model.byId.keys()], groups };
}

/** The groups' edges end to end: positions in this array are positions in the model's `edges`. */
export function flatEdges(groups: readonly (readonly EdgeEnds[])[]): EdgeEnds[] {
  const edges: EdgeEnds[] = [];
  for (const group of groups) for (const edge of group) edges.push(edge);
  return edges;
}

/** Longest component searched for shortest paths; larger ones go through their root. */
const SMALL_COMPONENT = 64;

/**
 * Every edge that lies on a dependency cycle, with a cycle through it: the
 * shortest one in small components; in large ones a cycle through the
 * component's root, so the work stays linear in the graph's size.
 * A milestone's `after` counts as an edge of its initiative.
 */
export function findCycles(cycleInputs: CycleInputs): FoundCycle[] {
  const inputs = { ids: cycleInputs.ids, edges: flatEdges(cycleInputs.groups) };
  const graph = new Graph(inputs);
  const component = stronglyConnected(inputs.ids.length, graph.successors);
  const members = groupBy(inputs.ids.length, component);
  const result: FoundCycle[] = [];
  const searchers = new Map<number, ComponentSearch>();
  for (const edge of graph.resolved) {
    const [from, to] = [graph.source(edge), graph.target(edge)];
    if (component[from] !== component[to]) continue;
    if (from !== to && members.get(component[from])!.length < 2) continue;
    let search = searchers.get(component[from]);
    if (!search) searchers.set(component[from], (search = new ComponentSearch(members.get(component[from])!, component, graph)));
    const chainEdges = [edge, ...search.path(to, from)];
    result.push({ edge, chain: [inputs.edges[edge].from, ...chainEdges.map((e) => inputs.edges[e].to)], chainEdges });
  }
  return result;
}

/** Ids numbered 0..n-1; edges (by position) between known ids, grouped by their source. */
class Graph {
  readonly successors: number[][];
  readonly outEdges: number[][];
  readonly resolved: number[] = [];
  private readonly numberOf: Map<string, number>;

  constructor(readonly inputs: { ids: string[]; edges: readonly EdgeEnds[] }) {
    this.numberOf = new Map(inputs.ids.map((id, n) => [id, n]));
    this.successors = inputs.ids.map(() => []);
    this.outEdges = inputs.ids.map(() => []);
    for (let edge = 0; edge < inputs.edges.length; edge++) {
      const [from, to] = [this.numberOf.get(inputs.edges[edge].from), this.numberOf.get(inputs.edges[edge].to)];
      if (from === undefined || to === undefined) continue;
      this.resolved.push(edge);
      this.successors[from].push(to);
      this.outEdges[from].push(edge);
    }
  }

  node(id: string): number {
    return this.numberOf.get(id)!;
  }

  source(edge: number): number {
    return this.node(this.inputs.edges[edge].from);
  }

  target(edge: number): number {
    return this.node(this.inputs.edges[edge].to);
  }
}

function groupBy(count: number, component: Int32Array): Map<number, number[]> {
  const groups = new Map<number, number[]>();
  for (let node = 0; node < count; node++) {
    const group = groups.get(component[node]);
    if (group) group.push(node);
    else groups.set(component[node], [node]);
  }
  return groups;
}

/** Finds paths (as edge positions) inside one strongly connected component. */
class ComponentSearch {
  private readonly root: number;
  private toRoot?: Map<number, number>;
  private fromRoot?: Map<number, number>;

  constructor(
    private readonly members: number[],
    private readonly component: Int32Array,
    private readonly graph: Graph,
  ) {
    this.root = members[0];
  }

  /** Edges of a path from `start` to `goal` (empty when start is goal). */
  path(start: number, goal: number): number[] {
    if (start === goal) return [];
    if (this.members.length <= SMALL_COMPONENT) return this.walkBack(this.tree(start, goal), start, goal);
    return [...this.viaRoot(start, this.root, 'to'), ...this.viaRoot(this.root, goal, 'from')];
  }

  private walkBack(previous: Map<number, number>, start: number, goal: number): number[] {
    const edges: number[] = [];
    for (let node = goal; node !== start; ) {
      const edge = previous.get(node);
      if (edge === undefined) break;
      edges.push(edge);
      node = this.graph.source(edge);
    }
    return edges.reverse();
  }

  /** Paths to or from the root come from one search tree each, built once. */
  private viaRoot(start: number, goal: number, direction: 'to' | 'from'): number[] {
    if (start === goal) return [];
    if (direction === 'from') {
      this.fromRoot ??= this.tree(this.root);
      return this.walkBack(this.fromRoot, this.root, goal);
    }
    this.toRoot ??= this.reverseTree(this.root);
    const edges: number[] = [];
    for (let node = start; node !== goal; ) {
      const edge = this.toRoot.get(node);
      if (edge === undefined) break;
      edges.push(edge);
      node = this.graph.target(edge);
    }
    return edges;
  }

  /** Breadth-first tree from `root` inside the component (stopping once `goal` is reached). */
  private tree(root: number, goal?: number): Map<number, number> {
    const previous = new Map<number, number>();
    const queue = [root];
    const seen = new Set([root]);
    for (let head = 0; head < queue.length && !(goal !== undefined && seen.has(goal)); head++) {
      for (const edge of this.graph.outEdges[queue[head]]) {
        const next = this.graph.target(edge);
        if (seen.has(next) || this.component[next] !== this.component[root]) continue;
        seen.add(next);
        previous.set(next, edge);
        queue.push(next);
      }
    }
    return previous;
  }

  /** For each member, the first edge of a shortest path from it to the root. */
  private reverseTree(root: number): Map<number, number> {
    const incoming = new Map<number, number[]>();
    for (const member of this.members) {
      for (const edge of this.graph.outEdges[member]) {
        const target = this.graph.target(edge);
        if (this.component[target] !== this.component[root]) continue;
        const list = incoming.get(target);
        if (list) list.push(edge);
        else incoming.set(target, [edge]);
      }
    }
    const next = new Map<number, number>();
    const queue = [root];
    const seen = new Set([root]);
    for (let head = 0; head < queue.length; head++) {
      for (const edge of incoming.get(queue[head]) ?? []) {
        const source = this.graph.source(edge);
        if (seen.has(source)) continue;
        seen.add(source);
        next.set(source, edge);
        queue.push(source);
      }
    }
    return next;
  }
}
