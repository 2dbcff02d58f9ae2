import * as vscode from 'vscode';
import { startLanguageClient } from './languageClient';
import { registerDocumentCommands } from './documentCommands';
import { PreviewManager } from './preview/previewManager';
import { PackStatusBar } from './statusBar';
import { registerShowReferences } from './showReferences';

/**
 * Thin plumbing: starts the language server, and shows the active pack's
 * health in the status bar. Everything a pack means is decided by the server.
 */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const client = await startLanguageClient(context);
  const statusBar = new PackStatusBar(client);
  context.subscriptions.push(
    statusBar,
    new PreviewManager(client, context.extensionUri),
    ...registerDocumentCommands(client),
    registerShowReferences(client),
    vscode.commands.registerCommand('roadmapPacks.showProblems', () => statusBar.showProblems()),
    vscode.commands.registerCommand('roadmapPacks.restartServer', () => client.restart()),
    vscode.commands.registerCommand('roadmapPacks.openExample', () => openExample(context.extensionUri)),
    { dispose: () => void client.stop() },
  );
}

/** The worked example shipped with the extension (seed 001's platform roadmap), for the walkthrough. */
async function openExample(extensionUri: vscode.Uri): Promise<void> {
  const pack = vscode.Uri.joinPath(extensionUri, 'examples', 'platform-reliability', 'platform-reliability.roadmap.yaml');
  await vscode.window.showTextDocument(pack);
}

export function deactivate(): void {
  // The client is stopped through the subscription registered in activate.
}
