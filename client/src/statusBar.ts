import * as vscode from 'vscode';
import type { ChecklistResult } from '../../protocol/requests';
import type { ActiveChecklist, ChecklistSource } from './checklistSource';
import { CHECKLIST_VIEW } from './checklistView';

/**
 * What only this extension knows about the active pack: the quality gate's
 * verdict and the peak team utilisation (VS Code's own counters already show
 * errors and warnings). A click opens the Roadmap Checklist view.
 */
export class PackStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('roadmapPacks.status', vscode.StatusBarAlignment.Left, 50);
  private readonly subscription: vscode.Disposable;
  private visible = false;

  constructor(source: ChecklistSource) {
    this.item.name = 'Roadmap pack';
    this.item.command = { title: 'Open the Roadmap Checklist', command: `${CHECKLIST_VIEW}.focus` };
    this.subscription = source.onDidChange((active) => this.show(active));
    this.show(source.current);
  }

  /** The item's text and tooltip as shown (the extension-host suites read them); undefined while hidden. */
  get shown(): { text: string; tooltip: string } | undefined {
    return this.visible ? { text: this.item.text, tooltip: (this.item.tooltip as vscode.MarkdownString).value } : undefined;
  }

  async showProblems(): Promise<void> {
    await vscode.commands.executeCommand('workbench.actions.view.problems');
  }

  dispose(): void {
    this.item.dispose();
    this.subscription.dispose();
  }

  private show(active: ActiveChecklist | undefined): void {
    this.visible = active !== undefined;
    if (!active) return this.item.hide();
    this.item.text = statusText(active.result);
    this.item.tooltip = new vscode.MarkdownString(statusTooltip(active.result));
    this.item.show();
  }
}

/** `$(pass) Ship · peak 98%`: the verdict, then the most loaded team-quarter. */
export function statusText(result: ChecklistResult): string {
  const icon = result.verdict === 'Ship' ? '$(pass)' : '$(checklist)';
  const peak = result.peak ? ` · peak ${Math.round(result.peak.utilisation * 100)}%` : '';
  return `${icon} ${result.verdict}${peak}`;
}

function statusTooltip(result: ChecklistResult): string {
  const lines = [`**Quality gate:** ${plain(result.verdictText)}`];
  if (result.peak) lines.push(`**Peak load:** ${plain(result.peak.team)} in ${result.peak.quarter} at ${Math.round(result.peak.utilisation * 100)}% of capacity (after BAU)`);
  else lines.push('**Peak load:** no work planned against a team yet');
  lines.push('Click to open the Roadmap Checklist: each dimension of the gate, and what is missing, with a link to it.');
  return lines.join('\n\n');
}

/** Pack text shown as itself in the Markdown tooltip. */
function plain(text: string): string {
  return text.replace(/[\\`*_{}[\]<>|#]/g, (c) => `\\${c}`);
}
