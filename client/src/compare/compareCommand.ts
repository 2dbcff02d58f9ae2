import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { clearComparisonRequest, compareRequest } from '../../../protocol/requests';
import type { ReportDocuments } from '../checklistReport';
import { activePack } from '../documentCommands';
import { CompareError, pickRevision, repositoryOf, textAt } from './revisions';

export const COMPARE_COMMAND = 'roadmapPacks.compareWithRevision';
export const CLEAR_COMMAND = 'roadmapPacks.clearComparison';
/** True while the active pack is being compared: the palette offers Clear Comparison then. */
const COMPARING_CONTEXT = 'roadmapPacks.comparing';

/**
 * "Roadmap: Compare with Revision…": the pack's text at a git revision (read
 * through the built-in Git extension) goes to the server, which keeps it as
 * the baseline and answers the diff report; the report opens rendered, and
 * the preview and the lenses show the baseline until it is cleared. What
 * changed is decided by the server's core, as `roadmap-pack diff` decides it.
 */
export class ComparisonCommands implements vscode.Disposable {
  private readonly compared = new Set<string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** A pack's comparison started or cleared: its preview draws again. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly client: LanguageClient,
    private readonly reports: ReportDocuments,
  ) {
    this.disposables = [
      this.changed,
      vscode.commands.registerCommand(COMPARE_COMMAND, (uri?: vscode.Uri | string, ref?: string) => this.compare(asUri(uri), ref)),
      vscode.commands.registerCommand(CLEAR_COMMAND, (uri?: vscode.Uri | string) => this.clear(asUri(uri))),
      vscode.window.onDidChangeActiveTextEditor(() => this.updateContext()),
    ];
  }

  /** The report document, or undefined when the reader cancelled or the comparison could not start (they were told why). */
  async compare(uri: vscode.Uri | undefined, ref: string | undefined): Promise<vscode.TextDocument | undefined> {
    const pack = uri ?? (await activePack());
    if (!pack) return void vscode.window.showInformationMessage('Open a roadmap pack (*.roadmap.yaml) to compare it with a revision.');
    try {
      return await this.compareWith(pack, ref);
    } catch (error) {
      if (!(error instanceof CompareError)) throw error;
      void vscode.window.showErrorMessage(error.message);
      return undefined;
    }
  }

  private async compareWith(pack: vscode.Uri, chosen: string | undefined): Promise<vscode.TextDocument | undefined> {
    const repository = await repositoryOf(pack);
    const ref = chosen ?? (await pickRevision(repository, pack));
    if (!ref) return undefined;
    const baseText = await textAt(repository, ref, pack);
    // The editor's text is the new side: the server has it, open or not, as the preview draws it.
    await vscode.workspace.openTextDocument(pack);
    const result = await this.client.sendRequest(compareRequest, { uri: pack.toString(), baseText, ref: refLabel(ref) });
    if (!result) throw new CompareError(`${vscode.workspace.asRelativePath(pack)} is not a roadmap pack the language server knows.`);
    if (baseText === null) void vscode.window.showInformationMessage(`${vscode.workspace.asRelativePath(pack)} was added since ${refLabel(ref)}: every initiative in it is new.`);
    this.mark(pack, true);
    return this.reports.showRendered(`Changes since ${refLabel(ref).replace(/[/\\]/g, '-')} - ${packName(pack)}`, result.markdown);
  }

  async clear(uri: vscode.Uri | undefined): Promise<boolean> {
    const pack = uri ?? vscode.window.activeTextEditor?.document.uri;
    if (!pack) return false;
    const cleared = (await this.client.sendRequest(clearComparisonRequest, { uri: pack.toString() })) ?? false;
    this.mark(pack, false);
    return cleared;
  }

  private mark(pack: vscode.Uri, comparing: boolean): void {
    if (comparing) this.compared.add(pack.toString());
    else this.compared.delete(pack.toString());
    this.changed.fire(pack);
    this.updateContext();
  }

  private updateContext(): void {
    const active = vscode.window.activeTextEditor?.document.uri.toString();
    void vscode.commands.executeCommand('setContext', COMPARING_CONTEXT, active !== undefined && this.compared.has(active));
  }

  dispose(): void {
    this.disposables.forEach((disposable) => disposable.dispose());
  }
}

/** The lenses pass the pack's uri as the server knows it: a string. */
function asUri(uri: vscode.Uri | string | undefined): vscode.Uri | undefined {
  return typeof uri === 'string' ? vscode.Uri.parse(uri) : uri;
}

/** A full commit hash is shown short, as git and the pick show it. */
export function refLabel(ref: string): string {
  return /^[0-9a-f]{40}$/i.test(ref) ? ref.slice(0, 8) : ref;
}

function packName(pack: vscode.Uri): string {
  return pack.path.split('/').pop()!.replace(/\.roadmap\.ya?ml$/, '');
}
