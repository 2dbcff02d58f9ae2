/**
 * Bounds on the figures a pack gives, so that every sum and share computed
 * from them stays finite and readable: `effort: 1e308` would make loads and
 * percentages Infinity. A value past a bound is an RP104 finding, not a
 * shape error: the issue carries `BOUND_PARAMS` and validate.ts reads it.
 */

/** Engineer-weeks: two thousand engineers for a year is far past any one initiative. */
export const MAX_EFFORT = 100_000;

export const BOUND_PARAMS: Readonly<{ rule: 'RP104' }> = { rule: 'RP104' };

export const EFFORT_BOUND_MESSAGE = `an effort is at most ${MAX_EFFORT} engineer-weeks`;
export const PERCENT_BOUND_MESSAGE = 'a percentage runs from 0% to 100%';

/** Every number in an effort (`6`, `10-12`) within the bound; text that is no effort is left to the pattern. */
export function effortWithinBound(value: string | number): boolean {
  const numbers = typeof value === 'number' ? [value] : value.split(/[-–]/).map((part) => Number.parseFloat(part));
  return numbers.every((number) => !(number > MAX_EFFORT));
}

/** `40%` up to `100%`; text that is no percentage is left to the pattern. */
export function percentWithinBound(value: string): boolean {
  return !(Number.parseFloat(value) > 100);
}
