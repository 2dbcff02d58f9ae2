import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const TOOL_NAME = 'roadmap-pack';
export const PROJECT_URL = 'https://github.com/roadmap-packs/roadmap-packs';

/**
 * The version in the nearest package.json above this file: `../package.json`
 * from the bundle in dist/, the repository's own from the compiled out/ tree.
 * Read at run time so a release needs no rebuild step to stamp it.
 */
export function packageVersion(start: string = __dirname): string {
  for (let folder = start; ; folder = dirname(folder)) {
    const manifest = readManifest(join(folder, 'package.json'));
    if (manifest !== undefined) return typeof manifest.version === 'string' ? manifest.version : 'unknown';
    if (dirname(folder) === folder) return 'unknown';
  }
}

function readManifest(file: string): { version?: unknown } | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown };
  } catch {
    return undefined;
  }
}
