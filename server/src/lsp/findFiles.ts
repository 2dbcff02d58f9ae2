import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const SKIPPED = new Set(['node_modules', '.git', 'out', 'dist']);
export const PACK_FILE = /\.roadmap\.ya?ml$/i;
export const MARKDOWN_FILE = /\.(md|markdown)$/i;

/** URIs of the files under the workspace folders whose names match (skipping dependencies and build output). */
export function findFileUris(folderUris: string[], name: RegExp, limit = 5000): string[] {
  const found: string[] = [];
  for (const folder of folderUris) {
    if (folder.startsWith('file:')) walk(fileURLToPath(folder), name, found, limit);
  }
  return found;
}

function walk(dir: string, name: RegExp, found: string[], limit: number): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return; // unreadable folders are skipped, not fatal
  }
  for (const entry of entries) {
    if (found.length >= limit) return;
    if (entry.isDirectory() && !SKIPPED.has(entry.name) && !entry.name.startsWith('.')) walk(join(dir, entry.name), name, found, limit);
    else if (entry.isFile() && name.test(entry.name)) found.push(pathToFileURL(join(dir, entry.name)).toString());
  }
}
