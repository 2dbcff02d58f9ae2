/**
 * A diagnostic's rule page, inside VS Code: the code links to the page the
 * extension ships, opening it shows the Markdown preview (no browser, no
 * network), and the hover on the diagnostic quotes the page and links to it.
 */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { codeOf, markdownOf, openPack, positionOf, prepareWorkspace, waitForDiagnostics, waitForEvent } from './helpers';

const FEATURES = 'features/features.roadmap.yaml';

function allTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((group) => group.tabs);
}

/** The Markdown preview's tab of a rule page: a webview tab titled "Preview RPxxx.md". */
function previewTabOf(code: string): vscode.Tab | undefined {
  return allTabs().find((tab) => tab.input instanceof vscode.TabInputWebview && /markdown\.preview/.test(tab.input.viewType) && tab.label.includes(`${code}.md`));
}

function sourceTabsOfRulePages(): vscode.Tab[] {
  return allTabs().filter((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.scheme === 'roadmap-rule');
}

async function waitForPreview(code: string): Promise<vscode.Tab> {
  await waitForEvent(vscode.window.tabGroups.onDidChangeTabs, () => previewTabOf(code) !== undefined && sourceTabsOfRulePages().length === 0, `the Markdown preview of ${code}.md`);
  return previewTabOf(code)!;
}

async function closePreviews(): Promise<void> {
  const previews = allTabs().filter((tab) => tab.input instanceof vscode.TabInputWebview && /markdown\.preview/.test(tab.input.viewType));
  await vscode.window.tabGroups.close(previews);
}

describe('rule pages inside VS Code', () => {
  let unresolved: vscode.Diagnostic;
  let uri: vscode.Uri;
  let document: vscode.TextDocument;

  before(async () => {
    await prepareWorkspace();
    ({ uri, document } = await openPack(FEATURES));
    const diagnostics = await waitForDiagnostics(uri, (found) => found.some((d) => codeOf(d) === 'RP202'), 'the RP202 of `alpah`');
    unresolved = diagnostics.find((d) => codeOf(d) === 'RP202')!;
  });

  afterEach(closePreviews);

  it('links a diagnostic\'s code to the page the extension ships, not to a website', () => {
    const code = unresolved.code;
    assert.ok(typeof code === 'object' && code !== null, 'the diagnostic has no code target');
    assert.equal(code.target.toString(), 'roadmap-rule:/RP202.md');
  });

  it('opening the code target (as the hover and the Problems view do) shows the page rendered, in place of its source', async () => {
    const code = unresolved.code as { target: vscode.Uri };
    await vscode.commands.executeCommand('vscode.open', code.target);
    const tab = await waitForPreview('RP202');
    assert.equal(tab.isActive, true);
    assert.deepEqual(sourceTabsOfRulePages(), []);
  });

  it('roadmapPacks.openRule opens a rule\'s page in the Markdown preview', async () => {
    await vscode.commands.executeCommand('roadmapPacks.openRule', 'RP301');
    await waitForPreview('RP301');
    const extension = vscode.extensions.getExtension('roadmap-packs.roadmap-packs')!;
    const page = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension.extensionUri, 'docs', 'rules', 'RP301.md'));
    assert.match(new TextDecoder().decode(page), /^# RP301 dependency-cycle/);
  });

  it('the hover on a diagnostic quotes its rule page and links to it through the command', async () => {
    // Opening the page above may have replaced the pack's preview-mode tab: show the pack again.
    ({ uri, document } = await openPack(FEATURES));
    await waitForDiagnostics(uri, (found) => found.some((d) => codeOf(d) === 'RP202'), 'the RP202 of `alpah`');
    const position = positionOf(document, '- alpah', 1, 4);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
    const ours = hovers.find((hover) => /RP202/.test(markdownOf(hover)));
    assert.ok(ours, `no hover names RP202: ${hovers.map(markdownOf).join('\n---\n')}`);
    const text = markdownOf(ours);
    assert.match(text, /\*\*RP202\*\* `unresolved-reference`/);
    assert.match(text, /```yaml\n/);
    const link = /\[Open the rule page\]\((command:roadmapPacks\.openRule\?[^)]+)\)/.exec(text);
    assert.ok(link, text);
    assert.deepEqual(JSON.parse(decodeURIComponent(link[1].slice(link[1].indexOf('?') + 1))), ['RP202']);
    const content = ours.contents.find((part) => part instanceof vscode.MarkdownString && part.value.includes('Open the rule page')) as vscode.MarkdownString;
    assert.deepEqual(content.isTrusted, { enabledCommands: ['roadmapPacks.openRule'] });
  });
});
