import * as vscode from 'vscode';
import { State } from 'vscode-languageclient';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { clearComparisonRequest, compareRequest } from '../../../protocol/requests';
import type { ReportDocuments } from '../checklistReport';
import { activePack } from '../documentCommands';
import { CompareError, pickRevision, repositoryOf, textAt } from './revisions';

export const COMPARE_COMMAND = 'roadmapPacks.compareWithRevision';
export const CLEAR_COMMAND = 'roadmapPacks.clearComparison';
/** True while the active pack is being compared: the palette offers Clear Comparison then. */
const COMPARING_CONTEXT = 'roadmapPacks.comparing';
const RESTORE_TRIES = 20;
const RESTORE_PAUSE_MS = 500;

/**
 * "Roadmap: Compare with Revision…": the pack's text at a git revision (read
 * through the built-in Git extension) goes to the server, which keeps it as
 * the baseline and answers the diff report; the report opens rendered, and
 * the preview and the lenses show the baseline until it is cleared. What
 * changed is decided by the server's core, as `roadmap-pack diff` decides it.
 */
export class ComparisonCommands implements vscode.Disposable {
  /**
   * Each compared pack's baseline as it was sent. The server keeps it in
   * memory only, so when the server starts again (a crash, "Restart Server")
   * it is sent again: a comparison lasts until the reader clears it.
   */
  private readonly compared = new Map<string, Baseline>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** A pack's comparison started or cleared: its preview draws again. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly client: BaseLanguageClient,
    private readonly reports: ReportDocuments,
  ) {
    this.disposables = [
      this.changed,
      vscode.commands.registerCommand(COMPARE_COMMAND, (uri?: vscode.Uri | string, ref?: string) => this.compare(asUri(uri), ref)),
      vscode.commands.registerCommand(CLEAR_COMMAND, (uri?: vscode.Uri | string) => this.clear(asUri(uri))),
      vscode.window.onDidChangeActiveTextEditor(() => this.updateContext()),
      client.onDidChangeState(({ newState }) => {
        if (newState === State.Running) void this.restore();
      }),
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
    const baseline = { baseText, ref: refLabel(ref) };
    const result = await this.client.sendRequest(compareRequest, { uri: pack.toString(), ...baseline });
    if (!result) throw new CompareError(`${vscode.workspace.asRelativePath(pack)} is not a roadmap pack the language server knows.`);
    if (baseText === null) void vscode.window.showInformationMessage(`${vscode.workspace.asRelativePath(pack)} was added since ${refLabel(ref)}: every initiative in it is new.`);
    this.mark(pack, baseline);
    return this.reports.showRendered(`Changes since ${refLabel(ref).replace(/[/\\]/g, '-')} - ${packName(pack)}`, result.markdown);
  }

  async clear(uri: vscode.Uri | undefined): Promise<boolean> {
    const pack = uri ?? vscode.window.activeTextEditor?.document.uri;
    if (!pack) return false;
    const cleared = (await this.client.sendRequest(clearComparisonRequest, { uri: pack.toString() })) ?? false;
    this.mark(pack, undefined);
    return cleared;
  }

  /**
   * Sends every baseline again to a server that started again; a pack it
   * still does not know after RESTORE_TRIES (its documents are sent to it
   * just after it reports running, closed packs once its scan finds them)
   * stops being compared.
   */
  private async restore(): Promise<void> {
    for (const [key, baseline] of [...this.compared]) {
      let known = false;
      for (let attempt = 0; attempt < RESTORE_TRIES && !known && this.compared.get(key) === baseline; attempt++) {
        if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, RESTORE_PAUSE_MS));
        known = (await this.client.sendRequest(compareRequest, { uri: key, ...baseline }).then(Boolean, () => false)) === true;
      }
      if (this.compared.get(key) === baseline) this.mark(vscode.Uri.parse(key), known ? baseline : undefined);
    }
  }

  private mark(pack: vscode.Uri, baseline: Baseline | undefined): void {
    if (baseline) this.compared.set(pack.toString(), baseline);
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

/** What the server is sent to compare a pack: its text at the revision (null where the pack did not exist) and the revision's label. */
interface Baseline {
  baseText: string | null;
  ref: string;
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
