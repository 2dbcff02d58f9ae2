/**
 * The part of the built-in Git extension's API (`vscode.git`, API version 1,
 * microsoft/vscode extensions/git/src/api/git.d.ts) that the comparison
 * reads, typed here as that file advises: copied, not imported, and only what
 * is used. Nothing here writes to a repository.
 */
import type * as vscode from 'vscode';

export const enum RefType {
  Head = 0,
  RemoteHead = 1,
  Tag = 2,
}

export interface Ref {
  readonly type: RefType;
  readonly name?: string;
  readonly commit?: string;
  readonly remote?: string;
}

export interface Commit {
  readonly hash: string;
  readonly message: string;
  readonly authorDate?: Date;
  readonly authorName?: string;
}

export interface Repository {
  readonly rootUri: vscode.Uri;
  readonly state: { readonly HEAD: Ref | undefined };
  /** The file's text at the revision; `path` is the file's absolute path. Rejects when the revision has no such file. */
  show(ref: string, path: string): Promise<string>;
  getCommit(ref: string): Promise<Commit>;
  getRefs(query: { pattern?: string; count?: number; sort?: 'alphabetically' | 'committerdate' }): Promise<Ref[]>;
  log(options?: { maxEntries?: number; path?: string }): Promise<Commit[]>;
}

export interface GitApi {
  readonly state: 'uninitialized' | 'initialized';
  readonly onDidChangeState: vscode.Event<'uninitialized' | 'initialized'>;
  getRepository(uri: vscode.Uri): Repository | null;
  openRepository(root: vscode.Uri): Promise<Repository | null>;
}

export interface GitExtension {
  readonly enabled: boolean;
  readonly onDidChangeEnablement: vscode.Event<boolean>;
  getAPI(version: 1): GitApi;
}
