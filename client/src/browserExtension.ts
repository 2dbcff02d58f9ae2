import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { RoadmapPacksApi, activateWith } from './activation';
import { clientOptions } from './clientOptions';
import { ClosedFileFeed } from './web/closedFileFeed';

/**
 * VS Code for the Web's entry (package.json `browser`: vscode.dev, github.dev):
 * the same extension, with the language server in a web worker
 * (dist/web/server.js, built by scripts/buildWeb.mjs), and the closed files,
 * which a worker cannot read, sent to it by web/closedFileFeed.ts. The schemes
 * are those the web's workspaces use: github.dev's and vscode.dev's virtual
 * file system, local folders, and @vscode/test-web's.
 */
export async function activate(context: vscode.ExtensionContext): Promise<RoadmapPacksApi> {
  const worker = new Worker(vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js').toString(true));
  const client = new LanguageClient('roadmapPacks', 'Roadmap Packs', clientOptions(WEB_SCHEMES, { fileEvents: false }), worker);
  await client.start();
  // What the web worker cannot do is hidden by this key (package.json menus), not by `isWeb`: code-server's
  // workbench runs in a browser too, with the desktop's entry and its Node server.
  await vscode.commands.executeCommand('setContext', 'roadmapPacks.webWorker', true);
  const feed = new ClosedFileFeed(client);
  context.subscriptions.push(feed);
  void feed.start();
  return activateWith(context, client);
}

/** The web extension host's Worker (the project compiles without the DOM library). */
declare const Worker: new (scriptUrl: string) => ConstructorParameters<typeof LanguageClient>[3];

const WEB_SCHEMES = ['file', 'untitled', 'vscode-vfs', 'vscode-test-web'];

export function deactivate(): void {
  // The client is stopped through the subscription registered in activateWith.
}
