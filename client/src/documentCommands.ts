import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { ReportDocuments } from './checklistReport';
import { initiativesRequest, newBriefRequest, qualityGateRequest, reportRequest, statusUpdateRequest } from '../../protocol/requests';
import type { InitiativeItem } from '../../protocol/requests';
import { BriefPickItem, briefPathOf, briefPickItems } from './briefPick';

/**
 * The commands that write a pack's documents. The server generates the text;
 * these only ask the user what to generate and put the result in place.
 */
export function registerDocumentCommands(client: BaseLanguageClient, reports: ReportDocuments): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('roadmapPacks.newBrief', (uri?: vscode.Uri, initiative?: string) => newBrief(client, uri, initiative)),
    vscode.commands.registerCommand('roadmapPacks.statusUpdate', (uri?: vscode.Uri, month?: { year: number; month: number }) => statusUpdate(client, uri, month)),
    vscode.commands.registerCommand('roadmapPacks.qualityGate', (uri?: vscode.Uri) => qualityGate(client, reports, uri)),
    vscode.commands.registerCommand('roadmapPacks.exportReport', (uri?: vscode.Uri, target?: vscode.Uri) => exportReport(client, uri, target)),
  ];
}

/** Creates briefs/<id>.md beside the pack and links it with `brief:`; never overwrites a brief. */
async function newBrief(client: BaseLanguageClient, uri: vscode.Uri | undefined, initiative: string | undefined): Promise<vscode.Uri | undefined> {
  const pack = uri ?? (await activePack());
  if (!pack) return undefined;
  const id = initiative ?? (await pickInitiative(client, pack));
  if (!id) return undefined;
  const brief = await client.sendRequest(newBriefRequest, { uri: pack.toString(), initiative: id });
  if (!brief) return void vscode.window.showErrorMessage(`The pack has no initiative \`${id}\`.`);
  const target = vscode.Uri.joinPath(pack, '..', brief.relativePath);
  if (await exists(target)) {
    void vscode.window.showWarningMessage(`${brief.relativePath} already exists; it was left as it is.`);
    await vscode.window.showTextDocument(target);
    return target;
  }
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(brief.content));
  if (brief.packEdit) await linkBrief(pack, brief.packEdit);
  await vscode.window.showTextDocument(target);
  return target;
}

/**
 * Adds `brief:` to the initiative. Saved only when the pack had no other
 * unsaved edits: saving would write the planner's unfinished changes too, so
 * with those the link stays in the editor, unsaved, beside them.
 */
async function linkBrief(pack: vscode.Uri, edit: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }): Promise<void> {
  const document = await vscode.workspace.openTextDocument(pack);
  const hadUnsavedEdits = document.isDirty;
  const workspaceEdit = new vscode.WorkspaceEdit();
  const range = new vscode.Range(edit.range.start.line, edit.range.start.character, edit.range.end.line, edit.range.end.character);
  workspaceEdit.replace(pack, range, edit.newText);
  if (!(await vscode.workspace.applyEdit(workspaceEdit))) return;
  if (!hadUnsavedEdits) await document.save();
  else void vscode.window.showInformationMessage(`Linked the brief from ${vscode.workspace.asRelativePath(pack)}, not saved: the pack has other unsaved changes.`);
}

/** A picker starting on the initiative under the cursor, with those that already have a brief file marked. */
async function pickInitiative(client: BaseLanguageClient, pack: vscode.Uri): Promise<string | undefined> {
  const initiatives = (await client.sendRequest(initiativesRequest, { uri: pack.toString() })) ?? [];
  const editor = vscode.window.activeTextEditor;
  const cursorLine = editor?.document.uri.toString() === pack.toString() ? editor.selection.active.line : undefined;
  const { items, active } = briefPickItems(initiatives, await existingBriefs(pack, initiatives), cursorLine);
  const quickPick = vscode.window.createQuickPick<BriefPickItem>();
  Object.assign(quickPick, { title: 'New Initiative Brief', placeholder: 'The initiative the brief describes (one with a brief opens it)', matchOnDescription: true, items });
  if (active) quickPick.activeItems = [active];
  const picked = await new Promise<BriefPickItem | undefined>((resolve) => {
    quickPick.onDidAccept(() => resolve(quickPick.selectedItems[0] ?? quickPick.activeItems[0]));
    quickPick.onDidHide(() => resolve(undefined));
    quickPick.show();
  });
  quickPick.dispose();
  return picked?.id;
}

/** The brief paths (relative to the pack's folder) that exist on disk, one stat each, all at once. */
async function existingBriefs(pack: vscode.Uri, initiatives: readonly InitiativeItem[]): Promise<Set<string>> {
  const paths = [...new Set(initiatives.map(briefPathOf))];
  const found = await Promise.all(paths.map((path) => exists(vscode.Uri.joinPath(pack, '..', path))));
  return new Set(paths.filter((_, index) => found[index]));
}

async function statusUpdate(client: BaseLanguageClient, uri: vscode.Uri | undefined, month: { year: number; month: number } | undefined): Promise<vscode.TextDocument | undefined> {
  const pack = uri ?? (await activePack());
  const chosen = month ?? (await pickMonth());
  if (!pack || !chosen) return undefined;
  const text = await client.sendRequest(statusUpdateRequest, { uri: pack.toString(), ...chosen });
  return text ? openMarkdown(text) : undefined;
}

/** The gate opens rendered (the Markdown preview), as `roadmap-pack quality` prints it. */
async function qualityGate(client: BaseLanguageClient, reports: ReportDocuments, uri: vscode.Uri | undefined): Promise<vscode.TextDocument | undefined> {
  const pack = uri ?? (await activePack());
  if (!pack) return undefined;
  const text = await client.sendRequest(qualityGateRequest, { uri: pack.toString() });
  const name = pack.path.split('/').pop()!.replace(/\.roadmap\.ya?ml$/, '');
  return text ? reports.showRendered(`Quality Gate - ${name}`, text) : undefined;
}

/**
 * Writes the stakeholder report where the user chooses (or to `target`, for
 * tests and other extensions): HTML unless the name ends in .md. The server
 * builds it, as `roadmap-pack report` does; this only asks where and writes.
 */
async function exportReport(client: BaseLanguageClient, uri: vscode.Uri | undefined, target: vscode.Uri | undefined): Promise<vscode.Uri | undefined> {
  const pack = uri ?? (await activePack());
  if (!pack) return undefined;
  const name = pack.path.split('/').pop()!.replace(/\.roadmap\.ya?ml$/, '');
  const chosen = target ?? (await vscode.window.showSaveDialog({ title: 'Export Report', defaultUri: vscode.Uri.joinPath(pack, '..', `${name}-report.html`), filters: { 'HTML (self-contained)': ['html'], Markdown: ['md'] } }));
  if (!chosen) return undefined;
  const format = /\.(md|markdown)$/i.test(chosen.path) ? 'markdown' : 'html';
  const text = await client.sendRequest(reportRequest, { uri: pack.toString(), format });
  if (text === null) return void vscode.window.showErrorMessage('The report could not be made: the language server does not know this pack (see the Roadmap Packs output).');
  await vscode.workspace.fs.writeFile(chosen, new TextEncoder().encode(text));
  void vscode.window.showInformationMessage(`Report written to ${vscode.workspace.asRelativePath(chosen)}.`);
  return chosen;
}

async function pickMonth(): Promise<{ year: number; month: number } | undefined> {
  const now = new Date();
  const months = [-1, 0, 1].map((offset) => new Date(now.getFullYear(), now.getMonth() + offset, 1));
  const items = months.map((date) => ({ label: date.toLocaleString('en', { month: 'long', year: 'numeric' }), year: date.getFullYear(), month: date.getMonth() + 1 }));
  const picked = await vscode.window.showQuickPick(items, { title: 'Generate Status Update', placeHolder: 'The month the update covers' });
  return picked ? { year: picked.year, month: picked.month } : undefined;
}

async function openMarkdown(content: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  await vscode.window.showTextDocument(document);
  return document;
}

/** The pack in the active editor, else the workspace's only pack, else the one the reader picks. */
export async function activePack(): Promise<vscode.Uri | undefined> {
  const document = vscode.window.activeTextEditor?.document;
  if (document?.languageId === 'roadmap-yaml') return document.uri;
  const found = await vscode.workspace.findFiles('**/*.roadmap.{yaml,yml}', '**/node_modules/**', 20);
  if (found.length <= 1) return found[0];
  const picked = await vscode.window.showQuickPick(found.map((uri) => ({ label: vscode.workspace.asRelativePath(uri), uri })), { placeHolder: 'Which roadmap pack?' });
  return picked?.uri;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
