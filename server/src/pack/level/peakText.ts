import { percentText } from '../model/values';

/** A peak as the CLI and the fixes word it: a percentage, or what an unbounded one means. */
export function peakText(value: number): string {
  return Number.isFinite(value) ? percentText(value) : 'work with no capacity';
}
