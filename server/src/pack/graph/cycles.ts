import type { Edge, PackModel } from '../model/types';
import { stronglyConnected } from './scc';

export interface CycleEdge {
  edge: Edge;
  /** The ids around the cycle this edge closes, starting and ending at edge.from. */
  chain: string[];
  /** The edges along that chain, in order. */
  chainEdges: Edge[];
}

/** Longest chain spelled out in a message; longer ones are elided in the middle. */
const SMALL_COMPONENT = 64;

/**
 * Every edge that lies on a dependency cycle, with a cycle through it: the
 * shortest one in small components; in large ones a cycle through the
 * component's root, so the work stays linear in the graph's size.
 * A milestone's `after` counts as an edge of its initiative.
 */
export function findCycleEdges(model: PackModel): CycleEdge[] {
  const ids = [...model.byId.keys()];
  const numberOf = new Map(ids.map((id, n) => [id, n]));
  const resolved = model.edges.filter((edge) => numberOf.has(edge.from) && numberOf.has(edge.to));
  const successors: number[][] = ids.map(() => []);
  const outEdges: Edge[][] = ids.map(() => []);
  for (const edge of resolved) {
    successors[numberOf.get(edge.from)!].push(numberOf.get(edge.to)!);
    outEdges[numberOf.get(edge.from)!].push(edge);
  }
  const component = stronglyConnected(ids.length, successors);
  const members = groupBy(ids.length, component);
  const result: CycleEdge[] = [];
  const searchers = new Map<number, ComponentSearch>();
  for (const edge of resolved) {
    const [from, to] = [numberOf.get(edge.from)!, numberOf.get(edge.to)!];
    if (component[from] !== component[to]) continue;
    if (from !== to && members.get(component[from])!.length < 2) continue;
    let search = searchers.get(component[from]);
    if (!search) searchers.set(component[from], (search = new ComponentSearch(members.get(component[from])!, component, outEdges, numberOf)));
    const back = search.path(to, from);
    const chainEdges = [edge, ...back];
    result.push({ edge, chain: [edge.from, ...chainEdges.map((e) => e.to)], chainEdges });
  }
  return result;
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

/** Finds paths inside one strongly connected component. */
class ComponentSearch {
  private readonly root: number;
  private toRoot?: Map<number, Edge>;
  private fromRoot?: Map<number, Edge>;

  constructor(
    private readonly members: number[],
    private readonly component: Int32Array,
    private readonly outEdges: Edge[][],
    private readonly numberOf: Map<string, number>,
  ) {
    this.root = members[0];
  }

  /** Edges of a path from `start` to `goal` (empty when start is goal). */
  path(start: number, goal: number): Edge[] {
    if (start === goal) return [];
    if (this.members.length <= SMALL_COMPONENT) return this.shortest(start, goal);
    return [...this.viaRoot(start, this.root, 'to'), ...this.viaRoot(this.root, goal, 'from')];
  }

  private shortest(start: number, goal: number): Edge[] {
    const previous = new Map<number, Edge>();
    const queue = [start];
    const seen = new Set([start]);
    for (let head = 0; head < queue.length && !seen.has(goal); head++) {
      for (const edge of this.outEdges[queue[head]]) {
        const next = this.numberOf.get(edge.to)!;
        if (seen.has(next) || this.component[next] !== this.component[start]) continue;
        seen.add(next);
        previous.set(next, edge);
        queue.push(next);
      }
    }
    return this.walkBack(previous, start, goal);
  }

  private walkBack(previous: Map<number, Edge>, start: number, goal: number): Edge[] {
    const edges: Edge[] = [];
    for (let node = goal; node !== start; ) {
      const edge = previous.get(node);
      if (!edge) break;
      edges.unshift(edge);
      node = this.numberOf.get(edge.from)!;
    }
    return edges;
  }

  /** Paths to or from the root come from one search tree each, built once. */
  private viaRoot(start: number, goal: number, direction: 'to' | 'from'): Edge[] {
    if (start === goal) return [];
    if (direction === 'from') {
      this.fromRoot ??= this.tree(this.root);
      return this.walkBack(this.fromRoot, this.root, goal);
    }
    this.toRoot ??= this.reverseTree(this.root);
    const edges: Edge[] = [];
    for (let node = start; node !== goal; ) {
      const edge = this.toRoot.get(node);
      if (!edge) break;
      edges.push(edge);
      node = this.numberOf.get(edge.to)!;
    }
    return edges;
  }

  private tree(root: number): Map<number, Edge> {
    const previous = new Map<number, Edge>();
    const queue = [root];
    const seen = new Set([root]);
    for (let head = 0; head < queue.length; head++) {
      for (const edge of this.outEdges[queue[head]]) {
        const next = this.numberOf.get(edge.to)!;
        if (seen.has(next) || this.component[next] !== this.component[root]) continue;
        seen.add(next);
        previous.set(next, edge);
        queue.push(next);
      }
    }
    return previous;
  }

  /** For each member, the first edge of a shortest path from it to the root. */
  private reverseTree(root: number): Map<number, Edge> {
    const incoming = new Map<number, Edge[]>();
    for (const member of this.members) {
      for (const edge of this.outEdges[member]) {
        const target = this.numberOf.get(edge.to)!;
        if (this.component[target] !== this.component[root]) continue;
        const list = incoming.get(target);
        if (list) list.push(edge);
        else incoming.set(target, [edge]);
      }
    }
    const next = new Map<number, Edge>();
    const queue = [root];
    const seen = new Set([root]);
    for (let head = 0; head < queue.length; head++) {
      for (const edge of incoming.get(queue[head]) ?? []) {
        const source = this.numberOf.get(edge.from)!;
        if (seen.has(source)) continue;
        seen.add(source);
        next.set(source, edge);
        queue.push(source);
      }
    }
    return next;
  }
}
