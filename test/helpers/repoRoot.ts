import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The repository root: the nearest folder above `start` with a package.json.
 * Tests run compiled from out/test/…, so a fixed number of `..` would break
 * as soon as a test moves one folder deeper.
 */
export function repoRoot(start: string = __dirname): string {
  for (let folder = start; ; folder = dirname(folder)) {
    if (existsSync(join(folder, 'package.json'))) return folder;
    if (dirname(folder) === folder) throw new Error(`no package.json above ${start}`);
  }
}

/** A path inside the repository. Used by several suites: keep it. */
export function repoPath(...parts: string[]): string {
  return join(repoRoot(), ...parts);
}
