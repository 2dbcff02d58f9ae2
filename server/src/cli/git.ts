import { execFileSync } from 'node:child_process';
import { UsageError } from './usageError';

/** Largest file read from git: well above the checker's own size limit, which then reports it. */
const MAX_BUFFER = 256 * 1024 * 1024;
const NO_GIT = 'git is not installed or not on PATH';

/**
 * One git revision of the repository `cwd` is in, for `diff --base REF`: the
 * texts it had, and the files deleted since. git is run as a program (never a
 * shell), its arguments passed as they are; a revision git does not know, or a
 * folder outside a repository, is a usage error with git's reason in one line.
 */
export class GitRevision {
  private constructor(
    /** The repository's top folder, to which git's paths are relative. */
    readonly root: string,
    /** The revision as given (`HEAD`, `origin/main`…). */
    readonly ref: string,
    /** The commit it names, so that every read sees the same one. */
    private readonly commit: string,
  ) {}

  static open(cwd: string, ref: string): GitRevision {
    if (ref === '' || ref.startsWith('-')) throw new UsageError(`--base expects a git revision (got '${ref}')`);
    const root = git(['rev-parse', '--show-toplevel'], cwd, (reason) => (reason === NO_GIT ? reason : 'not inside a git repository (diff --base reads the packs at a git revision)')).trim();
    const commit = git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], root, () => `unknown git revision '${ref}'`).trim();
    return new GitRevision(root, ref, commit);
  }

  /** The file's text at the revision (path relative to the repository's top, `/`-separated), or undefined when it had none. */
  read(path: string): string | undefined {
    try {
      return execFileSync('git', ['cat-file', 'blob', `${this.commit}:${path}`], { cwd: this.root, encoding: 'utf8', maxBuffer: MAX_BUFFER, stdio: ['ignore', 'pipe', 'ignore'] });
    } catch {
      return undefined;
    }
  }

  /** Files the revision has and the working tree does not, under the pathspecs (relative to `cwd`), relative to the top. */
  deleted(cwd: string, pathspecs: readonly string[]): string[] {
    const out = git(['diff', '--name-status', '--no-renames', '-z', this.commit, '--', ...pathspecs], cwd, (reason) => `cannot compare with '${this.ref}': ${reason}`);
    const fields = out.split('\0');
    const deleted: string[] = [];
    for (let i = 0; i + 1 < fields.length; i += 2) if (fields[i] === 'D') deleted.push(fields[i + 1]);
    return deleted;
  }
}

/** git's output, or a UsageError worded by `failure` (given git's first line of complaint). */
function git(args: string[], cwd: string, failure: (reason: string) => string): string {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: MAX_BUFFER, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    throw new UsageError(failure(reasonOf(error)));
  }
}

function reasonOf(error: unknown): string {
  const failed = error as { code?: string; stderr?: string | Buffer };
  if (failed.code === 'ENOENT') return NO_GIT;
  const line = String(failed.stderr ?? '').split('\n').find((text) => text.trim() !== '');
  return line?.replace(/^(fatal|error): /, '').trim() ?? 'git failed';
}
