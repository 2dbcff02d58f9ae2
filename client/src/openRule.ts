import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient';
import { DOCS_BASE, ruleCodeOfDocsUrl } from '../../server/src/pack/docsLink';

export const OPEN_RULE_COMMAND = 'roadmapPacks.openRule';

/**
 * A diagnostic's code links here instead of to the website. VS Code opens a
 * code target with its opener: the hover and the peek pass no `allowCommands`,
 * so a `command:` target would do nothing there (only the Problems view allows
 * commands). A URI of our own scheme opens in both as a text editor, which
 * `RulePageOpener` replaces at once by the Markdown preview of the shipped page.
 */
export const RULE_PAGE_SCHEME = 'roadmap-rule';

export function rulePageUri(code: string): vscode.Uri {
  return vscode.Uri.from({ scheme: RULE_PAGE_SCHEME, path: `/${code}.md` });
}

function codeOfRulePageUri(uri: vscode.Uri): string | undefined {
  return uri.scheme === RULE_PAGE_SCHEME ? /^\/(RP\d{3})\.md$/.exec(uri.path)?.[1] : undefined;
}

/**
 * Opens rule pages rendered, from the copies shipped in the extension
 * (docs/rules), offline: the `roadmapPacks.openRule` command, and any
 * `roadmap-rule:` editor, which it swaps for the page's preview.
 */
export class RulePageOpener implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly extensionUri: vscode.Uri) {
    this.disposables = [
      vscode.workspace.registerTextDocumentContentProvider(RULE_PAGE_SCHEME, this),
      vscode.commands.registerCommand(OPEN_RULE_COMMAND, (code?: unknown) => this.open(code)),
      vscode.window.tabGroups.onDidChangeTabs(({ opened }) => void this.replaceSourceTabs(opened)),
    ];
  }

  pageFile(code: string): vscode.Uri {
    return vscode.Uri.joinPath(this.extensionUri, 'docs', 'rules', `${code}.md`);
  }

  /** The page's text, should anything show the `roadmap-rule:` document itself. */
  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const code = codeOfRulePageUri(uri);
    return code ? new TextDecoder().decode(await vscode.workspace.fs.readFile(this.pageFile(code))) : '';
  }

  /** Shows the rule's page in the Markdown preview; with no valid code, asks which rule. */
  async open(code?: unknown): Promise<void> {
    const chosen = typeof code === 'string' && /^RP\d{3}$/.test(code) ? code : await this.pickRule();
    if (chosen) await vscode.commands.executeCommand('markdown.showPreview', this.pageFile(chosen));
  }

  private async pickRule(): Promise<string | undefined> {
    const folder = vscode.Uri.joinPath(this.extensionUri, 'docs', 'rules');
    const entries = await vscode.workspace.fs.readDirectory(folder).then(undefined, () => []);
    const codes = entries.map(([name]) => /^(RP\d{3})\.md$/.exec(name)?.[1]).filter((code): code is string => Boolean(code)).sort();
    return vscode.window.showQuickPick(codes, { placeHolder: 'Open the page of which rule?' });
  }

  private async replaceSourceTabs(opened: readonly vscode.Tab[]): Promise<void> {
    for (const tab of opened) {
      const code = tab.input instanceof vscode.TabInputText ? codeOfRulePageUri(tab.input.uri) : undefined;
      if (!code) continue;
      await vscode.window.tabGroups.close(tab);
      await this.open(code);
    }
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}

/**
 * The client's middleware: diagnostic codes target the in-editor page, and the
 * hover's links to a rule page become trusted links to the command (hover
 * Markdown drops links of other schemes). The server keeps the website
 * address, for other editors; the CLI's outputs keep it too.
 */
export const rulePageMiddleware: Middleware = {
  handleDiagnostics(uri, diagnostics, next) {
    for (const diagnostic of diagnostics) {
      const code = diagnostic.code;
      const rule = typeof code === 'object' ? ruleCodeOfDocsUrl(code.target.toString(true)) : undefined;
      if (typeof code === 'object' && rule) diagnostic.code = { value: code.value, target: rulePageUri(rule) };
    }
    next(uri, diagnostics);
  },
  async provideHover(document, position, token, next) {
    const hover = await next(document, position, token);
    return hover ? new vscode.Hover(hover.contents.map(withCommandLinks), hover.range) : hover;
  },
};

const ESCAPED_DOCS_BASE = DOCS_BASE.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

function withCommandLinks(content: vscode.MarkdownString | vscode.MarkedString): vscode.MarkdownString | vscode.MarkedString {
  if (!(content instanceof vscode.MarkdownString) || !content.value.includes(DOCS_BASE)) return content;
  const docsLink = new RegExp(`\\]\\(${ESCAPED_DOCS_BASE}(RP\\d{3})\\.md\\)`, 'g');
  const value = content.value.replace(docsLink, (_link, code: string) => `](command:${OPEN_RULE_COMMAND}?${encodeURIComponent(JSON.stringify([code]))})`);
  const rewritten = new vscode.MarkdownString(value, content.supportThemeIcons);
  rewritten.supportHtml = content.supportHtml;
  rewritten.isTrusted = { enabledCommands: [OPEN_RULE_COMMAND] };
  return rewritten;
}
