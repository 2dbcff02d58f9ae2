import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { EXAMPLE_PACK, openPack, prepareWorkspace, waitForDiagnostics } from './helpers';

/**
 * The refactoring preview itself waits for the planner, and code-server's
 * `refactorPreview.apply` did not drive it here (the edit stayed unapplied),
 * so this holds the edit the command builds, which it returns for tests
 * when asked with `{ preview: false }`.
 */
describe('Roadmap: Level the Schedule', () => {
  before(async () => {
    await prepareWorkspace();
  });

  it('builds one labelled group of `when` edits per move, for the refactoring preview', async () => {
    const { uri, document } = await openPack(EXAMPLE_PACK);
    await waitForDiagnostics(uri, (found) => found.length > 0, 'the example checked');
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit | undefined>('roadmapPacks.levelSchedule', uri, { preview: false });
    assert.ok(edit, 'the worked example (as of December) has one move: load-test-3x after autoscaling');
    const entries = edit.entries();
    assert.equal(entries.length, 1);
    const [target, edits] = entries[0];
    assert.equal(target.toString(), uri.toString());
    // The move's `when` and its two milestones' (they move with it), and nothing else.
    assert.deepEqual(
      edits.map((each) => [document.getText(each.range), each.newText]),
      [
        ['2026-Q4-W10..W11', '2026-Q4-W11..W12'],
        ['2026-Q4-W10', '2026-Q4-W11'],
        ['2026-Q4-W11', '2026-Q4-W12'],
      ],
    );
    for (const each of edits) assert.match(document.lineAt(each.range.start.line).text.slice(0, each.range.start.character), /when: $/);
  });
});
