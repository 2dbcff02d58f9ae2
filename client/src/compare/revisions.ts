import * as vscode from 'vscode';
import { Commit, GitApi, GitExtension, Ref, RefType, Repository } from './gitApi';

/** Recent commits offered in the pick: those that changed the pack, newest first. */
const RECENT_COMMITS = 20;
/** Branches and tags offered, most recently committed first. */
const MOST_REFS = 50;
/** How long Git may take to start (or to find its repositories) before the command gives up on it. */
const GIT_WAIT_MS = 15_000;

/** Why a comparison cannot start, in words for the reader. */
export class CompareError extends Error {}

/**
 * The repository holding the file, through the built-in Git extension: its
 * API once it has looked for repositories, the one it has open for the file,
 * else the one it finds from the file's folder.
 */
export async function repositoryOf(file: vscode.Uri): Promise<Repository> {
  const api = await gitApi();
  const repository = api.getRepository(file) ?? (await api.openRepository(vscode.Uri.joinPath(file, '..')).catch(() => null));
  if (!repository || !isInside(file, repository.rootUri)) throw new CompareError(`${vscode.workspace.asRelativePath(file)} is not in a git repository: there is no revision to compare it with.`);
  return repository;
}

async function gitApi(): Promise<GitApi> {
  const extension = vscode.extensions.getExtension<GitExtension>('vscode.git');
  if (!extension) throw new CompareError('Comparing with a revision needs the built-in Git extension, which is not installed.');
  const exports = extension.isActive ? extension.exports : await extension.activate();
  // Git just turned on starts its model a moment later.
  if (!exports.enabled && vscode.workspace.getConfiguration('git').get<boolean>('enabled')) await until(exports.onDidChangeEnablement, (enabled) => enabled);
  if (!exports.enabled) throw new CompareError('Comparing with a revision needs Git: turn on the git.enabled setting.');
  const api = exports.getAPI(1);
  if (api.state === 'uninitialized') await until(api.onDidChangeState, (state) => state === 'initialized');
  return api;
}

/** Resolves when the event fires with a value that passes, or after GIT_WAIT_MS (the caller then finds the state as it is). */
function until<T>(event: vscode.Event<T>, test: (value: T) => boolean): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      subscription.dispose();
      resolve();
    };
    const timer = setTimeout(done, GIT_WAIT_MS);
    const subscription = event((value) => test(value) && done());
  });
}

function isInside(file: vscode.Uri, root: vscode.Uri): boolean {
  const folder = root.path.endsWith('/') ? root.path : `${root.path}/`;
  return file.path.startsWith(folder);
}

/**
 * The pack's text at the revision, or null when the revision exists but has
 * no such file (the pack was added since). A revision git does not know is an error.
 */
export async function textAt(repository: Repository, ref: string, file: vscode.Uri): Promise<string | null> {
  try {
    await repository.getCommit(ref);
  } catch {
    throw new CompareError(`There is no revision \`${ref}\` in ${repository.rootUri.path.split('/').pop()}.`);
  }
  return repository.show(ref, file.fsPath).catch(() => null);
}

export interface RevisionItem extends vscode.QuickPickItem {
  /** What git is asked for; absent on separators. */
  ref?: string;
}

/** HEAD first (the default), then branches, tags and the commits that changed the file. */
export async function revisionItems(repository: Repository, file: vscode.Uri): Promise<RevisionItem[]> {
  // A repository that cannot list them still offers HEAD.
  const [refs, commits] = await Promise.all([repository.getRefs({ sort: 'committerdate', count: MOST_REFS }).catch((): Ref[] => []), repository.log({ maxEntries: RECENT_COMMITS, path: file.fsPath }).catch((): Commit[] => [])]);
  const head = repository.state.HEAD;
  const headItem: RevisionItem = { label: 'HEAD', ref: 'HEAD', description: [head?.name, head?.commit?.slice(0, 8)].filter(Boolean).join(' · '), detail: 'The last commit: what your uncommitted changes do' };
  const named = (type: RefType) => refs.filter((ref): ref is Ref & { name: string } => ref.type === type && Boolean(ref.name));
  const refItem = (ref: Ref & { name: string }): RevisionItem => ({ label: ref.name, ref: ref.name, description: ref.commit?.slice(0, 8) });
  return [
    headItem,
    ...section('Branches', [...named(RefType.Head), ...named(RefType.RemoteHead)].map(refItem)),
    ...section('Tags', named(RefType.Tag).map(refItem)),
    ...section('Commits that changed the pack', commits.map((commit) => ({ label: commit.hash.slice(0, 8), ref: commit.hash, description: commit.message.split('\n')[0], detail: [commit.authorName, commit.authorDate?.toISOString().slice(0, 10)].filter(Boolean).join(' · ') || undefined }))),
  ];
}

function section(label: string, items: RevisionItem[]): RevisionItem[] {
  return items.length === 0 ? [] : [{ label, kind: vscode.QuickPickItemKind.Separator }, ...items];
}

/** The reader's revision, HEAD preselected; undefined when they dismiss the pick. */
export async function pickRevision(repository: Repository, file: vscode.Uri): Promise<string | undefined> {
  const items = revisionItems(repository, file);
  const picked = await vscode.window.showQuickPick(items, { title: 'Compare with Revision', placeHolder: 'The revision to compare the pack with (HEAD: your uncommitted changes)', matchOnDescription: true });
  return picked?.ref;
}
