import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { registerDocumentCommands } from './documentCommands';
import { registerLevelCommand } from './levelCommand';
import { PreviewManager } from './preview/previewManager';
import { ChecklistSource } from './checklistSource';
import { ChecklistView } from './checklistView';
import { PackStatusBar } from './statusBar';
import { registerShowReferences } from './showReferences';
import { registerWalkthrough } from './walkthrough';
import { RulePageOpener } from './openRule';
import { ReportDocuments } from './checklistReport';
import { ComparisonCommands } from './compare/compareCommand';
import { MarkdownFences } from './markdown/markdownPreview';
import type { MarkdownIt } from './markdown/roadmapFences';

/** What activate returns: the extension-host suites read the checklist view and the status bar through it. */
export interface RoadmapPacksApi {
  checklist: ChecklistView;
  checklistSource: ChecklistSource;
  statusBar: PackStatusBar;
  /** The Markdown preview's plugin (package.json `markdown.markdownItPlugins`): ```roadmap and ```roadmap-view fences. */
  extendMarkdownIt(md: MarkdownIt): MarkdownIt;
}

/**
 * Thin plumbing, the same on the desktop and the web (extension.ts,
 * browserExtension.ts start the client their way): shows the active pack's
 * checklist in its view and its verdict in the status bar, and registers the
 * preview and the commands. Everything a pack means is decided by the server.
 */
export async function activateWith(context: vscode.ExtensionContext, client: BaseLanguageClient): Promise<RoadmapPacksApi> {
  const checklistSource = new ChecklistSource(client);
  const checklist = new ChecklistView(checklistSource);
  const statusBar = new PackStatusBar(checklistSource);
  const reports = new ReportDocuments();
  const comparisons = new ComparisonCommands(client, reports);
  const markdownFences = new MarkdownFences();
  context.subscriptions.push(
    markdownFences,
    checklistSource,
    checklist,
    statusBar,
    reports,
    comparisons,
    new PreviewManager(client, context.extensionUri, comparisons.onDidChange),
    ...registerDocumentCommands(client, reports),
    registerLevelCommand(client),
    ...registerWalkthrough(checklist.treeView),
    registerShowReferences(client),
    new RulePageOpener(context.extensionUri),
    vscode.commands.registerCommand('roadmapPacks.showProblems', () => statusBar.showProblems()),
    // stop then start: what the Node client's restart() does, and the web client has no restart().
    vscode.commands.registerCommand('roadmapPacks.restartServer', async () => {
      await client.stop();
      await client.start();
    }),
    vscode.commands.registerCommand('roadmapPacks.openExample', () => openExample(context.extensionUri)),
    { dispose: () => void client.stop() },
  );
  // Shows the Roadmap Checklist view in the Explorer (package.json `views`): only once there is a pack to check.
  await vscode.commands.executeCommand('setContext', 'roadmapPacks.active', true);
  return { checklist, checklistSource, statusBar, extendMarkdownIt: markdownFences.extendMarkdownIt };
}

/** The worked example shipped with the extension (seed 001's platform roadmap), for the walkthrough. */
async function openExample(extensionUri: vscode.Uri): Promise<void> {
  const pack = vscode.Uri.joinPath(extensionUri, 'examples', 'platform-reliability', 'platform-reliability.roadmap.yaml');
  await vscode.window.showTextDocument(pack);
}
