import * as vscode from 'vscode';
import { PREVIEW_VIEW_TYPE } from './preview/previewPanel';

/**
 * Context keys the walkthrough's steps tick on (package.json `completionEvents`:
 * `onContext:<key> && activeEditor == gettingStartedPage`, see `markDone`).
 */
export const WALKTHROUGH_CONTEXT = {
  packOpen: 'roadmapPacks.walkthrough.packOpen',
  previewOpen: 'roadmapPacks.walkthrough.previewOpen',
  checklistSeen: 'roadmapPacks.walkthrough.checklistSeen',
  hasBrief: 'roadmapPacks.walkthrough.hasBrief',
  reportShown: 'roadmapPacks.walkthrough.reportShown',
} as const;

/**
 * The walkthrough's side of the extension: its "Open Preview to the Side"
 * opens the example first when no pack is open (the plain command has nothing
 * to draw then), and each step ticks on what really happened, read from the
 * workbench, not on a click of its button: a preview tab exists, a brief
 * exists, a report was shown. Steps done before the walkthrough opened are
 * ticked as it opens: the keys are set at activation, and each event waits
 * for the Welcome page as well (see `markDone`).
 */
export function registerWalkthrough(checklist: vscode.TreeView<unknown>): vscode.Disposable[] {
  const briefs = vscode.workspace.createFileSystemWatcher('**/briefs/*.md', false, true, true);
  void updatePreviewOpen();
  void updateHasBrief();
  updatePackOpen();
  const checklistSeen = () => checklist.visible && markDone(WALKTHROUGH_CONTEXT.checklistSeen);
  checklistSeen();
  return [
    briefs,
    vscode.workspace.onDidOpenTextDocument(() => updatePackOpen()),
    checklist.onDidChangeVisibility(checklistSeen),
    briefs.onDidCreate(() => markDone(WALKTHROUGH_CONTEXT.hasBrief)),
    vscode.window.tabGroups.onDidChangeTabs(() => void updatePreviewOpen()),
    vscode.commands.registerCommand('roadmapPacks.walkthrough.openPreview', openPreviewOrExample),
  ];
}

/** Previews the active pack beside it; with none open, opens the worked example and previews that. */
async function openPreviewOrExample(): Promise<void> {
  if (vscode.window.activeTextEditor?.document.languageId !== 'roadmap-yaml') await vscode.commands.executeCommand('roadmapPacks.openExample');
  await vscode.commands.executeCommand('roadmapPacks.openPreviewToSide', vscode.window.activeTextEditor?.document.uri);
}

/** Whether a preview tab is open in any group (webview view types carry a prefix, so a suffix match). */
export function previewTabOpen(): boolean {
  return vscode.window.tabGroups.all.some((group) => group.tabs.some((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith(PREVIEW_VIEW_TYPE)));
}

async function updatePreviewOpen(): Promise<void> {
  if (previewTabOpen()) markDone(WALKTHROUGH_CONTEXT.previewOpen);
}

/** A pack open before the walkthrough was (the extension activates on it) ticks "Open a roadmap pack" too. */
function updatePackOpen(): void {
  if (vscode.workspace.textDocuments.some((document) => document.languageId === 'roadmap-yaml')) markDone(WALKTHROUGH_CONTEXT.packOpen);
}

async function updateHasBrief(): Promise<void> {
  const found = await vscode.workspace.findFiles('**/briefs/*.md', '**/node_modules/**', 1);
  if (found.length > 0) markDone(WALKTHROUGH_CONTEXT.hasBrief);
}

/**
 * Says a step is done. VS Code (code-server 4.139) counts an `onContext`
 * expression that already holds when its walkthrough service registers the
 * steps as seen, and never ticks its step that session; the service starts
 * when the Welcome page is first opened, so a pack opened before that was
 * never ticked. Each event is therefore `<key> && activeEditor ==
 * gettingStartedPage`: false at registration (the page's editor is not yet
 * the active one), true the moment the page shows with the key set, when
 * the service ticks the step. The signal is the workbench's own context key
 * (its "Welcome: Go Back" command uses it), with no localized tab label to
 * match and no round trip through this extension host to race the service.
 */
export function markDone(key: string): void {
  void vscode.commands.executeCommand('setContext', key, true);
}
