import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { displayPath } from './displayPath';
import { PACK_NAME, findFiles, type Ignored } from './findFiles';
import { GitRevision } from './git';
import { posix } from './packLibrary';
import { readErrorReason } from './readError';

/** One side of a pack's change: its text, and a reader for files beside it (its briefs). */
export interface SideText {
  text: string;
  /** A file's text by a path relative to the pack's folder on this side, or undefined when it has none. */
  readBeside(path: string): string | undefined;
}

/** One pack to compare; a side is undefined when the pack does not exist there. */
export interface Source {
  /** As reports show it: relative to the current folder, `/`-separated. */
  path: string;
  before?: SideText;
  after?: SideText;
  /** Why it could not be compared (reported, exit 1). */
  unreadable?: string;
  /** Reported even when nothing changed: the two files were named. */
  always: boolean;
}

/** `diff OLD NEW`: two files on disk. */
export function fileSources(paths: readonly string[], cwd: string): Source[] {
  const [old, now] = paths.map((path) => resolve(cwd, path));
  const before = diskSide(old);
  const after = diskSide(now);
  const unreadable = [before, after].flatMap((side, i) => (typeof side === 'string' ? [`${paths[i]}: ${side}`] : []));
  if (unreadable.length > 0) return [{ path: displayPath(now, cwd), unreadable: unreadable.join('; '), always: true }];
  return [{ path: displayPath(now, cwd), before: before as SideText, after: after as SideText, always: true }];
}

/**
 * `diff --base REF [paths…]`: every pack under the paths (found as `check`
 * finds them) against its text at REF, and the packs REF has there that the
 * working tree no longer does. A path named that is gone from the working
 * tree but was at REF is a removed pack, not a missing file.
 */
export function baseSources(ref: string, paths: readonly string[], cwd: string, ignored: Ignored): Source[] {
  const revision = GitRevision.open(cwd, ref);
  const found = findFiles(paths, cwd, ignored);
  const sources: Source[] = found.packs.map((file) => workingTreeSource(file, revision, cwd));
  const seen = new Set(found.packs);
  for (const { file, reason } of found.unreadable) {
    const before = revision.read(inRepository(revision, file));
    if (before === undefined) sources.push({ path: displayPath(file, cwd), unreadable: reason, always: true });
    else if (!seen.has(file)) removed(file, before);
  }
  for (const path of revision.deleted(cwd, paths.length > 0 ? paths : ['.'])) {
    const file = join(revision.root, path);
    const text = PACK_NAME.test(path) && !seen.has(file) ? revision.read(path) : undefined;
    if (text !== undefined) removed(file, text);
  }
  return sources;

  function removed(file: string, text: string): void {
    seen.add(file);
    sources.push({ path: displayPath(file, cwd), before: gitSide(revision, file, text), always: true });
  }
}

function workingTreeSource(file: string, revision: GitRevision, cwd: string): Source {
  const path = displayPath(file, cwd);
  const after = diskSide(file);
  if (typeof after === 'string') return { path, unreadable: after, always: true };
  const before = revision.read(inRepository(revision, file));
  return { path, after, ...(before === undefined ? {} : { before: gitSide(revision, file, before) }), always: before === undefined };
}

/** The file's path as git names it: relative to the repository's top, `/`-separated (`..` when outside it: git has none). */
function inRepository(revision: GitRevision, file: string): string {
  const path = relative(revision.root, file);
  return isAbsolute(path) || path.startsWith('..') ? '..' : posix(path);
}

function gitSide(revision: GitRevision, file: string, text: string): SideText {
  return { text, readBeside: (path) => revision.read(inRepository(revision, resolve(dirname(file), path))) };
}

/** The side, or why the file could not be read. */
function diskSide(file: string): SideText | string {
  try {
    return { text: readFileSync(file, 'utf8'), readBeside: (path) => readOrUndefined(resolve(dirname(file), path)) };
  } catch (error) {
    return readErrorReason(error);
  }
}

function readOrUndefined(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
