/**
 * Mulberry32 (Tommy Ettinger's 32-bit generator): small, fast and good enough
 * for sampling, and the same sequence on every machine for the same seed. It
 * is an object made per forecast, so the core keeps no state between calls.
 */
export class Mulberry32 {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A uniform number in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
}

/**
 * The triangular distribution's inverse CDF at `u`: min `a`, mode `c`, max
 * `b`. For a fixed `u` it never decreases when a, c or b grows, which is what
 * makes "a wider range is never earlier" hold run by run.
 */
export function triangular(u: number, a: number, c: number, b: number): number {
  if (b <= a) return a;
  const split = (c - a) / (b - a);
  if (u < split) return a + Math.sqrt(u * (b - a) * (c - a));
  return b - Math.sqrt((1 - u) * (b - a) * (b - c));
}
