import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { ClosedFile, closedFilesRequest } from '../../../protocol/requests';

/** The files the server checks (lsp/fileKinds.ts), as workspace globs. */
const PACK_GLOB = '**/*.roadmap.{yaml,yml}';
const MARKDOWN_GLOB = '**/*.{md,markdown}';
/** As many as the Node server's scan would take in a large repository, and no more per request. */
const MOST_FILES = 2000;
const BATCH = 100;
/** The server's default `roadmapPacks.maxFileSize`; a larger closed file is checked only when opened, as on the desktop. */
const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/**
 * VS Code for the Web's stand-in for the Node server's scan of closed files: a
 * web worker has no disk, so the extension reads the workspace's packs and
 * Markdown with `vscode.workspace.fs` and sends them (`roadmapPacks/closedFiles`),
 * at start and whenever one is created, changed or deleted, or an editor closes
 * one (the server then forgets the editor's text, and the file's is what stands).
 */
export class ClosedFileFeed implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly client: BaseLanguageClient) {
    for (const glob of [PACK_GLOB, MARKDOWN_GLOB]) {
      const watcher = vscode.workspace.createFileSystemWatcher(glob);
      watcher.onDidCreate((uri) => void this.send([uri]));
      watcher.onDidChange((uri) => void this.send([uri]));
      watcher.onDidDelete((uri) => void this.sendDeleted([uri]));
      this.disposables.push(watcher);
    }
    this.disposables.push(vscode.workspace.onDidCloseTextDocument((document) => void this.send([document.uri])));
  }

  /** Reads and sends every pack, then every Markdown file, of the workspace. */
  async start(): Promise<void> {
    await this.send(await findFiles(PACK_GLOB));
    await this.send(await findFiles(MARKDOWN_GLOB));
  }

  dispose(): void {
    this.disposables.forEach((disposable) => disposable.dispose());
  }

  private async send(uris: readonly vscode.Uri[]): Promise<void> {
    const relevant = uris.filter(isCheckedFile);
    for (let start = 0; start < relevant.length; start += BATCH) {
      const files = (await Promise.all(relevant.slice(start, start + BATCH).map(readClosedFile))).filter((file): file is ClosedFile => file !== undefined);
      if (files.length > 0) await this.client.sendRequest(closedFilesRequest, { files, deleted: [] }).catch(() => undefined);
    }
  }

  private async sendDeleted(uris: readonly vscode.Uri[]): Promise<void> {
    const deleted = uris.filter(isCheckedFile).map((uri) => uri.toString());
    if (deleted.length > 0) await this.client.sendRequest(closedFilesRequest, { files: [], deleted }).catch(() => undefined);
  }
}

/** The workspace's files matching the glob, `files.exclude` applied, dependency folders left out. */
export async function findFiles(glob: string): Promise<vscode.Uri[]> {
  const found = await vscode.workspace.findFiles(glob, undefined, MOST_FILES);
  return found.filter((uri) => !/\/node_modules\//.test(uri.path));
}

/** A closed file's text, or `undefined` for a file open in an editor (the editor's text is what the server has), unreadable or over the size limit. */
export async function readClosedFile(uri: vscode.Uri): Promise<ClosedFile | undefined> {
  if (vscode.workspace.textDocuments.some((document) => document.uri.toString() === uri.toString())) return undefined;
  try {
    const maxBytes = vscode.workspace.getConfiguration('roadmapPacks').get<number>('maxFileSize') ?? DEFAULT_MAX_BYTES;
    if ((await vscode.workspace.fs.stat(uri)).size > maxBytes) return undefined;
    return { uri: uri.toString(), text: new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)) };
  } catch {
    return undefined;
  }
}

/** A pack or Markdown file of the workspace (not a diff editor's `git:` copy, not an untitled document). */
function isCheckedFile(uri: vscode.Uri): boolean {
  return /\.roadmap\.ya?ml$|\.(md|markdown)$/i.test(uri.path) && vscode.workspace.getWorkspaceFolder(uri) !== undefined;
}
