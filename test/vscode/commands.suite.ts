import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import * as vscode from 'vscode';
import { EXAMPLE_PACK, EXTENSION_ID, fileUri, openPack, prepareWorkspace, waitForDiagnostics, waitForEvent } from './helpers';

const NEW_BRIEF_PACK = 'new-brief/new-brief.roadmap.yaml';

function previewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.includes('roadmapPacks.preview'));
}

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

interface Walkthrough {
  id: string;
  title: string;
  steps: { id: string; title: string; description: string; media: { markdown?: string; image?: Record<'light' | 'dark' | 'hc' | 'hcLight', string>; altText?: string }; completionEvents?: string[] }[];
}

interface SnippetFile {
  [name: string]: { prefix: string; body: string[] | string; description?: string };
}

describe('commands, the preview and snippets', () => {
  before(async () => {
    await prepareWorkspace();
  });

  it('opens the example shipped with the extension, and checks it', async () => {
    await vscode.commands.executeCommand('roadmapPacks.openExample');
    const editor = vscode.window.activeTextEditor!;
    assert.ok(editor.document.uri.path.endsWith('/examples/platform-reliability/platform-reliability.roadmap.yaml'), editor.document.uri.toString());
    assert.equal(editor.document.languageId, 'roadmap-yaml');
    const diagnostics = await waitForDiagnostics(editor.document.uri, (found) => found.some((d) => String(typeof d.code === 'object' ? d.code.value : d.code) === 'RP502'), 'the example checked');
    assert.ok(!diagnostics.some((d) => d.severity === vscode.DiagnosticSeverity.Error));
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('opens the preview of the pack in a webview panel beside the editor', async () => {
    const { uri } = await openPack(EXAMPLE_PACK);
    await vscode.commands.executeCommand('workbench.action.closeEditorsInOtherGroups');
    await vscode.commands.executeCommand('roadmapPacks.openPreviewToSide', uri);
    await waitForEvent(vscode.window.tabGroups.onDidChangeTabs, () => previewTabs().length > 0, 'a preview tab');
    const [tab] = previewTabs();
    assert.equal(tab.label, 'Preview platform-reliability.roadmap.yaml');
    assert.notEqual(tab.group.viewColumn, vscode.ViewColumn.One, 'to the side of the pack');
    // Opening it again reveals the same panel.
    await vscode.commands.executeCommand('roadmapPacks.openPreviewToSide', uri);
    assert.equal(previewTabs().length, 1);
    await vscode.window.tabGroups.close(previewTabs());
  });

  it('writes a new brief beside the pack and links it from the initiative', async () => {
    const { uri } = await openPack(NEW_BRIEF_PACK);
    const brief = await vscode.commands.executeCommand<vscode.Uri | undefined>('roadmapPacks.newBrief', uri, 'beta');
    assert.ok(brief, 'the command returns the brief it wrote');
    assert.equal(brief.fsPath, fileUri('new-brief/briefs/beta.md').fsPath);
    assert.ok(existsSync(brief.fsPath));
    const text = readFileSync(brief.fsPath, 'utf8');
    assert.match(text, /^---\n(.*\n)*initiative: beta\n/);
    assert.match(text, /## Problem \/ opportunity/);
    assert.match(readFileSync(uri.fsPath, 'utf8'), /brief: briefs\/beta\.md/, 'the pack on disk names the brief');
    assert.equal(vscode.window.activeTextEditor?.document.uri.fsPath, brief.fsPath, 'the brief is opened');
    // Asked again, it leaves the brief as it is.
    const again = await vscode.commands.executeCommand<vscode.Uri | undefined>('roadmapPacks.newBrief', uri, 'beta');
    assert.equal(again?.fsPath, brief.fsPath);
    assert.equal(readFileSync(brief.fsPath, 'utf8'), text);
  });

  it('picks the initiative under the cursor, and links the brief without saving the pack\'s other unsaved edits', async () => {
    const { uri, document, editor } = await openPack(NEW_BRIEF_PACK);
    const onDisk = readFileSync(uri.fsPath, 'utf8');
    assert.ok(!onDisk.includes('briefs/gamma.md'));
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), '# an unsaved note\n'));
    const line = document.getText().split('\n').findIndex((text) => text.includes('title: Gamma work'));
    editor.selection = new vscode.Selection(line, 4, line, 4);
    // No initiative given: the command asks, and accepting the picker as it opens takes the one it starts on.
    let done = false;
    const running = Promise.resolve(vscode.commands.executeCommand<vscode.Uri | undefined>('roadmapPacks.newBrief')).finally(() => (done = true));
    for (let tries = 0; !done && tries < 100; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      if (!done) await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    }
    const brief = await running;
    assert.equal(brief?.fsPath, fileUri('new-brief/briefs/gamma.md').fsPath, 'the initiative under the cursor was preselected');
    assert.match(readFileSync(brief.fsPath, 'utf8'), /initiative: gamma\n/);
    assert.equal(readFileSync(uri.fsPath, 'utf8'), onDisk, 'the pack on disk is as it was: neither the note nor the link was saved');
    assert.ok(document.isDirty);
    assert.match(document.getText(), /^# an unsaved note\n/);
    assert.match(document.getText(), /brief: briefs\/gamma\.md/, 'the link is in the editor, unsaved, beside the note');
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('generates the monthly status update for a chosen month', async () => {
    const document = await vscode.commands.executeCommand<vscode.TextDocument | undefined>('roadmapPacks.statusUpdate', fileUri(EXAMPLE_PACK), { year: 2026, month: 8 });
    assert.ok(document);
    assert.equal(document.languageId, 'markdown');
    const text = document.getText();
    assert.equal(text.split('\n')[0], '## Platform Engineering -- Reliability & Scale -- Monthly Status Update');
    assert.ok(text.includes('**Period:** August 2026'), text.slice(0, 400));
    assert.equal(vscode.window.activeTextEditor?.document, document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('shows the quality gate of the pack', async () => {
    const document = await vscode.commands.executeCommand<vscode.TextDocument | undefined>('roadmapPacks.qualityGate', fileUri(EXAMPLE_PACK));
    assert.ok(document);
    assert.equal(document.languageId, 'markdown');
    assert.match(document.getText(), /Platform Engineering -- Reliability & Scale/);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('exports the report to the file the save dialog answers, in the format its name says', async () => {
    const folder = vscode.Uri.file(dirname(fileUri(EXAMPLE_PACK).fsPath));
    const html = vscode.Uri.joinPath(folder, 'exported-report.html');
    const markdown = vscode.Uri.joinPath(folder, 'exported-report.md');
    try {
      assert.equal((await vscode.commands.executeCommand<vscode.Uri>('roadmapPacks.exportReport', fileUri(EXAMPLE_PACK), html))?.toString(), html.toString());
      const page = new TextDecoder().decode(await vscode.workspace.fs.readFile(html));
      assert.match(page, /^<!DOCTYPE html>/);
      assert.match(page, /<section id="gantt">/);
      assert.match(page, /default-src &#39;none&#39;/);
      assert.ok(page.length > 1_000_000, 'Mermaid inlined');
      await vscode.commands.executeCommand('roadmapPacks.exportReport', fileUri(EXAMPLE_PACK), markdown);
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(markdown));
      assert.equal(text.split('\n')[0], '# Platform Engineering -- Reliability & Scale');
      assert.match(text, /^```mermaid$/m);
    } finally {
      for (const uri of [html, markdown]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
  });

  it('contributes the walkthrough, whose steps have their media and name commands that exist', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    const [walkthrough] = extension.packageJSON.contributes.walkthroughs as Walkthrough[];
    assert.equal(walkthrough.title, 'Get started with roadmap packs');
    const commands = new Set(await vscode.commands.getCommands(true));
    const linked: string[] = [];
    for (const step of walkthrough.steps) {
      // A picture per theme (light, dark, high contrast dark and light), described for screen readers.
      assert.deepEqual(Object.keys(step.media.image ?? {}).sort(), ['dark', 'hc', 'hcLight', 'light'], step.id);
      assert.ok(step.media.altText, `${step.id}: altText`);
      for (const media of Object.values(step.media.image!)) assert.ok(existsSync(vscode.Uri.joinPath(extension.extensionUri, media).fsPath), `${step.id}: ${media}`);
      // A step ticks on what happened (a context key, a view, a language), not on a button that may have done nothing.
      assert.ok(step.completionEvents?.length, step.id);
      for (const [, command] of step.description.matchAll(/\(command:([\w.]+)/g)) linked.push(command);
    }
    assert.deepEqual(linked.filter((command) => !commands.has(command)), []);
    for (const command of ['roadmapPacks.walkthrough.openPreview', 'roadmapPacks.checklist.focus', 'roadmapPacks.newBrief', 'roadmapPacks.statusUpdate', 'roadmapPacks.qualityGate']) assert.ok(linked.includes(command), command);
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${EXTENSION_ID}#${walkthrough.id}`, false);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('contributes snippets for packs and briefs, which VS Code registers (in packs the suggest widget hides them: the server offers them where they fit, see snippets.suite)', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    const contributed = extension.packageJSON.contributes.snippets as { language: string; path: string }[];
    assert.deepEqual(contributed.map((s) => s.language).sort(), ['markdown', 'roadmap-yaml']);
    for (const { language, path } of contributed) {
      const snippets = JSON.parse(readFileSync(vscode.Uri.joinPath(extension.extensionUri, path).fsPath, 'utf8')) as SnippetFile;
      const prefixes = Object.values(snippets).map((snippet) => snippet.prefix);
      assert.ok(prefixes.length > 0);
      const document = await vscode.workspace.openTextDocument({ language, content: 'rp-' });
      await vscode.window.showTextDocument(document);
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(0, 3));
      const offered = list.items.filter((item) => item.kind === vscode.CompletionItemKind.Snippet).map(labelOf);
      assert.ok(prefixes.every((prefix) => offered.includes(prefix)), `${language}: offered ${offered.join(', ')}; contributed ${prefixes.join(', ')}`);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it('inserts the whole-pack snippet, and the pack it makes checks clean', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    const snippets = JSON.parse(readFileSync(vscode.Uri.joinPath(extension.extensionUri, 'snippets/roadmap-yaml.json').fsPath, 'utf8')) as SnippetFile;
    const pack = Object.values(snippets).find((snippet) => snippet.prefix === 'rp-pack')!;
    // Start from a pack with an error, so the clean re-check is an event to wait for. A file, not an
    // untitled document: the server keeps a closed untitled Markdown document as a brief, and its
    // (empty) diagnostics then replace those of a later untitled pack with the same name.
    const uri = fileUri('snippet/snippet.roadmap.yaml');
    mkdirSync(dirname(uri.fsPath), { recursive: true });
    writeFileSync(uri.fsPath, 'pack: 2\n');
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document);
    await waitForDiagnostics(document.uri, (found) => found.some((d) => d.severity === vscode.DiagnosticSeverity.Error), 'an error in `pack: 2`');
    const body = Array.isArray(pack.body) ? pack.body.join('\n') : pack.body;
    const whole = new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length));
    assert.ok(await editor.insertSnippet(new vscode.SnippetString(body), whole));
    assert.match(document.getText(), /^pack: 1\ntitle: Platform Engineering -- Reliability & Scale\n/);
    assert.match(document.getText(), /\n {4}owner: infra\n/, 'the team id is mirrored into the owner');
    // The snippet dates its plan in Q3 of the real year (CURRENT_YEAR): checked as of the plan's
    // second week, whatever the real date (later in the year its initiative is out of date, RP404).
    const year = /^horizon: (\d{4})-Q3/m.exec(document.getText())![1];
    const settings = vscode.workspace.getConfiguration('roadmapPacks');
    await settings.update('today', `${year}-07-08`, vscode.ConfigurationTarget.Workspace);
    try {
      const after = await waitForDiagnostics(document.uri, (found) => !found.some((d) => d.severity === vscode.DiagnosticSeverity.Error), 'the re-check without errors');
      const clean = (found: vscode.Diagnostic[]) => found.filter((d) => d.severity !== vscode.DiagnosticSeverity.Hint).map((d) => d.message);
      const settled = clean(after).length === 0 ? after : await waitForDiagnostics(document.uri, (found) => clean(found).length === 0, `the re-check as of ${year}-07-08`);
      assert.deepEqual(clean(settled), []);
    } finally {
      await settings.update('today', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
