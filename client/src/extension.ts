import type * as vscode from 'vscode';
import { RoadmapPacksApi, activateWith } from './activation';
import { startLanguageClient } from './languageClient';

/** The desktop's (and code-server's) entry: the language server runs in Node, over IPC. */
export async function activate(context: vscode.ExtensionContext): Promise<RoadmapPacksApi> {
  return activateWith(context, await startLanguageClient(context));
}

export function deactivate(): void {
  // The client is stopped through the subscription registered in activateWith.
}
