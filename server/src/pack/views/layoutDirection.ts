/**
 * Which way a flowchart of the dependency views reads best in a side pane.
 */

/** About a node's width (labels wrap at 112 px, plus padding) and the gap beside it, in px. */
const NODE_WIDTH = 140;
const RANK_WIDTH = NODE_WIDTH + 36;

/**
 * Left to right, unless top to bottom is narrower: the layout puts each rank
 * (the longest chain of arrows into a node) in a column left to right, in a
 * row top to bottom, so left to right is as wide as the graph is deep and top
 * to bottom as wide as its widest rank. A deep chain with little beside it
 * reads better down the pane; the seed (six deep, fourteen things that wait
 * on nothing) reads across.
 */
export function direction(nodes: ReadonlyMap<string, string>, edges: readonly [string, string][]): 'LR' | 'TB' {
  const rank = ranks(new Set(nodes.values()), edges);
  const perRank = new Map<number, number>();
  for (const value of rank.values()) perRank.set(value, (perRank.get(value) ?? 0) + 1);
  const depth = perRank.size;
  let breadth = 0; // a loop, not Math.max(...spread): a chain of 100,000 has as many ranks
  for (const count of perRank.values()) breadth = Math.max(breadth, count);
  return breadth * NODE_WIDTH < depth * RANK_WIDTH ? 'TB' : 'LR';
}

/** Each node's rank: 0 for one that waits on nothing, else one more than the highest it waits on (Kahn's order, linear). */
export function ranks(nodes: ReadonlySet<string>, edges: readonly [string, string][]): Map<string, number> {
  const waiting = new Map<string, number>([...nodes].map((node) => [node, 0]));
  const next = new Map<string, string[]>();
  for (const [before, after] of edges) {
    if (!waiting.has(before) || !waiting.has(after) || before === after) continue;
    waiting.set(after, waiting.get(after)! + 1);
    const list = next.get(before);
    if (list) list.push(after); // pushed, not copied: a hub with thousands of dependents would cost their square
    else next.set(before, [after]);
  }
  const rank = new Map<string, number>();
  const queue = [...nodes].filter((node) => waiting.get(node) === 0);
  for (const node of queue) rank.set(node, 0);
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head];
    for (const after of next.get(node) ?? []) {
      rank.set(after, Math.max(rank.get(after) ?? 0, rank.get(node)! + 1));
      const left = waiting.get(after)! - 1;
      waiting.set(after, left);
      if (left === 0) queue.push(after);
    }
  }
  return rank;
}
