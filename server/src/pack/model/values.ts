import type { Effort } from './types';

/** `40%` → 0.4; a number is already a fraction. */
export function parsePercent(value: string | number | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number') return value;
  const number = Number.parseFloat(value);
  return Number.isFinite(number) ? number / 100 : undefined;
}

/** `10-12`, `10 – 12` or `8` engineer-weeks. Low may exceed high: the caller reports it. */
export function parseEffort(value: string | number | undefined): Effort | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number') return { low: value, high: value };
  const [low, high = low] = value.split(/[-–]/).map((part) => Number.parseFloat(part));
  return Number.isFinite(low) && Number.isFinite(high) ? { low, high } : undefined;
}

export function effortAt(effort: Effort, estimate: 'low' | 'mid' | 'high'): number {
  if (estimate === 'low') return effort.low;
  if (estimate === 'mid') return (effort.low + effort.high) / 2;
  return effort.high;
}

/** An effort as people write it: `8`, or `6–8` for a range. */
export function effortText(effort: Effort): string {
  return effort.low === effort.high ? `${effort.low}` : `${effort.low}–${effort.high}`;
}

export function percentText(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}

/**
 * Two figures rounded alike, with as many decimals (up to 3) as it takes for
 * different values not to read the same: "1.54 of 1.50", not "1.5 of 1.5".
 */
export function roundPair(a: number, b: number): [string, string] {
  for (let digits = 1; digits < 3; digits++) {
    const [x, y] = [a.toFixed(digits), b.toFixed(digits)];
    if (x !== y || Math.abs(a - b) < 1e-9) return [x, y];
  }
  return [a.toFixed(3), b.toFixed(3)];
}
