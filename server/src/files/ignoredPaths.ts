import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { IgnoreRule, parseGitignore, ruleVerdict } from './gitignore';
import { posixRelative } from './paths';

/** A `.gitignore` larger than this is not a hand-written one; it is passed over. */
const MAX_GITIGNORE_BYTES = 1024 * 1024;
/** How far above a searched folder its repository's top may be. */
const MAX_DEPTH_TO_REPOSITORY = 32;

/**
 * What the `.gitignore` files of the repository holding a folder ignore: those
 * from the repository's top (the nearest folder above with a `.git`) down to
 * each path's folder, the deeper ones deciding last, as git does. Each folder's
 * rules are read once per instance, so a host makes a new one when it wants
 * changed `.gitignore` files seen.
 */
export class IgnoredPaths {
  private readonly rulesByFolder = new Map<string, readonly IgnoreRule[]>();
  private readonly topByRoot = new Map<string, string>();

  /**
   * Whether `path` is ignored, judging only the path itself: for a search
   * that walks down from `root` and so never enters an ignored folder.
   */
  ignoresEntry(root: string, path: string, isFolder: boolean): boolean {
    let verdict: boolean | undefined;
    for (const folder of foldersBetween(this.repositoryTop(root), dirname(path))) {
      const rules = this.rulesOf(folder);
      if (rules.length === 0) continue;
      verdict = ruleVerdict(rules, posixRelative(folder, path), isFolder) ?? verdict;
    }
    return verdict ?? false;
  }

  /** Whether the file at `path` under `root` is ignored, itself or by a folder it is in (git never re-includes inside an ignored folder). */
  ignoresFile(root: string, path: string): boolean {
    const folders = foldersBetween(root, dirname(path)).slice(1);
    return folders.some((folder) => this.ignoresEntry(root, folder, true)) || this.ignoresEntry(root, path, false);
  }

  private rulesOf(folder: string): readonly IgnoreRule[] {
    let rules = this.rulesByFolder.get(folder);
    if (!rules) this.rulesByFolder.set(folder, (rules = parseGitignore(readSmall(join(folder, '.gitignore')) ?? '')));
    return rules;
  }

  /** The nearest folder at or above `root` holding `.git`; `root` itself outside a repository. */
  private repositoryTop(root: string): string {
    let top = this.topByRoot.get(root);
    if (top === undefined) this.topByRoot.set(root, (top = findRepositoryTop(root)));
    return top;
  }
}

function findRepositoryTop(root: string): string {
  let folder = root;
  for (let depth = 0; depth < MAX_DEPTH_TO_REPOSITORY; depth++) {
    if (existsSync(join(folder, '.git'))) return folder;
    const parent = dirname(folder);
    if (parent === folder) break;
    folder = parent;
  }
  return root;
}

/** `from`, then each folder down to `to` (which is inside it, or `from` itself). */
function foldersBetween(from: string, to: string): string[] {
  const steps = relative(from, to).split(sep).filter((step) => step !== '');
  if (steps[0] === '..') return [];
  const folders = [from];
  for (const step of steps) folders.push(join(folders[folders.length - 1], step));
  return folders;
}


function readSmall(path: string): string | undefined {
  try {
    return statSync(path).size <= MAX_GITIGNORE_BYTES ? readFileSync(path, 'utf8') : undefined;
  } catch {
    return undefined; // no .gitignore here, or unreadable: nothing ignored by it
  }
}
