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

/**
 * The ids around a cycle, starting and ending at the edge's `from`: all of
 * them for a cycle a person can read, else the first and last few and how
 * many are left out between, so that a cycle of thousands costs what a short
 * one does.
 */
export interface Chain {
  head: string[];
  omitted: number;
  tail: string[];
}

/** An edge on a cycle, by its position in the model's `edges`. */
export interface FoundCycle {
  edge: number;
  chain: Chain;
  /** The first edges along that chain, from this one (positions in `edges`), at most MOST_CHAIN_EDGES. */
  chainEdges: number[];
}

/** Ids shown at each end of a shortened chain; a chain of up to twice as many is shown whole. */
const SHOWN_AT_EACH_END = 6;
/** Edges of a chain kept for related information. */
export const MOST_CHAIN_EDGES = 10;

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
 * component's root, read off two search trees built once, so the work stays
 * linear in the graph's size however long the cycles are.
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
    result.push({ edge, ...search.cycle(edge, from, to) });
  }
  return result;
}

/** A chain of ids shown whole, or shortened to its ends. */
function chainOf(ids: string[]): Chain {
  if (ids.length <= 2 * SHOWN_AT_EACH_END) return { head: ids, omitted: 0, tail: [] };
  return { head: ids.slice(0, SHOWN_AT_EACH_END), omitted: ids.length - 2 * SHOWN_AT_EACH_END, tail: ids.slice(-SHOWN_AT_EACH_END) };
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

/** Finds cycles (as ids and edge positions) inside one strongly connected component. */
class ComponentSearch {
  private readonly root: number;
  private toRoot?: BreadthFirst;
  private fromRoot?: BreadthFirst;

  constructor(
    private readonly members: number[],
    private readonly component: Int32Array,
    private readonly graph: Graph,
  ) {
    this.root = members[0];
  }

  /** The cycle the edge `from → to` closes. */
  cycle(edge: number, from: number, to: number): { chain: Chain; chainEdges: number[] } {
    if (this.members.length <= SMALL_COMPONENT) {
      const edges = [edge, ...this.shortestPath(to, from)];
      return { chain: chainOf(this.idsAlong(from, edges)), chainEdges: edges.slice(0, MOST_CHAIN_EDGES) };
    }
    return this.viaRoot(edge, from, to);
  }

  /** Edges of a shortest path from `start` to `goal` (empty when start is goal). */
  private shortestPath(start: number, goal: number): number[] {
    if (start === goal) return [];
    const previous = this.breadthFirst(start, 'forward', goal).edge;
    const edges: number[] = [];
    for (let node = goal; node !== start; node = this.graph.source(previous.get(node)!)) edges.push(previous.get(node)!);
    return edges.reverse();
  }

  /**
   * The cycle from → to ⇝ root ⇝ from, whose length the trees' depths give:
   * only its ends are walked, a few steps each.
   */
  private viaRoot(edge: number, from: number, to: number): { chain: Chain; chainEdges: number[] } {
    const toRoot = (this.toRoot ??= this.breadthFirst(this.root, 'backward'));
    const fromRoot = (this.fromRoot ??= this.breadthFirst(this.root, 'forward'));
    const ids = 2 + toRoot.depth.get(to)! + fromRoot.depth.get(from)!;
    const head = [from, to];
    const chainEdges = [edge];
    for (let node = to; node !== this.root && (head.length < SHOWN_AT_EACH_END || chainEdges.length < MOST_CHAIN_EDGES); ) {
      const step = toRoot.edge.get(node)!;
      node = this.graph.target(step);
      if (head.length < SHOWN_AT_EACH_END) head.push(node);
      if (chainEdges.length < MOST_CHAIN_EDGES) chainEdges.push(step);
    }
    if (ids <= 2 * SHOWN_AT_EACH_END) return { chain: { head: this.idsAlong(from, this.fullCycle(edge, from, to)), omitted: 0, tail: [] }, chainEdges };
    const tail = [from];
    for (let node = from; node !== this.root && tail.length < SHOWN_AT_EACH_END; ) {
      node = this.graph.source(fromRoot.edge.get(node)!);
      if (node === this.root && head.includes(node)) break; // the root is shown in the head already
      tail.unshift(node);
    }
    const names = (nodes: number[]) => nodes.map((node) => this.graph.inputs.ids[node]);
    return { chain: { head: names(head), omitted: ids - head.length - tail.length, tail: names(tail) }, chainEdges };
  }

  /** Every edge of the short cycle from → to ⇝ root ⇝ from. */
  private fullCycle(edge: number, from: number, to: number): number[] {
    const edges = [edge];
    for (let node = to; node !== this.root; node = this.graph.target(edges[edges.length - 1])) edges.push(this.toRoot!.edge.get(node)!);
    const back: number[] = [];
    for (let node = from; node !== this.root; node = this.graph.source(back[back.length - 1])) back.push(this.fromRoot!.edge.get(node)!);
    return [...edges, ...back.reverse()];
  }

  /** The ids met along the edges from `start`, `start` first. */
  private idsAlong(start: number, edges: number[]): string[] {
    return [this.graph.inputs.ids[start], ...edges.map((edge) => this.graph.inputs.ids[this.graph.target(edge)])];
  }

  /**
   * A breadth-first tree inside the component from `root`, along edges
   * (`forward`: each node's edge from its parent) or against them (`backward`:
   * each node's first edge towards the root), with each node's depth.
   */
  private breadthFirst(root: number, direction: 'forward' | 'backward', goal?: number): BreadthFirst {
    const tree: BreadthFirst = { edge: new Map(), depth: new Map([[root, 0]]) };
    const incoming = direction === 'backward' ? this.incoming() : undefined;
    const queue = [root];
    for (let head = 0; head < queue.length && !(goal !== undefined && tree.depth.has(goal)); head++) {
      const node = queue[head];
      for (const edge of incoming ? (incoming.get(node) ?? []) : this.graph.outEdges[node]) {
        const next = incoming ? this.graph.source(edge) : this.graph.target(edge);
        if (tree.depth.has(next) || this.component[next] !== this.component[root]) continue;
        tree.depth.set(next, tree.depth.get(node)! + 1);
        tree.edge.set(next, edge);
        queue.push(next);
      }
    }
    return tree;
  }

  /** Each member's edges from inside the component, by target. */
  private incoming(): Map<number, number[]> {
    const incoming = new Map<number, number[]>();
    for (const member of this.members) {
      for (const edge of this.graph.outEdges[member]) {
        const target = this.graph.target(edge);
        if (this.component[target] !== this.component[member]) continue;
        const list = incoming.get(target);
        if (list) list.push(edge);
        else incoming.set(target, [edge]);
      }
    }
    return incoming;
  }
}

interface BreadthFirst {
  edge: Map<number, number>;
  depth: Map<number, number>;
}
