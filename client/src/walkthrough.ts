import * as vscode from 'vscode';
import { PREVIEW_VIEW_TYPE } from './preview/previewPanel';

/** Context keys the walkthrough's steps tick on (package.json `completionEvents`: `onContext:`). */
export const WALKTHROUGH_CONTEXT = {
  previewOpen: 'roadmapPacks.walkthrough.previewOpen',
  hasBrief: 'roadmapPacks.walkthrough.hasBrief',
  reportShown: 'roadmapPacks.walkthrough.reportShown',
} as const;

/**
 * The walkthrough's side of the extension: its "Open Preview to the Side"
 * opens the example first when no pack is open (the plain command has nothing
 * to draw then), and each step ticks on what really happened, read from the
 * workbench, not on a click of its button: a preview tab exists, a brief
 * exists, a report was shown. Steps done before the walkthrough opened are
 * ticked as it opens, since the keys are set at activation.
 */
export function registerWalkthrough(): vscode.Disposable[] {
  const briefs = vscode.workspace.createFileSystemWatcher('**/briefs/*.md', false, true, true);
  void updatePreviewOpen();
  void updateHasBrief();
  return [
    briefs,
    briefs.onDidCreate(() => void setContext(WALKTHROUGH_CONTEXT.hasBrief, true)),
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
  if (previewTabOpen()) await setContext(WALKTHROUGH_CONTEXT.previewOpen, true);
}

async function updateHasBrief(): Promise<void> {
  const found = await vscode.workspace.findFiles('**/briefs/*.md', '**/node_modules/**', 1);
  if (found.length > 0) await setContext(WALKTHROUGH_CONTEXT.hasBrief, true);
}

export async function setContext(key: string, value: boolean): Promise<void> {
  await vscode.commands.executeCommand('setContext', key, value);
}
