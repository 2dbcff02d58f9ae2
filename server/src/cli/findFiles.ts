import { readdirSync, statSync, type Dirent, type Stats } from 'node:fs';
import { join, resolve } from 'node:path';
import { IgnoredPaths } from '../files/ignoredPaths';
import { isInside } from '../files/paths';
import { isSkippedFolder } from '../files/skippedFolders';
import { readErrorReason } from './readError';

/** A file or folder the search could not read; reported as an error line. */
export interface Unreadable {
  file: string;
  reason: string;
}

/** A Markdown file to check; one found in a folder is checked only if it is a brief or holds a ```roadmap block. */
export interface FoundMarkdown {
  file: string;
  named: boolean;
}

export interface FoundFiles {
  /** Absolute paths, each once, in the order given (folders sorted by name). */
  packs: string[];
  markdown: FoundMarkdown[];
  unreadable: Unreadable[];
}

/** Which entries of a searched folder to pass over, by absolute path. */
export type Ignored = (absolute: string) => boolean;

/** What one search passes over: the config's globs and the `.gitignore` files. */
type PassOver = (absolute: string, isFolder: boolean) => boolean;

/** The server's tests too (lsp/workspaceScan.ts): the CLI must see the files the editor sees. */
export const PACK_NAME = /\.roadmap\.ya?ml$/i;
export const MARKDOWN_NAME = /\.(md|markdown)$/i;

/**
 * Expands the command line paths: a file named there is checked whatever its
 * name (as Markdown when it ends in `.md` or `.markdown`, else as a pack);
 * folders are searched recursively for `*.roadmap.yaml` / `*.roadmap.yml` and
 * Markdown files, passing over what `ignored` says and what the repository's
 * `.gitignore` files ignore, as the editor's workspace scan does (except in a
 * folder named on the command line, which was asked for). A path that does not exist
 * is a file that could not be read, like any other.
 */
export function findFiles(paths: readonly string[], cwd: string, ignored: Ignored = () => false): FoundFiles {
  const found: FoundFiles = { packs: [], markdown: [], unreadable: [] };
  const gitignored = new IgnoredPaths();
  for (const absolute of paths.map((path) => resolve(cwd, path))) {
    // A path named on the command line is wanted: an ignored folder named there is searched whole.
    // Outside a repository, the .gitignore files from the current folder down count.
    const root = isInside(cwd, absolute) ? cwd : absolute;
    const passOver: PassOver = ignored(absolute) || gitignored.ignoresFile(root, absolute) ? () => false : (path, isFolder) => ignored(path) || gitignored.ignoresEntry(root, path, isFolder);
    addTarget(absolute, found, passOver);
  }
  return { ...found, packs: [...new Set(found.packs)], markdown: uniqueMarkdown(found.markdown) };
}

/** A file found twice counts once, as named if it was named at all. */
function uniqueMarkdown(markdown: FoundMarkdown[]): FoundMarkdown[] {
  const byFile = new Map<string, FoundMarkdown>();
  for (const entry of markdown) byFile.set(entry.file, { file: entry.file, named: entry.named || (byFile.get(entry.file)?.named ?? false) });
  return [...byFile.values()];
}

/**
 * Only regular files are read: a FIFO or a device such as /dev/zero named by
 * mistake would otherwise block the run or fill memory.
 */
function addTarget(absolute: string, found: FoundFiles, passOver: PassOver): void {
  const stats = statOrReport(absolute, found);
  if (!stats) return;
  if (stats.isDirectory()) searchFolder(absolute, found, passOver);
  else if (!stats.isFile()) found.unreadable.push({ file: absolute, reason: 'cannot read: not a regular file or folder' });
  else if (MARKDOWN_NAME.test(absolute)) found.markdown.push({ file: absolute, named: true });
  else found.packs.push(absolute);
}

/** Undefined when the path is missing or cannot be examined (that becomes an error line). */
function statOrReport(absolute: string, found: FoundFiles): Stats | undefined {
  try {
    const stats = statSync(absolute, { throwIfNoEntry: false });
    if (!stats) found.unreadable.push({ file: absolute, reason: 'cannot read: no such file or folder' });
    return stats;
  } catch (error) {
    found.unreadable.push({ file: absolute, reason: readErrorReason(error) });
    return undefined;
  }
}

function searchFolder(folder: string, found: FoundFiles, passOver: PassOver): void {
  for (const entry of readFolder(folder, found)) {
    const full = join(folder, entry.name);
    if (passOver(full, entry.isDirectory())) continue;
    if (entry.isDirectory()) {
      if (!isSkippedFolder(entry.name)) searchFolder(full, found, passOver);
    } else if (PACK_NAME.test(entry.name) && isFile(entry, full)) {
      found.packs.push(full);
    } else if (MARKDOWN_NAME.test(entry.name) && isFile(entry, full)) {
      found.markdown.push({ file: full, named: false });
    }
  }
}

function readFolder(folder: string, found: FoundFiles): Dirent[] {
  try {
    // Sorted by code unit so that output is the same on every file system.
    return readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (error) {
    found.unreadable.push({ file: folder, reason: readErrorReason(error) });
    return [];
  }
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
