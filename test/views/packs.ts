import { readFileSync } from 'node:fs';
import { PackResult, checkPack } from '../../server/src/pack';
import { repoPath } from '../helpers/repoRoot';

export const SEED = 'examples/platform-reliability/platform-reliability.roadmap.yaml';
export const INVENTORY = 'examples/platform-inventory.roadmap.yaml';
export const NOW_NEXT_LATER = 'examples/platform-2025.roadmap.yaml';
export const EXAMPLES = [SEED, INVENTORY, NOW_NEXT_LATER];

/** A pack from the repository, checked. */
export function load(relative: string): PackResult {
  return checkPack(readFileSync(repoPath(relative), 'utf8'));
}

/** A pack written in a test: `pack: 1`, a title and a horizon are added when missing. */
export function pack(body: string): PackResult {
  const head = [/^pack:/m.test(body) ? '' : 'pack: 1', /^title:/m.test(body) ? '' : 'title: Test pack', /^horizon:/m.test(body) ? '' : 'horizon: 2026-Q3..2026-Q4'];
  return checkPack([...head.filter(Boolean), body].join('\n'));
}

/** Task lines of a gantt (`name :data`), without the header. */
export function taskLines(text: string): string[] {
  return text.split('\n').filter((line) => /^ {8}\S/.test(line));
}
