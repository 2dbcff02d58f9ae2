import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { WebviewState } from '../../../protocol/webview';
import { PREVIEW_VIEW_TYPE, PreviewPanel, webviewOptions } from './previewPanel';

/**
 * Opens previews, one per pack: the unlocked one follows the active pack
 * editor, locked ones stay on theirs. Panels come back after a window reload
 * through the serializer.
 */
export class PreviewManager implements vscode.Disposable {
  private readonly panels = new Set<PreviewPanel>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly client: BaseLanguageClient,
    private readonly extensionUri: vscode.Uri,
    /** A pack's comparison with a revision started or ended: its preview draws the baseline, or stops. */
    comparisonChanged: vscode.Event<vscode.Uri>,
  ) {
    this.disposables.push(
      comparisonChanged((uri) => this.openPanels.filter((panel) => panel.packUri.toString() === uri.toString()).forEach((panel) => void panel.refresh())),
      vscode.commands.registerCommand('roadmapPacks.openPreviewToSide', (uri?: vscode.Uri) => this.open(uri, vscode.ViewColumn.Beside)),
      vscode.commands.registerCommand('roadmapPacks.openPreview', (uri?: vscode.Uri) => this.open(uri, vscode.ViewColumn.Active)),
      vscode.commands.registerCommand('roadmapPacks.togglePreviewLock', () => this.activePanel()?.toggleLock()),
      vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, { deserializeWebviewPanel: (panel, state) => this.revive(panel, state as WebviewState | undefined) }),
      vscode.window.onDidChangeActiveTextEditor((editor) => this.follow(editor)),
    );
  }

  get openPanels(): readonly PreviewPanel[] {
    return [...this.panels];
  }

  async open(uri: vscode.Uri | undefined, column: vscode.ViewColumn): Promise<PreviewPanel | undefined> {
    const target = uri ?? activePackUri();
    if (!target) {
      void vscode.window.showInformationMessage('Open a roadmap pack (*.roadmap.yaml) to preview it.');
      return undefined;
    }
    const existing = [...this.panels].find((panel) => panel.packUri.toString() === target.toString());
    if (existing) {
      existing.panel.reveal(column);
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, 'Preview', { viewColumn: column, preserveFocus: true }, { ...webviewOptions(this.extensionUri), retainContextWhenHidden: false });
    return this.track(new PreviewPanel(panel, target, this.client, this.extensionUri, false));
  }

  dispose(): void {
    this.panels.forEach((panel) => panel.dispose());
    this.disposables.forEach((disposable) => disposable.dispose());
  }

  private async revive(panel: vscode.WebviewPanel, state: WebviewState | undefined): Promise<void> {
    if (!state?.uri) {
      panel.dispose();
      return;
    }
    const scenario = typeof state.scenario === 'string' ? state.scenario : undefined;
    this.track(new PreviewPanel(panel, vscode.Uri.parse(state.uri), this.client, this.extensionUri, false, scenario));
  }

  private track(preview: PreviewPanel): PreviewPanel {
    this.panels.add(preview);
    preview.onDidDispose(() => this.panels.delete(preview));
    return preview;
  }

  private follow(editor: vscode.TextEditor | undefined): void {
    if (!editor || editor.document.languageId !== 'roadmap-yaml') return;
    const uri = editor.document.uri;
    if ([...this.panels].some((panel) => panel.packUri.toString() === uri.toString())) return;
    [...this.panels].find((panel) => !panel.locked)?.show(uri);
  }

  private activePanel(): PreviewPanel | undefined {
    return [...this.panels].find((panel) => panel.panel.active) ?? [...this.panels][0];
  }
}

function activePackUri(): vscode.Uri | undefined {
  const document = vscode.window.activeTextEditor?.document;
  return document?.languageId === 'roadmap-yaml' ? document.uri : undefined;
}
