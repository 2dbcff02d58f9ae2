import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { packSummaryRequest } from '../../protocol/requests';
import type { PackSummaryResult } from '../../protocol/requests';

/**
 * Errors, warnings and the peak team utilisation of the active pack; a click
 * opens the Problems view with the pack as the active file.
 */
export class PackStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('roadmapPacks.status', vscode.StatusBarAlignment.Left, 50);
  private readonly subscriptions: vscode.Disposable[] = [];
  private pending?: ReturnType<typeof setTimeout>;
  /** The pack last active: the item keeps showing it while a preview or another view has focus. */
  private lastPack?: string;

  constructor(private readonly client: LanguageClient) {
    this.item.name = 'Roadmap pack';
    this.item.command = 'roadmapPacks.showProblems';
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.refreshSoon()),
      vscode.languages.onDidChangeDiagnostics((event) => event.uris.some((uri) => uri.toString() === this.activeUri()) && this.refreshSoon()),
    );
    this.refreshSoon();
  }

  async showProblems(): Promise<void> {
    await vscode.commands.executeCommand('workbench.actions.view.problems');
  }

  dispose(): void {
    clearTimeout(this.pending);
    this.item.dispose();
    this.subscriptions.forEach((subscription) => subscription.dispose());
  }

  private activeUri(): string | undefined {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return this.lastPack; // a webview (the preview) or a panel has focus
    this.lastPack = editor.document.languageId === 'roadmap-yaml' ? editor.document.uri.toString() : undefined;
    return this.lastPack;
  }

  private refreshSoon(): void {
    clearTimeout(this.pending);
    this.pending = setTimeout(() => void this.refresh(), 100);
  }

  private async refresh(): Promise<void> {
    const uri = this.activeUri();
    if (!uri) return this.item.hide();
    const summary = await this.client.sendRequest(packSummaryRequest, { uri }).catch(() => null);
    if (!summary) return this.item.hide();
    this.item.text = statusText(summary);
    this.item.tooltip = statusTooltip(summary);
    this.item.show();
  }
}

export function statusText(summary: PackSummaryResult): string {
  const peak = summary.peak ? ` · peak ${Math.round(summary.peak.utilisation * 100)}%` : '';
  return `$(error) ${summary.errors} $(warning) ${summary.warnings}${peak}`;
}

function statusTooltip(summary: PackSummaryResult): string {
  const peak = summary.peak ? `\nMost loaded: ${summary.peak.team} in ${summary.peak.quarter} at ${Math.round(summary.peak.utilisation * 100)}% of capacity` : '';
  return `Roadmap pack: ${summary.errors} errors, ${summary.warnings} warnings${peak}\nClick to open the Problems view`;
}
