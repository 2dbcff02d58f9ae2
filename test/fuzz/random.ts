import { Mulberry32 } from '../../server/src/pack/forecast/random';

/** A seeded source of choices: the forecast's generator (mulberry32), so that one seed replays one run. */
export class Random extends Mulberry32 {
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
