import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { globToRegExp } from '../cli/glob';

/** Dependencies, build output and caches: never a user's packs, often a great many files. */
const SKIPPED = new Set(['node_modules', 'bower_components', 'jspm_packages', '__pycache__', 'venv', 'out', 'dist']);
/**
 * What one search may find in all, in bytes on disk: the scan holds the text of
 * every closed file it checks, so a workspace of test corpora must not take
 * the server past its heap. Beyond it, files are checked when opened.
 */
const TOTAL_BYTES = 64 * 1024 * 1024;
export const PACK_FILE = /\.roadmap\.ya?ml$/i;
export const MARKDOWN_FILE = /\.(md|markdown)$/i;

/** A workspace folder and what the user excludes in it (VS Code's `files.exclude` globs, relative to it). */
export interface ScanFolder {
  uri: string;
  exclude: readonly string[];
}

/**
 * URIs of the files under the workspace folders whose names match, skipping
 * dot-folders, dependencies and build output, what the folder excludes, and
 * files larger than `maxBytes` (by their size on disk, before anything reads them);
 * at most `limit` files and TOTAL_BYTES in all.
 */
export function findFileUris(folders: readonly ScanFolder[], name: RegExp, maxBytes: number, limit = 5000): string[] {
  const found: string[] = [];
  const budget = { files: limit, bytes: TOTAL_BYTES };
  for (const folder of folders) {
    if (!folder.uri.startsWith('file:')) continue;
    const root = fileURLToPath(folder.uri);
    const excluded = excludeMatcher(folder.exclude);
    const visit = (path: string) => !excluded(relative(root, path).split(sep).join('/'));
    walk(root, { name, maxBytes, budget, visit }, found);
  }
  return found;
}

interface Walk {
  name: RegExp;
  maxBytes: number;
  /** What is left to find; shared by every folder of the search. */
  budget: { files: number; bytes: number };
  visit(path: string): boolean;
}

function walk(dir: string, how: Walk, found: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return; // unreadable folders are skipped, not fatal
  }
  for (const entry of entries) {
    if (how.budget.files === 0) return;
    const path = join(dir, entry.name);
    if (entry.isDirectory() && !SKIPPED.has(entry.name) && !entry.name.startsWith('.') && how.visit(path)) walk(path, how, found);
    else if (entry.isFile() && how.name.test(entry.name) && how.visit(path)) take(path, how, found);
  }
}

function take(path: string, how: Walk, found: string[]): void {
  const size = sizeOf(path);
  if (size > how.maxBytes || size > how.budget.bytes) return;
  how.budget.files--;
  how.budget.bytes -= size;
  found.push(pathToFileURL(path).toString());
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
