/**
 * VS Code's side of the Markdown preview's roadmap fences: what `activate`
 * returns as `extendMarkdownIt` (package.json `markdown.markdownItPlugins`),
 * with pack files read through vscode.workspace.fs and watched, and the
 * preview refreshed when one arrives or changes.
 */
import * as vscode from 'vscode';
import { localDate } from '../../../server/src/files/localDate';
import { parseIsoDate } from '../../../server/src/pack/time/calendar';
import { PackTexts } from './packTexts';
import { FenceHost, MarkdownIt, roadmapFences } from './roadmapFences';

export class MarkdownFences implements vscode.Disposable {
  private readonly packs: PackTexts;
  /** The scheme and authority of the Markdown files seen, by path, to read their packs the same way (remote, virtual). */
  private readonly bases = new Map<string, vscode.Uri>();

  constructor() {
    this.packs = new PackTexts(
      {
        read: async (path) => new TextDecoder().decode(await vscode.workspace.fs.readFile(this.uriOf(path))),
        watch: (path, changed) => watchFile(this.uriOf(path), changed),
      },
      () => void vscode.commands.executeCommand('markdown.preview.refresh'),
    );
  }

  extendMarkdownIt = (md: MarkdownIt): MarkdownIt => roadmapFences(md, this.host);

  private readonly host: FenceHost = {
    documentPath: (env) => {
      const uri = (env as { currentDocument?: vscode.Uri } | undefined)?.currentDocument;
      if (!uri || typeof uri.path !== 'string') return undefined;
      this.bases.set(uri.path, uri);
      return uri.path;
    },
    readPack: (path) => this.packs.get(path),
    today: () => parseIsoDate(vscode.workspace.getConfiguration('roadmapPacks').get<string>('today') || localDate()),
  };

  /** The pack's URI: its path on the same file system as a Markdown file that named it. */
  private uriOf(path: string): vscode.Uri {
    const base = [...this.bases.values()].find((uri) => path.startsWith(dirnameOf(uri.path))) ?? vscode.Uri.file('/');
    return base.with({ path, query: '', fragment: '' });
  }

  dispose(): void {
    this.packs.dispose();
  }
}

function dirnameOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/') + 1);
}

/** A watcher of one file (the pattern is the file itself, relative to its folder). */
function watchFile(uri: vscode.Uri, changed: () => void): vscode.Disposable {
  const folder = vscode.Uri.joinPath(uri, '..');
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, name));
  watcher.onDidChange(changed);
  watcher.onDidCreate(changed);
  watcher.onDidDelete(changed);
  return watcher;
}
