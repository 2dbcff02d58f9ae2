import type { PackModel } from '../model/types';

/**
 * Ids connected to `start` along dependency edges: 'outgoing' follows what it
 * waits for, 'incoming' what waits for it. Adding an edge start → x closes a
 * cycle exactly when x is among start's incoming-reachable ids.
 */
export function reachableFrom(model: PackModel, start: string, direction: 'incoming' | 'outgoing'): Set<string> {
  const neighbours = new Map<string, string[]>();
  for (const edge of model.edges) {
    const [from, to] = direction === 'outgoing' ? [edge.from, edge.to] : [edge.to, edge.from];
    const list = neighbours.get(from);
    if (list) list.push(to);
    else neighbours.set(from, [to]);
  }
  const seen = new Set<string>();
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    for (const next of neighbours.get(queue[head]) ?? []) {
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return seen;
}
