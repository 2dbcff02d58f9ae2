import { readFileSync } from 'node:fs';
import { PackResult, checkPack } from '../../server/src/pack';
import { repoPath } from '../helpers/repoRoot';

/** Seed 001 encoded as a pack. */
export const SEED = 'examples/platform-reliability/platform-reliability.roadmap.yaml';

export function seedText(): string {
  return readFileSync(repoPath(SEED), 'utf8');
}

export function seed(): PackResult {
  return checkPack(seedText());
}

/** The lines of a Markdown document under a heading, up to the next heading of any level. */
export function section(markdown: string, heading: string): string[] {
  const lines = markdown.split('\n');
  const start = lines.indexOf(heading);
  if (start < 0) throw new Error(`no heading ${heading}`);
  const end = lines.findIndex((line, index) => index > start && /^#{1,6} /.test(line));
  return lines.slice(start + 1, end < 0 ? undefined : end).filter((line) => line.trim() !== '');
}
