import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { EXAMPLE_PACK, codeOf, fileUri, openPack, prepareWorkspace, waitForDiagnostics } from './helpers';

/** Sets `roadmapPacks.severity` in the workspace settings (.vscode/settings.json); undefined removes it. */
async function setSeverity(value: Record<string, string> | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('roadmapPacks').update('severity', value, vscode.ConfigurationTarget.Workspace);
}

describe('settings take effect without a reload', () => {
  const uri = () => fileUri(EXAMPLE_PACK);
  const has = (code: string) => (found: vscode.Diagnostic[]) => found.some((d) => codeOf(d) === code);

  before(async () => {
    await prepareWorkspace();
    await openPack(EXAMPLE_PACK);
    await waitForDiagnostics(uri(), has('RP502'), 'RP502 with the default settings');
  });

  after(async () => {
    await setSeverity(undefined);
  });

  it('roadmapPacks.severity { RP502: "off" } removes the RP502 diagnostic, and only it', async () => {
    const before = vscode.languages.getDiagnostics(uri()).filter((d) => codeOf(d) !== 'RP502').length;
    await setSeverity({ RP502: 'off' });
    const found = await waitForDiagnostics(uri(), (all) => !has('RP502')(all) && all.length > 0, 'the re-check without RP502');
    assert.equal(found.length, before);
    assert.ok(has('RP503')(found));
  });

  it('roadmapPacks.severity { RP502: "error" } raises it, and removing the setting restores it', async () => {
    await setSeverity({ RP502: 'error' });
    const raised = await waitForDiagnostics(uri(), (all) => all.some((d) => codeOf(d) === 'RP502' && d.severity === vscode.DiagnosticSeverity.Error), 'RP502 as an error');
    assert.equal(raised.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length, 1);
    await setSeverity(undefined);
    await waitForDiagnostics(uri(), (all) => all.some((d) => codeOf(d) === 'RP502' && d.severity === vscode.DiagnosticSeverity.Warning), 'RP502 back as a warning');
  });
});

describe('roadmapPacks.today pins the date packs are checked as of', () => {
  const uri = () => fileUri(EXAMPLE_PACK);
  const outOfDate = (found: vscode.Diagnostic[]) => found.filter((d) => codeOf(d) === 'RP404').map((d) => d.message.split(' ')[0]).sort();
  const setToday = (value: string | undefined) => vscode.workspace.getConfiguration('roadmapPacks').update('today', value, vscode.ConfigurationTarget.Workspace);

  before(async () => {
    await prepareWorkspace();
    await openPack(EXAMPLE_PACK);
    // The test profile pins 2026-12-02 (scripts/testWorkspace.mjs): the example is current then.
    await waitForDiagnostics(uri(), (all) => all.length > 0 && outOfDate(all).length === 0, 'the example with no RP404 as of 2026-12-02');
  });

  after(async () => {
    await setToday(undefined);
  });

  it('a date past an initiative’s end puts RP404 in the Problems of the open pack, and removing it takes it away', async () => {
    // 2026-12-21 is 2026-Q4-W12: autoscaling (in progress, to W10) and load-test-3x (planned, to W11) are past their end.
    await setToday('2026-12-21');
    const found = await waitForDiagnostics(uri(), (all) => outOfDate(all).length > 0, 'RP404 as of 2026-12-21');
    assert.deepEqual(outOfDate(found), ['autoscaling', 'load-test-3x']);
    assert.ok(found.filter((d) => codeOf(d) === 'RP404').every((d) => d.severity === vscode.DiagnosticSeverity.Warning));
    await setToday(undefined);
    await waitForDiagnostics(uri(), (all) => all.length > 0 && outOfDate(all).length === 0, 'no RP404 once the workspace setting is gone');
  });
});
