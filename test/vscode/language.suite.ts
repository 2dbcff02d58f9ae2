import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { codeOf, codesOf, markdownOf, openPack, positionOf, prepareWorkspace, waitForDiagnostics } from './helpers';

/** Each test that edits gets its own copy of the features pack (scripts/testWorkspace.mjs makes them). */
const FEATURES = 'features/features.roadmap.yaml';
const QUICK_FIX = 'quickfix/quickfix.roadmap.yaml';
const RENAME = 'rename/rename.roadmap.yaml';

function startOf(location: vscode.Location | vscode.LocationLink): vscode.Position {
  return 'targetRange' in location ? (location.targetSelectionRange ?? location.targetRange).start : location.range.start;
}

describe('language features through the VS Code API', () => {
  before(async () => {
    await prepareWorkspace();
  });

  it('completes owners with the pack\'s teams', async () => {
    const { uri, document } = await openPack(FEATURES);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, positionOf(document, 'owner: infra', 1, 7));
    const infra = list.items.find((item) => labelOf(item) === 'infra');
    assert.ok(infra, list.items.map((item) => JSON.stringify(item.label)).join(', '));
    assert.equal(infra.detail, 'Infra Squad');
  });

  it('completes dependencies, striking through the one that would close a cycle', async () => {
    const original = readFileSync(vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, FEATURES).fsPath, 'utf8');
    const document = await vscode.workspace.openTextDocument({ language: 'roadmap-yaml', content: original.replace('depends_on: [alpha, gamma]', 'depends_on: [alpha, ]') });
    await vscode.window.showTextDocument(document);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, positionOf(document, 'alpha, ]', 1, 7));
    const gamma = list.items.find((item) => labelOf(item) === 'gamma');
    assert.ok(gamma, list.items.map((item) => JSON.stringify(item.label)).join(', '));
    // The title shows on every row of the list, not only on the highlighted one.
    assert.equal(typeof gamma.label === 'string' ? undefined : gamma.label.description, 'Gamma work');
    assert.deepEqual(gamma.tags, [vscode.CompletionItemTag.Deprecated]);
    assert.match(gamma.detail ?? '', /would create a dependency cycle/);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('shows an initiative card on hover', async () => {
    const { uri, document } = await openPack(FEATURES);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, positionOf(document, 'alpha,', 1, 1));
    const text = hovers.map(markdownOf).join('\n');
    assert.match(text, /\*\*alpha\*\* — Alpha work/);
    assert.match(text, /Mon 6 Jul 2026 – Sun 2 Aug 2026/);
  });

  it('goes to the definition of a referenced id and of a team named by its name', async () => {
    const { uri, document } = await openPack(FEATURES);
    const definitions = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', uri, positionOf(document, 'gamma]', 1, 1));
    assert.equal(definitions.length, 1);
    assert.deepEqual(startOf(definitions[0]), positionOf(document, 'id: gamma', 1, 4));
    const team = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', uri, positionOf(document, 'owner: Infra Squad', 1, 9));
    assert.deepEqual(startOf(team[0]), positionOf(document, 'id: infra', 1, 4));
  });

  it('finds every reference', async () => {
    const { uri, document } = await openPack(FEATURES);
    const references = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', uri, positionOf(document, 'id: beta', 1, 4));
    assert.deepEqual(references.map((r) => r.range.start.line).sort((a, b) => a - b), [positionOf(document, 'id: beta').line, positionOf(document, '- beta').line]);
    const team = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', uri, positionOf(document, 'id: infra', 1, 4));
    assert.equal(team.filter((r) => r.range.start.line !== positionOf(document, 'id: infra').line).length, 3, 'two owners by id and one by name');
  });

  it('renames an id everywhere, and the renamed pack is checked again', async () => {
    const { uri, document } = await openPack(RENAME);
    await waitForDiagnostics(uri, (found) => found.some((d) => d.message.includes('beta → gamma → beta')), 'the cycle through gamma');
    const before = document.getText();
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', uri, positionOf(document, 'id: gamma', 1, 4), 'delta');
    assert.equal(edit.get(uri).length, 2);
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.equal(document.getText(), before.replace('id: gamma', 'id: delta').replace('[alpha, gamma]', '[alpha, delta]'));
    await waitForDiagnostics(uri, (found) => found.some((d) => d.message.includes('beta → delta → beta')) && !found.some((d) => d.message.includes('gamma')), 'the cycle through delta');
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand('vscode.executeDocumentRenameProvider', uri, positionOf(document, 'id: delta', 1, 4), 'alpha')),
      /already used/,
    );
    await document.save();
  });

  it('applies a quick fix, and the file is checked again', async () => {
    const { uri, document } = await openPack(QUICK_FIX);
    const diagnostics = await waitForDiagnostics(uri, (found) => found.some((d) => codeOf(d) === 'RP202'), 'RP202');
    const typo = diagnostics.find((d) => codeOf(d) === 'RP202')!;
    assert.match(typo.message, /Did you mean `alpha`\?/);
    const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, typo.range, vscode.CodeActionKind.QuickFix.value);
    const titles = actions.map((action) => action.title);
    const change = actions.find((action): action is vscode.CodeAction => action.title === 'Change to `alpha`' && 'edit' in action);
    assert.ok(change?.edit, titles.join('\n'));
    assert.ok(titles.includes('Suppress RP202 on this line'), titles.join('\n'));
    assert.ok(await vscode.workspace.applyEdit(change.edit));
    assert.ok(document.getText().includes('      - alpha\n') && !document.getText().includes('- alpah'), document.getText());
    const after = await waitForDiagnostics(uri, (found) => found.length > 0 && !found.some((d) => codeOf(d) === 'RP202'), 'the re-check without RP202');
    assert.ok(after.some((d) => codeOf(d) === 'RP301'), 'the rest of the findings stay');
    await document.save();
    assert.ok(!codesOf(uri).includes('RP202'));
  });

  it('opens the references peek from a "needed by" code lens', async () => {
    const { uri } = await openPack(FEATURES);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
    const lens = lenses.find((l) => l.command?.command === 'roadmapPacks.showReferences' && !/needed by 0/.test(l.command.title));
    assert.ok(lens?.command, lenses.map((l) => l.command?.title).join('\n'));
    // The arguments are LSP shapes; editor.action.showReferences throws on them unless the client command converts them.
    await vscode.commands.executeCommand(lens.command.command, ...(lens.command.arguments ?? []));
  });
});

/** A completion item's label, written as a string or as a label with details. */
function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}
