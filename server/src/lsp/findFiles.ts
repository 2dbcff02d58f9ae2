import { Dirent, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { globToRegExp } from '../cli/glob';
import { IgnoredPaths } from '../files/ignoredPaths';
import { isInside, posixRelative } from '../files/paths';
import { isSkippedFolder } from '../files/skippedFolders';
/**
 * What one search may find in all, in bytes on disk: the scan holds the text of
 * every closed file it checks, so a workspace of test corpora must not take
 * the server past its heap. Beyond it, files are checked when opened.
 */
const TOTAL_BYTES = 64 * 1024 * 1024;

/** A workspace folder and what the user excludes in it (VS Code's `files.exclude` globs, relative to it). */
export interface ScanFolder {
  uri: string;
  exclude: readonly string[];
}

/**
 * The files of the workspace the server checks unopened: those under its
 * folders, except in dot-folders, dependencies and build output, what the
 * folder's `files.exclude` names and what its repository's `.gitignore` files
 * ignore. The start scan finds them; a file created later is checked only if
 * it is in scope, so an `npm install` or a test run writing packs into an
 * ignored folder costs nothing.
 */
export class ScanScope {
  private readonly folders: { root: string; excluded: (relativePath: string) => boolean }[];
  private readonly gitignored = new IgnoredPaths();

  constructor(folders: readonly ScanFolder[]) {
    this.folders = folders.filter((folder) => folder.uri.startsWith('file:')).map((folder) => ({ root: fileURLToPath(folder.uri), excluded: excludeMatcher(folder.exclude) }));
  }

  /**
   * URIs of the files in scope whose names match and whose size on disk
   * (read before anything reads them) is at most `maxBytes`: at most `limit`
   * files and TOTAL_BYTES in all, the shallowest first and, at one depth, the
   * smallest. So a team's packs near the top come before a folder of test
   * corpora deep inside, which is what the budgets leave out.
   */
  find(name: RegExp, maxBytes: number, limit = 5000): string[] {
    const candidates: Candidate[] = [];
    for (const { root, excluded } of this.folders) {
      const visit = (path: string, isFolder: boolean) => !excluded(posixRelative(root, path)) && !this.gitignored.ignoresEntry(root, path, isFolder);
      walkBreadthFirst(root, { name, maxBytes, limit, visit }, candidates);
    }
    candidates.sort((a, b) => a.depth - b.depth || a.size - b.size);
    let bytesLeft = TOTAL_BYTES;
    const found: string[] = [];
    for (const candidate of candidates) {
      if (candidate.size > bytesLeft) continue;
      bytesLeft -= candidate.size;
      found.push(pathToFileURL(candidate.path).toString());
    }
    return found;
  }

  /** Whether a file (by URI) is one the scan would have found, size aside. */
  includes(uri: string): boolean {
    if (!uri.startsWith('file:')) return false;
    const path = fileURLToPath(uri);
    const folder = this.folders.find(({ root }) => isInside(root, path));
    if (!folder) return false;
    const relativePath = posixRelative(folder.root, path);
    const folderNames = relativePath.split('/').slice(0, -1);
    return !folderNames.some(isSkippedFolder) && !folder.excluded(relativePath) && !this.gitignored.ignoresFile(folder.root, path);
  }
}

interface Walk {
  name: RegExp;
  maxBytes: number;
  /** Candidates wanted in all, over every folder of the search. */
  limit: number;
  visit(path: string, isFolder: boolean): boolean;
}

interface Candidate {
  path: string;
  depth: number;
  size: number;
}

/** Files a level at a time, so that when `limit` cuts the search short it is the deepest that are left out. */
function walkBreadthFirst(root: string, how: Walk, found: Candidate[]): void {
  let level = [root];
  for (let depth = 0; level.length > 0 && found.length < how.limit; depth++) {
    const next: string[] = [];
    for (const dir of level) {
      for (const entry of readEntries(dir)) {
        if (found.length >= how.limit) return;
        const path = join(dir, entry.name);
        if (entry.isDirectory() && !isSkippedFolder(entry.name) && how.visit(path, true)) next.push(path);
        else if (entry.isFile() && how.name.test(entry.name) && how.visit(path, false)) addCandidate(path, depth, how, found);
      }
    }
    level = next;
  }
}

function readEntries(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    return []; // unreadable folders are skipped, not fatal
  }
}

function addCandidate(path: string, depth: number, how: Walk, found: Candidate[]): void {
  const size = sizeOf(path);
  if (size <= how.maxBytes) found.push({ path, depth, size });
}

export function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return Infinity; // gone or unreadable: nothing to check
  }
}

/** `files.exclude` globs: the CLI's glob syntax, with VS Code's `{a,b}` alternatives spelled out. */
export function excludeMatcher(patterns: readonly string[]): (relativePath: string) => boolean {
  const expressions = patterns.flatMap(expandBraces).map(globToRegExp);
  return (relativePath) => expressions.some((expression) => expression.test(relativePath));
}

function expandBraces(pattern: string): string[] {
  const group = /\{([^{}]*)\}/.exec(pattern);
  if (!group) return [pattern];
  const [before, after] = [pattern.slice(0, group.index), pattern.slice(group.index + group[0].length)];
  return group[1].split(',').flatMap((choice) => expandBraces(before + choice + after));
}
