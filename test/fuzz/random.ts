/** A seeded source of choices (mulberry32), so that one seed replays one run. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, max]. */
  int(max: number): number {
    return Math.floor(this.next() * (max + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length - 1)];
  }

  /** Up to `count` of the items, in their order. */
  sample<T>(items: readonly T[], count: number): T[] {
    if (items.length <= count) return [...items];
    const chosen = new Set<number>();
    while (chosen.size < count) chosen.add(this.int(items.length - 1));
    return [...chosen].sort((a, b) => a - b).map((index) => items[index]);
  }
}
