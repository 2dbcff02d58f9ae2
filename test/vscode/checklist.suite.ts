import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { RoadmapPacksApi } from '../../client/src/activation';
import type { ChecklistNode } from '../../client/src/checklistNodes';
import { EXAMPLE_PACK, EXTENSION_ID, openPack, prepareWorkspace, waitForEvent } from './helpers';

/** Its own copy of the features pack (scripts/testWorkspace.mjs): a cycle and a typo, three errors. */
const BROKEN_PACK = 'checklist/checklist.roadmap.yaml';

function api(): RoadmapPacksApi {
  return vscode.extensions.getExtension<RoadmapPacksApi>(EXTENSION_ID)!.exports;
}

/** Waits until the checklist shows `relative`'s pack (the source follows the active editor). */
async function checklistOf(relative: string): Promise<{ uri?: string; message?: string; roots: ChecklistNode[] }> {
  const { uri } = await openPack(relative);
  const { checklist, checklistSource } = api();
  await waitForEvent(checklistSource.onDidChange, () => checklist.snapshot.uri === uri.toString(), `the checklist of ${relative}`);
  return checklist.snapshot;
}

function tabsOf(viewType: string): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.includes(viewType));
}

describe('the Roadmap Checklist, the status bar and the walkthrough', () => {
  before(async () => {
    await prepareWorkspace();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('shows the gate of the active pack: the checks, then six dimensions with their status', async () => {
    const snapshot = await checklistOf(BROKEN_PACK);
    assert.deepEqual(snapshot.roots.map((node) => node.label), ['Checks', 'Diagnosis quality', 'Guiding policy coherence', 'Actionability of coherent actions', 'Alignment and stakeholder usefulness', 'Feasibility and trade-offs', 'Measurability and risk management']);
    assert.match(snapshot.message ?? '', /^Revise\. The pack has 3 errors \(1 dependency cycle, 1 unresolved reference\)/);
    const checks = snapshot.roots[0];
    assert.equal(checks.description, '3 errors: fix first');
    assert.deepEqual(checks.children.map((node) => `${node.label} ${node.description}`), ['Errors 3', 'Dependency cycles 1', 'Unresolved references 1', 'Weeks over capacity 0']);
    assert.equal(snapshot.roots[5].description, '3/5 · 2 to go', 'feasibility: a pack with errors does not fit');
    assert.equal(snapshot.roots[5].icon.id, 'error', 'below 4: the gate says Revise');
    assert.equal(snapshot.roots[1].icon.id, 'error', 'a dimension at 1');
  });

  it('follows the active pack: the example replaces it, with its verdict', async () => {
    const snapshot = await checklistOf(EXAMPLE_PACK);
    assert.match(snapshot.message ?? '', /^Ship\./);
    assert.equal(snapshot.roots[0].description, '1 of 4 to look at', 'two runs of weeks over capacity, no errors');
    // The Problems view lists no hints: the checklist holds the strategy hints, by name.
    const diagnosis = snapshot.roots[1];
    const signals = diagnosis.children.find((node) => !node.icon.id.startsWith('pass'))!;
    assert.deepEqual(signals.children.map((node) => node.label), ['Monthly infra cost (target Budget TBD)']);
  });

  it('opens an item at its source with a click', async () => {
    const snapshot = await checklistOf(BROKEN_PACK);
    const waits = snapshot.roots[3].children[2];
    const gamma = waits.children.find((node) => node.label.startsWith('gamma'))!;
    const item = api().checklist.getTreeItem(gamma);
    assert.equal(item.command?.command, 'vscode.open');
    await vscode.commands.executeCommand(item.command!.command, ...(item.command!.arguments ?? []));
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.uri.toString(), snapshot.uri);
    assert.equal(editor.document.lineAt(editor.selection.start.line).text, '  - id: gamma');
    const errors = api().checklist.getTreeItem(snapshot.roots[0].children[0]);
    assert.equal(errors.command?.command, 'workbench.actions.view.problems');
  });

  it('puts the verdict and the peak load in the status bar, not the problem counts, and opens the checklist on click', async () => {
    await checklistOf(EXAMPLE_PACK);
    const shown = api().statusBar.shown!;
    assert.equal(shown.text, '$(pass) Ship · peak 98%');
    assert.match(shown.tooltip, /\*\*Quality gate:\*\* Ship\./);
    assert.match(shown.tooltip, /Infra Squad in 2026-Q4 at 98% of capacity/);
    assert.match(shown.tooltip, /Click to open the Roadmap Checklist/);
    await checklistOf(BROKEN_PACK);
    assert.match(api().statusBar.shown!.text, /^\$\(checklist\) Revise · peak \d+%$/);
    await vscode.commands.executeCommand('roadmapPacks.checklist.focus');
  });

  it('opens the quality gate rendered, in the Markdown preview', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const { uri } = await openPack(EXAMPLE_PACK);
    const document = await vscode.commands.executeCommand<vscode.TextDocument>('roadmapPacks.qualityGate', uri);
    assert.equal(document.uri.scheme, 'roadmap-report');
    assert.equal(document.languageId, 'markdown');
    await waitForEvent(vscode.window.tabGroups.onDidChangeTabs, () => tabsOf('markdown.preview').length > 0, 'the Markdown preview');
    assert.ok(!vscode.window.visibleTextEditors.some((editor) => editor.document === document), 'the source is not shown, only the preview');
  });

  it("walkthrough: 'Open Preview to the Side' with no pack open opens the example and previews it", async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    assert.equal(tabsOf('roadmapPacks.preview').length, 0);
    await vscode.commands.executeCommand('roadmapPacks.walkthrough.openPreview');
    assert.match(vscode.window.activeTextEditor?.document.uri.path ?? '', /platform-reliability\.roadmap\.yaml$/);
    await waitForEvent(vscode.window.tabGroups.onDidChangeTabs, () => tabsOf('roadmapPacks.preview').length > 0, 'the preview of the example');
  });
});
