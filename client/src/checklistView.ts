import * as vscode from 'vscode';
import { checklistNodes } from './checklistNodes';
import type { ChecklistNode } from './checklistNodes';
import type { ActiveChecklist, ChecklistSource } from './checklistSource';

export const CHECKLIST_VIEW = 'roadmapPacks.checklist';

/**
 * The Roadmap Checklist view: the strategy checklist the Problems view cannot
 * show (it lists no hints), for the active pack. The message above the tree
 * is the gate's verdict; the tree is checklistNodes' answer.
 */
export class ChecklistView implements vscode.TreeDataProvider<ChecklistNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<ChecklistNode>;
  private readonly subscriptions: vscode.Disposable[] = [];
  private shown?: ActiveChecklist;
  private roots: ChecklistNode[] = [];

  constructor(source: ChecklistSource) {
    this.view = vscode.window.createTreeView(CHECKLIST_VIEW, { treeDataProvider: this, showCollapseAll: true });
    this.subscriptions.push(this.view, this.changed, source.onDidChange((active) => this.show(active)));
    this.show(source.current);
  }

  /** The tree view itself: the walkthrough ticks its step when it is first visible. */
  get treeView(): vscode.TreeView<ChecklistNode> {
    return this.view;
  }

  /** What the view shows: the pack, the verdict and the tree (the extension-host suites read it). */
  get snapshot(): { uri?: string; message?: string; roots: ChecklistNode[] } {
    return { uri: this.shown?.uri.toString(), message: this.view.message, roots: this.roots };
  }

  getTreeItem(node: ChecklistNode): vscode.TreeItem {
    const state = node.children.length === 0 ? vscode.TreeItemCollapsibleState.None : node.expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
    const item = new vscode.TreeItem(node.label, state);
    item.description = node.description;
    item.tooltip = node.tooltip;
    item.iconPath = new vscode.ThemeIcon(node.icon.id, node.icon.color ? new vscode.ThemeColor(node.icon.color) : undefined);
    item.command = this.commandOf(node);
    return item;
  }

  getChildren(node?: ChecklistNode): ChecklistNode[] {
    return node ? node.children : this.roots;
  }

  dispose(): void {
    this.subscriptions.forEach((subscription) => subscription.dispose());
  }

  private show(active: ActiveChecklist | undefined): void {
    this.shown = active;
    this.roots = active ? checklistNodes(active.result) : [];
    // An empty tree shows the view's welcome content (package.json viewsWelcome).
    this.view.message = active ? active.result.verdictText : undefined;
    this.view.description = active?.result.title;
    this.changed.fire();
  }

  private commandOf(node: ChecklistNode): vscode.Command | undefined {
    if (node.opensProblems) return { title: 'Show Problems', command: 'workbench.actions.view.problems' };
    if (node.opens) return { title: 'Open Pack', command: 'vscode.open', arguments: [vscode.Uri.parse(node.opens)] };
    if (!node.range || !this.shown) return undefined;
    const { start, end } = node.range;
    const selection = new vscode.Range(start.line, start.character, end.line, end.character);
    return { title: 'Go to Source', command: 'vscode.open', arguments: [this.shown.uri, { selection, preserveFocus: false } satisfies vscode.TextDocumentShowOptions] };
  }
}
