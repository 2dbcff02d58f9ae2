import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { levelRequest, type LevelResult } from '../../protocol/requests';
import { activePack } from './documentCommands';

/** How the command was asked to end: `preview: false` (tests) returns the edit without applying it. */
export interface LevelOptions {
  preview?: boolean;
}

/**
 * "Roadmap: Level the Schedule": the server's levelling (`roadmap-pack
 * level`) as one refactoring preview, every move an entry the planner
 * accepts or rejects (needsConfirmation, labelled with the move and why).
 * Nothing to move: an information message says so.
 */
export function registerLevelCommand(client: BaseLanguageClient): vscode.Disposable {
  return vscode.commands.registerCommand('roadmapPacks.levelSchedule', (uri?: vscode.Uri, options?: LevelOptions) => levelSchedule(client, uri, options ?? {}));
}

async function levelSchedule(client: BaseLanguageClient, uri: vscode.Uri | undefined, options: LevelOptions): Promise<vscode.WorkspaceEdit | undefined> {
  const pack = uri ?? (await activePack());
  if (!pack) return undefined;
  const result = await client.sendRequest(levelRequest, { uri: pack.toString() });
  if (!result) return undefined;
  if (result.moves.length === 0) {
    void vscode.window.showInformationMessage(nothingToMove(result));
    return undefined;
  }
  const edit = levelEdit(pack, result);
  if (options.preview !== false) await vscode.workspace.applyEdit(edit, { isRefactoring: true });
  return edit;
}

function nothingToMove(result: LevelResult): string {
  if (result.unplaced.length === 0) return 'Nothing needs moving: no team is over capacity in any week and nothing starts before what it waits for.';
  return `Nothing can be moved to fit inside the horizon: ${result.unplaced.join('; ')}.`;
}

/** One labelled entry per move (its `when` and its milestones' edits share the label, so the preview accepts or rejects them together). */
export function levelEdit(pack: vscode.Uri, result: LevelResult): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const move of result.moves) {
    const metadata: vscode.WorkspaceEditEntryMetadata = { needsConfirmation: true, label: move.label };
    for (const each of move.edits) {
      const { start, end } = each.range;
      edit.replace(pack, new vscode.Range(start.line, start.character, end.line, end.character), each.newText, metadata);
    }
  }
  return edit;
}
