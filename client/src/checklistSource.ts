import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { checklistRequest } from '../../protocol/requests';
import type { ChecklistResult } from '../../protocol/requests';

/** The active pack and its checklist, as the Checklist view and the status bar show them. */
export interface ActiveChecklist {
  uri: vscode.Uri;
  result: ChecklistResult;
}

/**
 * Follows the active pack: the pack in the active editor, or the last one while
 * a webview (the preview) or a panel has focus. Asks the server for its
 * checklist once per change (editor switch or new diagnostics for it), and
 * tells the view and the status bar, so both show the same answer.
 */
export class ChecklistSource implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ActiveChecklist | undefined>();
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [];
  private pending?: ReturnType<typeof setTimeout>;
  private lastPack?: vscode.Uri;
  private latest?: ActiveChecklist;
  /** Settles when the refresh in flight is done: the extension-host suites wait on it. */
  private settled: Promise<void> = Promise.resolve();

  constructor(private readonly client: BaseLanguageClient) {
    this.subscriptions.push(
      this.changed,
      vscode.window.onDidChangeActiveTextEditor(() => this.refreshSoon()),
      vscode.languages.onDidChangeDiagnostics((event) => event.uris.some((uri) => uri.toString() === this.activePack()?.toString()) && this.refreshSoon()),
    );
    this.refreshSoon();
  }

  get current(): ActiveChecklist | undefined {
    return this.latest;
  }

  /** The checklist once the refresh under way (if any) has answered. */
  async ready(): Promise<ActiveChecklist | undefined> {
    await this.settled;
    return this.latest;
  }

  /** Asks again now: after a refresh command, or from a suite that wants no debounce. */
  refresh(): Promise<void> {
    clearTimeout(this.pending);
    this.settled = this.fetch();
    return this.settled;
  }

  dispose(): void {
    clearTimeout(this.pending);
    this.subscriptions.forEach((subscription) => subscription.dispose());
  }

  private activePack(): vscode.Uri | undefined {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return this.lastPack; // a webview (the preview) or a panel has focus
    this.lastPack = editor.document.languageId === 'roadmap-yaml' ? editor.document.uri : undefined;
    return this.lastPack;
  }

  private refreshSoon(): void {
    clearTimeout(this.pending);
    let done: () => void = () => undefined;
    this.settled = new Promise((resolve) => (done = resolve));
    this.pending = setTimeout(() => void this.fetch().then(done), 100);
  }

  private async fetch(): Promise<void> {
    const uri = this.activePack();
    const result = uri ? await this.client.sendRequest(checklistRequest, { uri: uri.toString() }).catch(() => null) : null;
    // An answer for a pack that is no longer active is dropped: a newer fetch is coming.
    if (uri && uri.toString() !== this.activePack()?.toString()) return;
    this.latest = uri && result ? { uri, result } : undefined;
    this.changed.fire(this.latest);
  }
}
