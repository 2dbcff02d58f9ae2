/**
 * The critical path of a plan as written: the finish-to-start chain that
 * ends last. It ends at the node that finishes latest (on a tie, the one with
 * the longer chain behind it); from each node it steps back to its driving
 * predecessor, the one that finishes latest (it leaves the least slack), on a
 * tie the one with the longer chain behind it. A chain's length is the sum of
 * its nodes' durations (`end - start`, so a gate counts 0).
 *
 * One pass in topological order (Kahn's algorithm, a queue, no recursion), so
 * the work is linear in nodes plus edges. Nodes on a dependency cycle, and
 * those downstream of one, never reach the front of the queue and are left
 * out; callers that want the rest of the graph drop cycle edges first.
 */
import type { Edge } from '../model/types';
import { ViewInput, gateDate, initiativeDates } from './shared';

export interface PathNode {
  id: string;
  /** Any ordered time unit (epoch days in the views); `end >= start`. */
  start: number;
  end: number;
}

/** `from` waits for `to` to finish (the model's edge direction). */
export interface PathEdge {
  from: string;
  to: string;
}

/** The critical path's node ids, earliest first; empty without nodes. */
export function criticalPath(nodes: readonly PathNode[], edges: readonly PathEdge[]): string[] {
  const index = new Map<string, number>();
  nodes.forEach((node, n) => index.has(node.id) || index.set(node.id, n));
  const successors: number[][] = nodes.map(() => []);
  const waiting = new Int32Array(nodes.length);
  for (const edge of edges) {
    const [from, to] = [index.get(edge.from), index.get(edge.to)];
    if (from === undefined || to === undefined || from === to) continue;
    successors[to].push(from);
    waiting[from]++;
  }
  const { chain, driver, done } = walk(nodes, successors, waiting, index);
  return backtrack(lastNode(nodes, chain, done), driver, nodes);
}

interface Walk {
  /** Length of the driving chain ending at each node. */
  chain: Float64Array;
  /** Each node's driving predecessor, or -1. */
  driver: Int32Array;
  done: Uint8Array;
}

function walk(nodes: readonly PathNode[], successors: number[][], waiting: Int32Array, index: Map<string, number>): Walk {
  const chain = new Float64Array(nodes.length);
  const driver = new Int32Array(nodes.length).fill(-1);
  const done = new Uint8Array(nodes.length);
  const queue: number[] = [];
  nodes.forEach((node, n) => index.get(node.id) === n && waiting[n] === 0 && queue.push(n));
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head];
    done[node] = 1;
    chain[node] = duration(nodes[node]) + (driver[node] >= 0 ? chain[driver[node]] : 0);
    for (const next of successors[node]) {
      if (driver[next] < 0 || drives(node, driver[next], nodes, chain)) driver[next] = node;
      if (--waiting[next] === 0) queue.push(next);
    }
  }
  return { chain, driver, done };
}

/** Whether `a` rather than `b` drives a common successor: it finishes later, or as late with a longer chain. */
function drives(a: number, b: number, nodes: readonly PathNode[], chain: Float64Array): boolean {
  if (nodes[a].end !== nodes[b].end) return nodes[a].end > nodes[b].end;
  return chain[a] > chain[b];
}

function lastNode(nodes: readonly PathNode[], chain: Float64Array, done: Uint8Array): number {
  let best = -1;
  for (let n = 0; n < nodes.length; n++) {
    if (!done[n]) continue;
    if (best < 0 || nodes[n].end > nodes[best].end || (nodes[n].end === nodes[best].end && chain[n] > chain[best])) best = n;
  }
  return best;
}

function backtrack(last: number, driver: Int32Array, nodes: readonly PathNode[]): string[] {
  const path: string[] = [];
  for (let node = last; node >= 0; node = driver[node]) path.push(nodes[node].id);
  return path.reverse();
}

function duration(node: PathNode): number {
  return Math.max(0, node.end - node.start);
}

/**
 * The critical path of a pack, as the views draw it: dated initiatives that
 * are not cut and dated gates, in epoch days, joined by their
 * finish-to-start dependencies; cycle edges are left out, so the rest of the
 * graph still counts.
 */
export function planCriticalPath(input: ViewInput): string[] {
  const { model, analysis } = input;
  const nodes: PathNode[] = [];
  for (const initiative of model.initiatives) {
    const dates = initiative.status === 'cut' ? undefined : initiativeDates(initiative, model.calendar);
    if (dates) nodes.push({ id: initiative.id, start: dates.start, end: dates.end });
  }
  for (const gate of model.gates) {
    const day = gateDate(gate, model.calendar);
    if (day !== undefined) nodes.push({ id: gate.id, start: day, end: day });
  }
  const onCycle = new Set<Edge>(analysis.cycleEdges.map((cycle) => cycle.edge));
  return criticalPath(nodes, model.edges.filter((edge) => edge.type === 'finish-to-start' && !onCycle.has(edge)));
}
