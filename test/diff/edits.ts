import { readFileSync } from 'node:fs';
import { repoPath } from '../helpers/repoRoot';

export const WORKED = 'examples/platform-reliability/platform-reliability.roadmap.yaml';

export function workedText(): string {
  return readFileSync(repoPath(WORKED), 'utf8');
}

/** Replaces exactly one occurrence, so a test never edits a place it did not mean to (or none). */
export function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`expected exactly one ${JSON.stringify(from)}`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/**
 * The change the report shows in the docs: redis-cluster slips 2 weeks
 * (2026-Q4-W3..W8 → W5..W10) and soc2-remediation's effort rises 4-6 → 8-10.
 */
export function workedChange(text = workedText()): string {
  const slipped = replaceOnce(text, 'when: 2026-Q4-W3..W8\n    effort: 6-8', 'when: 2026-Q4-W5..W10\n    effort: 6-8');
  return replaceOnce(slipped, 'when: 2026-Q4-W1..W6\n    effort: 4-6', 'when: 2026-Q4-W1..W6\n    effort: 8-10');
}
