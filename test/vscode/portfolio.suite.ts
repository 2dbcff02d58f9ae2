import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { codeOf, fileUri, markdownOf, openPack, positionOf, prepareWorkspace, waitForDiagnostics } from './helpers';

/** The example portfolio (examples/portfolio), copied into the test workspace with the other examples. */
const PORTFOLIO = 'portfolio/portfolio.roadmap.yaml';
const CHECKOUT = 'portfolio/checkout/checkout.roadmap.yaml';
const PLATFORM = 'portfolio/platform/platform.roadmap.yaml';

function uriOf(location: vscode.Location | vscode.LocationLink): vscode.Uri {
  return 'targetUri' in location ? location.targetUri : location.uri;
}

/**
 * A portfolio as VS Code shows it: the shared team's overload in the
 * Problems of the portfolio with related places in both packs, and qualified
 * ids (`platform:redis-cluster`) that lead to, find and rename across files.
 */
describe('a portfolio in VS Code', () => {
  before(async () => {
    await prepareWorkspace();
  });

  it('reports Infra Squad over capacity on the portfolio, with related places in both packs', async () => {
    await openPack(CHECKOUT);
    const diagnostics = await waitForDiagnostics(fileUri(PORTFOLIO), (found) => found.some((d) => codeOf(d) === 'RP501'), 'RP501 on the portfolio');
    const overload = diagnostics.find((d) => codeOf(d) === 'RP501')!;
    assert.match(overload.message, /Infra Squad/);
    const files = new Set((overload.relatedInformation ?? []).map((info) => info.location.uri.toString()));
    assert.deepEqual([...files].sort(), [fileUri(CHECKOUT).toString(), fileUri(PLATFORM).toString()].sort());
  });

  it('goes from a qualified id in checkout to its definition in the platform pack, and hovers it', async () => {
    const { uri, document } = await openPack(CHECKOUT);
    const position = positionOf(document, '[platform:redis-cluster]', 1, '[platform:'.length + 1);
    const definitions = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', uri, position);
    assert.equal(definitions.length, 1);
    assert.equal(uriOf(definitions[0]).toString(), fileUri(PLATFORM).toString());
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
    assert.match(hovers.map(markdownOf).join('\n'), /Defined in the pack `platform`[\s\S]*Caching tier hardening/);
  });

  it('finds the references to a platform initiative in checkout, and renames it in both files', async () => {
    const { uri, document } = await openPack(PLATFORM);
    const position = positionOf(document, '- id: redis-cluster', 1, '- id: '.length + 1);
    const references = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', uri, position);
    assert.ok(references.some((reference) => reference.uri.toString() === fileUri(CHECKOUT).toString()), references.map((r) => r.uri.toString()).join(', '));
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', uri, position, 'cache-cluster');
    const files = edit.entries().map(([file]) => file.toString());
    assert.deepEqual(files.sort(), [fileUri(CHECKOUT).toString(), fileUri(PLATFORM).toString()].sort());
    const [inCheckout] = edit.get(fileUri(CHECKOUT));
    assert.equal(inCheckout.newText, 'cache-cluster');
    const checkout = await vscode.workspace.openTextDocument(fileUri(CHECKOUT));
    assert.equal(checkout.getText(new vscode.Range(inCheckout.range.start.translate(0, -'platform:'.length), inCheckout.range.end)), 'platform:redis-cluster');
  });
});
