import { readdirSync, statSync, type Dirent, type Stats } from 'node:fs';
import { join, resolve } from 'node:path';
import { readErrorReason } from './readError';
import { UsageError } from './usageError';

/** A file or folder the search could not read; reported as an error line. */
export interface Unreadable {
  file: string;
  reason: string;
}

export interface FoundPacks {
  /** Absolute paths, each once, in the order given (folders sorted by name). */
  files: string[];
  unreadable: Unreadable[];
}

const PACK_NAME = /\.roadmap\.ya?ml$/;

// Build output, dependencies and VCS data never hold packs worth checking and
// can be huge; dot-folders (.cache, .vscode-test…) likewise.
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', 'out', 'dist']);

/**
 * Expands the command line paths: files are taken whatever their name,
 * folders are searched recursively for `*.roadmap.yaml` / `*.roadmap.yml`.
 * A path that does not exist is a usage error, raised before anything is checked.
 */
export function findPacks(paths: readonly string[], cwd: string): FoundPacks {
  const found: FoundPacks = { files: [], unreadable: [] };
  const targets = paths.map((path) => ({ path, absolute: resolve(cwd, path) }));
  const stats = targets.map(({ path, absolute }) => statOrThrow(path, absolute, found));
  targets.forEach(({ absolute }, i) => addTarget(absolute, stats[i], found));
  return { ...found, files: [...new Set(found.files)] };
}

/**
 * Only regular files are read: a FIFO or a device such as /dev/zero named by
 * mistake would otherwise block the run or fill memory.
 */
function addTarget(absolute: string, stats: Stats | undefined, found: FoundPacks): void {
  if (!stats) return;
  if (stats.isDirectory()) searchFolder(absolute, found);
  else if (stats.isFile()) found.files.push(absolute);
  else found.unreadable.push({ file: absolute, reason: 'cannot read: not a regular file or folder' });
}

/** Undefined when the path exists but cannot be examined (that becomes an error line). */
function statOrThrow(shown: string, absolute: string, found: FoundPacks): Stats | undefined {
  let stats: Stats | undefined;
  try {
    stats = statSync(absolute, { throwIfNoEntry: false });
  } catch (error) {
    found.unreadable.push({ file: absolute, reason: readErrorReason(error) });
    return undefined;
  }
  if (!stats) throw new UsageError(`no such file or folder: ${shown}`);
  return stats;
}

function searchFolder(folder: string, found: FoundPacks): void {
  const entries = readFolder(folder, found);
  for (const entry of entries) {
    const full = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!isSkipped(entry.name)) searchFolder(full, found);
    } else if (PACK_NAME.test(entry.name) && isFile(entry, full)) {
      found.files.push(full);
    }
  }
}

function readFolder(folder: string, found: FoundPacks): Dirent[] {
  try {
    // Sorted by code unit so that output is the same on every file system.
    return readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (error) {
    found.unreadable.push({ file: folder, reason: readErrorReason(error) });
    return [];
  }
}

function isSkipped(name: string): boolean {
  return SKIPPED_FOLDERS.has(name) || name.startsWith('.');
}

/**
 * A symbolic link counts when it points at a file. Linked folders are not
 * followed, so a link back up the tree cannot make the search loop; a dangling
 * or unreadable link is passed over like any other non-pack entry.
 */
function isFile(entry: Dirent, full: string): boolean {
  if (entry.isFile()) return true;
  if (!entry.isSymbolicLink()) return false;
  try {
    return statSync(full, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    return false;
  }
}
