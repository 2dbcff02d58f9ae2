import * as vscode from 'vscode';
import { WALKTHROUGH_CONTEXT, markDone } from './walkthrough';

const SCHEME = 'roadmap-report';

/**
 * Generated reports (the quality gate) opened rendered, in VS Code's Markdown
 * preview, from read-only virtual documents: the reader sees the report, not
 * its source with `\_` escapes, and closing it asks nothing about saving.
 */
export class ReportDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly texts = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly registration = vscode.workspace.registerTextDocumentContentProvider(SCHEME, this);

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString()) ?? '';
  }

  /** Shows `content` rendered, under `name` (one document per name: opening it again shows the new text). */
  async showRendered(name: string, content: string): Promise<vscode.TextDocument> {
    const uri = vscode.Uri.from({ scheme: SCHEME, path: `/${name.replace(/[/\\]/g, '-')}.md` });
    this.texts.set(uri.toString(), content);
    this.changed.fire(uri);
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.commands.executeCommand('markdown.showPreview', uri);
    markDone(WALKTHROUGH_CONTEXT.reportShown);
    return document;
  }

  dispose(): void {
    this.registration.dispose();
    this.changed.dispose();
  }
}
