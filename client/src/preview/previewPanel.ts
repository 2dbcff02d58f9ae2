import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { ViewsResult, locateRequest, viewsRequest } from '../../../protocol/requests';
import { GROUP_PREFIX, VIEWS } from '../../../protocol/views';
import type { ViewName } from '../../../protocol/views';
import type { FromWebview, PreviewOptions, ToWebview, WebviewState } from '../../../protocol/webview';
import { previewHtml } from './html';
import { CLEAR_COMMAND } from '../compare/compareCommand';

export const PREVIEW_VIEW_TYPE = 'roadmapPacks.preview';
/** Typing re-draws at most this often: Mermaid is the slow part, and a half-typed line draws nothing new. */
const REDRAW_DELAY_MS = 300;

/**
 * One webview showing one pack. The panel asks the language server for the
 * Mermaid text of every view and posts it to the webview; the webview draws
 * it and reports clicks, which the panel turns into editor selections.
 */
export class PreviewPanel implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private pending?: ReturnType<typeof setTimeout>;
  private options: PreviewOptions;
  private readonly disposeEmitter = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.disposeEmitter.event;
  /**
   * The first views, asked for while the webview is still starting (loading
   * Mermaid takes longer than the server takes to draw), posted on `ready`.
   */
  private early: Promise<ViewsResult | null> | undefined;

  constructor(
    readonly panel: vscode.WebviewPanel,
    private uri: vscode.Uri,
    private readonly client: BaseLanguageClient,
    private readonly extensionUri: vscode.Uri,
    locked: boolean,
    scenario?: string,
  ) {
    this.options = { groupBy: 'quarter', weekly: false, locked, ...(scenario !== undefined ? { scenario } : {}) };
    panel.webview.options = webviewOptions(extensionUri);
    this.early = this.fetchViews();
    panel.webview.html = this.html();
    this.updateTitle();
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((message: FromWebview) => void this.onMessage(message)),
      vscode.workspace.onDidChangeTextDocument((event) => event.document.uri.toString() === this.uri.toString() && this.refreshSoon()),
      vscode.languages.onDidChangeDiagnostics((event) => event.uris.some((uri) => uri.toString() === this.uri.toString()) && this.refreshSoon()),
    );
  }

  get packUri(): vscode.Uri {
    return this.uri;
  }

  get locked(): boolean {
    return this.options.locked;
  }

  /** Shows another pack in this panel (an unlocked preview follows the active editor). */
  show(uri: vscode.Uri): void {
    if (uri.toString() === this.uri.toString()) return;
    this.uri = uri;
    this.updateTitle();
    void this.refresh();
  }

  toggleLock(): void {
    this.options = { ...this.options, locked: !this.options.locked };
    this.updateTitle();
    void this.refresh();
  }

  refreshSoon(): void {
    this.early = undefined; // the text changed: what was asked for early is stale
    clearTimeout(this.pending);
    this.pending = setTimeout(() => void this.refresh(), REDRAW_DELAY_MS);
  }

  async refresh(): Promise<void> {
    this.early = undefined;
    const drawn = await this.fetchViews();
    return this.post(drawn);
  }

  private fetchViews(): Promise<ViewsResult | null> {
    return Promise.resolve(this.client.sendRequest(viewsRequest, { uri: this.uri.toString(), views: [...VIEWS], groupBy: this.options.groupBy, weekly: this.options.weekly, focus: this.options.focus, focusView: this.options.focusView, scenario: this.options.scenario })).catch(() => null);
  }

  private async post(drawn: ViewsResult | null): Promise<void> {
    if (!drawn) return;
    // A scenario the pack no longer has is drawn as the pack: the picker says so, and the choice is kept should it come back.
    const options: PreviewOptions = { ...this.options, scenario: drawn.scenario };
    const message: ToWebview = { type: 'update', uri: this.uri.toString(), version: drawn.version, title: drawn.title, views: drawn.views, errors: drawn.errors, ...(drawn.comparedWith !== undefined ? { comparedWith: drawn.comparedWith } : {}), ...(drawn.scenarios ? { scenarios: drawn.scenarios } : {}), ...(drawn.portfolio ? { portfolio: drawn.portfolio } : {}), options };
    await this.panel.webview.postMessage(message);
  }

  dispose(): void {
    clearTimeout(this.pending);
    this.disposables.forEach((disposable) => disposable.dispose());
    this.disposeEmitter.fire();
    this.disposeEmitter.dispose();
  }

  /** What a restored webview needs to find its pack again. */
  state(view: ViewName = 'gantt'): WebviewState {
    return { uri: this.uri.toString(), view, zoom: 1, scroll: { x: 0, y: 0 } };
  }

  private async onMessage(message: FromWebview): Promise<void> {
    switch (message.type) {
      case 'ready': {
        const early = this.early;
        this.early = undefined;
        return early ? this.post(await early) : this.refresh();
      }
      case 'reveal':
        return this.reveal(message.id, message.view);
      case 'showProblems':
        await vscode.window.showTextDocument(this.uri, { viewColumn: vscode.ViewColumn.One, preserveFocus: true });
        await vscode.commands.executeCommand('workbench.actions.view.problems');
        return;
      case 'clearComparison':
        await vscode.commands.executeCommand(CLEAR_COMMAND, this.uri);
        return;
      case 'exportSvg':
        return this.exportSvg(message.svg, message.view);
      case 'copySource':
        await vscode.env.clipboard.writeText(message.text);
        void vscode.window.setStatusBarMessage(message.view === 'metrics' ? 'Metrics table copied as Markdown' : message.view === 'forecast' ? 'Forecast table copied as Markdown' : 'Mermaid source copied', 2000);
        return;
      case 'setOption':
        this.options = { ...this.options, [message.option]: message.value ?? undefined };
        // Another grouping has other groups: a drill-down does not carry over.
        if (message.option === 'groupBy' || (message.option === 'focus' && message.value === null)) this.options = { ...this.options, focus: undefined, focusView: undefined };
        return this.refresh();
      default:
        return;
    }
  }

  /** Click-to-source: select the id where it is defined; a click on a group drills down into it. */
  private async reveal(id: string, view?: ViewName): Promise<void> {
    if (id.startsWith(GROUP_PREFIX)) {
      this.options = { ...this.options, focus: id.slice(GROUP_PREFIX.length), focusView: view };
      return this.refresh();
    }
    const location = await this.client.sendRequest(locateRequest, { uri: this.uri.toString(), id }).catch(() => null);
    if (!location) return;
    const range = new vscode.Range(location.range.start.line, location.range.start.character, location.range.end.line, location.range.end.character);
    const editor = await vscode.window.showTextDocument(vscode.Uri.parse(location.uri), { viewColumn: vscode.ViewColumn.One, selection: range });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private async exportSvg(svg: string, view: ViewName): Promise<void> {
    const base = this.uri.path.replace(/\.roadmap\.ya?ml$/i, '');
    const target = await vscode.window.showSaveDialog({ defaultUri: this.uri.with({ path: `${base}.${view}.svg` }), filters: { SVG: ['svg'] } });
    if (target) await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(svg));
  }

  private updateTitle(): void {
    const name = this.uri.path.split('/').pop() ?? 'pack';
    this.panel.title = `${this.options.locked ? '[Locked] ' : ''}Preview ${name}`;
  }

  private html(): string {
    const webview = this.panel.webview;
    const media = (file: string) => webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', file)).toString();
    return previewHtml({ scriptUri: media('preview.js'), styleUri: media('preview.css'), cspSource: webview.cspSource, nonce: nonce() });
  }
}

/** Scripts on, and files from the extension's media folder only. */
export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media')] };
}

function nonce(): string {
  const bytes = new Uint8Array(24);
  globalThis.crypto.getRandomValues(bytes);
  // Hex, not Buffer's base64: the web extension host has no Buffer.
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
