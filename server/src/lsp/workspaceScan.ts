import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const SKIPPED = new Set(['node_modules', '.git', 'out', 'dist']);
export const PACK_FILE = /\.roadmap\.ya?ml$/i;

/** URIs of every pack under the workspace folders (skipping dependencies and build output). */
export function findPackUris(folderUris: string[], limit = 5000): string[] {
  const found: string[] = [];
  for (const folder of folderUris) {
    if (folder.startsWith('file:')) walk(fileURLToPath(folder), found, limit);
  }
  return found;
}

function walk(dir: string, found: string[], limit: number): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return; // unreadable folders are skipped, not fatal
  }
  for (const entry of entries) {
    if (found.length >= limit) return;
    if (entry.isDirectory() && !SKIPPED.has(entry.name) && !entry.name.startsWith('.')) walk(join(dir, entry.name), found, limit);
    else if (entry.isFile() && PACK_FILE.test(entry.name)) found.push(pathToFileURL(join(dir, entry.name)).toString());
  }
}
