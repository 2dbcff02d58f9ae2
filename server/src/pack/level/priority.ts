import type { Initiative } from '../model/types';

/** Work without a tier comes after tier 9. */
const UNTIERED = 10;

/** Higher priority first: tier 1 before 2, then the earlier planned start, then the order in the file. */
export function byPriority(initiatives: readonly Initiative[]): Initiative[] {
  const order = new Map(initiatives.map((initiative, index) => [initiative, index]));
  const key = (initiative: Initiative) => [initiative.input.tier ?? UNTIERED, initiative.span?.first ?? 0, order.get(initiative)!];
  return [...initiatives].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  });
}

/**
 * Ranks taken smallest first, as they become ready: a binary heap, so that
 * ordering 1,000 initiatives by priority and dependency stays n log n.
 */
export class RankQueue {
  private readonly heap: number[] = [];

  get size(): number {
    return this.heap.length;
  }

  push(rank: number): void {
    const heap = this.heap;
    heap.push(rank);
    let i = heap.length - 1;
    while (i > 0 && heap[(i - 1) >> 1] > heap[i]) {
      [heap[i], heap[(i - 1) >> 1]] = [heap[(i - 1) >> 1], heap[i]];
      i = (i - 1) >> 1;
    }
  }

  pop(): number {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const [l, r] = [2 * i + 1, 2 * i + 2];
        let least = i;
        if (l < heap.length && heap[l] < heap[least]) least = l;
        if (r < heap.length && heap[r] < heap[least]) least = r;
        if (least === i) break;
        [heap[i], heap[least]] = [heap[least], heap[i]];
        i = least;
      }
    }
    return top;
  }
}
