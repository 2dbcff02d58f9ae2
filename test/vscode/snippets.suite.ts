/**
 * The pack snippets in a real editor (issue 12: the whole-pack snippet showed
 * in an `owner:` value). Packs turn VS Code's own snippet suggestions off
 * (`editor.snippetSuggestions: none`, package.json configurationDefaults) and
 * the language server offers each snippet as a template where it fits.
 *
 * `vscode.executeCompletionItemProvider` asks every provider with no kind
 * filter, so it still returns the contributed snippets that the suggest
 * widget hides under that setting: the tests below apply the widget's filter
 * themselves (drop kind Snippet when the setting is `none`); two accept the
 * widget's first suggestion, where VS Code applies the setting itself.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, fileUri, positionOf, prepareWorkspace, waitForEvent } from './helpers';

const PACK = ['pack: 1', 'title: Templates', 'horizon: 2026-Q3', 'teams:', '  - id: infra', '    engineers: 2', 'initiatives:', '  - id: alpha', '    title: Alpha', '    owner: ', '  - ', ''].join('\n');

interface SnippetFile {
  [name: string]: { prefix: string; body: string[] };
}

function snippets(): SnippetFile {
  const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
  return JSON.parse(readFileSync(vscode.Uri.joinPath(extension.extensionUri, 'snippets/roadmap-yaml.json').fsPath, 'utf8')) as SnippetFile;
}

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

function insertedText(item: vscode.CompletionItem): string {
  return typeof item.insertText === 'string' ? item.insertText : (item.insertText?.value ?? labelOf(item));
}

/** What the suggest widget lists at the position: every provider's items less those `editor.snippetSuggestions` hides. */
async function suggestionsAt(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position);
  const setting = vscode.workspace.getConfiguration('editor', document).get<string>('snippetSuggestions');
  return list.items.filter((item) => !(setting === 'none' && item.kind === vscode.CompletionItemKind.Snippet));
}

/**
 * Opens the suggest widget at the cursor and accepts its first row, again until the text changes
 * (the widget opens asynchronously) or `tries` run out; answers the cursor's line.
 */
async function acceptFirstSuggestion(document: vscode.TextDocument, tries: number): Promise<string> {
  const line = vscode.window.activeTextEditor!.selection.active.line;
  const before = document.getText();
  for (let i = 0; i < tries && document.getText() === before; i++) {
    await vscode.commands.executeCommand('editor.action.triggerSuggest');
    await new Promise((resolve) => setTimeout(resolve, 300));
    await vscode.commands.executeCommand('acceptSelectedSuggestion');
  }
  await vscode.commands.executeCommand('hideSuggestWidget');
  return document.lineAt(line).text;
}

async function openFresh(relative: string, text: string): Promise<{ document: vscode.TextDocument; editor: vscode.TextEditor }> {
  const uri = fileUri(relative);
  mkdirSync(dirname(uri.fsPath), { recursive: true });
  writeFileSync(uri.fsPath, text);
  const document = await vscode.workspace.openTextDocument(uri);
  return { document, editor: await vscode.window.showTextDocument(document) };
}

describe('pack snippets: offered where they fit', () => {
  before(async () => {
    await prepareWorkspace();
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('packs turn off VS Code\'s own snippet suggestions', async () => {
    const { document } = await openFresh('templates/setting.roadmap.yaml', PACK);
    assert.equal(vscode.workspace.getConfiguration('editor', document).get('snippetSuggestions'), 'none');
  });

  it('lists no snippet or template in an `owner:` value, only the teams', async () => {
    const { document } = await openFresh('templates/owner.roadmap.yaml', PACK);
    const items = await suggestionsAt(document, positionOf(document, 'owner: ', 1, 7));
    assert.deepEqual(items.filter((item) => item.kind === vscode.CompletionItemKind.Snippet || item.insertText instanceof vscode.SnippetString || /\n/.test(insertedText(item))).map(labelOf), []);
    assert.ok(items.some((item) => labelOf(item) === 'infra'), items.map(labelOf).join(', '));
  });

  it('lists the initiative template at an item position of `initiatives:`', async () => {
    const { document } = await openFresh('templates/item.roadmap.yaml', PACK);
    const items = await suggestionsAt(document, positionOf(document, '  - \n', 1, 4));
    const template = items.find((item) => labelOf(item) === 'rp-initiative');
    assert.ok(template, items.map(labelOf).join(', '));
    assert.equal(template.kind, vscode.CompletionItemKind.Struct);
    assert.ok(template.insertText instanceof vscode.SnippetString);
    const body = Object.values(snippets()).find((snippet) => snippet.prefix === 'rp-initiative')!.body.join('\n');
    assert.equal(template.insertText.value, body.replace(/^- /, ''), 'the shipped body, less the dash the line has');
  });

  it("the suggest widget in an `owner:` value: typing `inf` accepts the team, typing `rp` finds no snippet", async () => {
    const { document, editor } = await openFresh('templates/widget.roadmap.yaml', PACK);
    const typed = async (word: string) => {
      const line = positionOf(document, 'owner: ').line;
      await editor.edit((edit) => edit.replace(document.lineAt(line).range, `    owner: ${word}`));
      editor.selection = new vscode.Selection(line, 11 + word.length, line, 11 + word.length);
      return acceptFirstSuggestion(document, 10);
    };
    // The same spot and timing first accepts a suggestion, so the second finding none is no accident of timing.
    assert.equal(await typed('inf'), '    owner: infra');
    // With the editor's own snippet suggestions on, `rp` matched every snippet and the first was inserted.
    assert.equal(await typed('rp'), '    owner: rp');
  });

  it("accepting the suggest widget's first suggestion at an initiatives item inserts the template, indented under its dash", async () => {
    const { document, editor } = await openFresh('templates/accept.roadmap.yaml', PACK);
    const position = positionOf(document, '  - \n', 1, 4);
    editor.selection = new vscode.Selection(position, position);
    await acceptFirstSuggestion(document, 30);
    const inserted = document.getText().split('\n').slice(position.line, position.line + 3);
    assert.deepEqual(inserted, ['  - id: tracing', '    title: Distributed tracing + observability platform', '    theme: Observability']);
  });

  it("offers the whole-pack template in a new untitled pack, as the walkthrough's New Pack says (type `rp-pack` in it)", async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'roadmap-yaml', content: 'rp-' });
    await vscode.window.showTextDocument(document);
    const items = await suggestionsAt(document, new vscode.Position(0, 3));
    const pack = items.find((item) => labelOf(item) === 'rp-pack');
    assert.ok(pack, items.map(labelOf).join(', '));
    assert.equal(pack.kind, vscode.CompletionItemKind.Struct);
    assert.equal((pack.insertText as vscode.SnippetString).value, Object.values(snippets()).find((snippet) => snippet.prefix === 'rp-pack')!.body.join('\n'));
  });

  it('"Insert Snippet" still lists the pack snippets', async () => {
    const { document } = await openFresh('templates/insert.roadmap.yaml', '');
    let done = false;
    // With no argument the command opens its picker of the language's snippets; accept its first row.
    const running = Promise.resolve(vscode.commands.executeCommand('editor.action.insertSnippet')).finally(() => (done = true));
    for (let tries = 0; !done && tries < 50; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      if (!done) await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    }
    await running;
    await waitForEvent(vscode.workspace.onDidChangeTextDocument, () => document.getText() !== '', 'a snippet inserted');
    const year = String(new Date().getFullYear());
    const firstLines = Object.values(snippets()).map((snippet) => snippet.body[0].replace(/\$\{CURRENT_YEAR\}/g, year).replace(/\$\{\d+:([^}$]*)\}/g, '$1').replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1'));
    assert.ok(firstLines.includes(document.getText().split('\n')[0]), `inserted ${JSON.stringify(document.getText().slice(0, 80))}; first lines ${firstLines.join(' | ')}`);
  });
});
