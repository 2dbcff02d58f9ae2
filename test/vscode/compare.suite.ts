import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { EXAMPLE_PACK, fileUri, prepareWorkspace, waitForEvent, workspaceRoot } from './helpers';

/** A folder of the workspace made a git repository by the suite: the example committed, then redis-cluster slipped 2 weeks on disk. */
const REPO = 'compare-repo';
const PACK = `${REPO}/platform-reliability.roadmap.yaml`;

function git(...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Roadmap Tests', '-c', 'user.email=tests@example.invalid', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], { cwd: join(workspaceRoot(), REPO), encoding: 'utf8' });
}

/** What the pick offers and the lenses say: the moved-initiative lenses of the pack. */
async function moveLenses(uri: vscode.Uri): Promise<string[]> {
  const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri)) ?? [];
  return lenses.map((lens) => lens.command?.title ?? '').filter((title) => / since /.test(title));
}

function markdownPreviewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter((tab) => tab.input instanceof vscode.TabInputWebview && /markdown\.preview/.test(tab.input.viewType));
}

/**
 * "Roadmap: Compare with Revision…" in a real editor, against a real git
 * repository read through the built-in Git extension (off in the test
 * profile: this suite turns it on).
 */
describe('compare with revision', () => {
  let uri: vscode.Uri;

  before(async function () {
    this.timeout(120_000);
    await prepareWorkspace();
    const folder = join(workspaceRoot(), REPO);
    mkdirSync(folder, { recursive: true });
    git('init', '-q');
    writeFileSync(join(folder, 'README.md'), 'A plan under review.\n');
    git('add', '.');
    git('commit', '-qm', 'Before the pack');
    git('tag', 'before-pack');
    const example = fileUri(EXAMPLE_PACK).fsPath;
    cpSync(join(example, '..', 'briefs'), join(folder, 'briefs'), { recursive: true });
    const text = readFileSync(example, 'utf8');
    writeFileSync(fileUri(PACK).fsPath, text);
    git('add', '.');
    git('commit', '-qm', 'The plan');
    writeFileSync(fileUri(PACK).fsPath, text.replace('when: 2026-Q4-W3..W8', 'when: 2026-Q4-W5..W10'));
    await vscode.workspace.getConfiguration('git').update('enabled', true, vscode.ConfigurationTarget.Global);
    uri = fileUri(PACK);
    await vscode.window.showTextDocument(uri);
  });

  after(async () => {
    await vscode.commands.executeCommand('roadmapPacks.clearComparison', uri);
    await vscode.workspace.getConfiguration('git').update('enabled', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('offers HEAD first in the pick, and with it opens the rendered report of the uncommitted slip', async function () {
    this.timeout(90_000);
    const compared = Promise.resolve(vscode.commands.executeCommand<vscode.TextDocument | undefined>('roadmapPacks.compareWithRevision', uri));
    let settled = false;
    void compared.finally(() => (settled = true));
    // The pick opens once git has listed the refs: accept its default item (HEAD) as soon as there is one.
    while (!settled) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    }
    const report = await compared;
    assert.ok(report, 'the command returns the report it opened');
    assert.equal(report.uri.scheme, 'roadmap-report');
    assert.match(report.uri.path, /Changes since HEAD - platform-reliability/);
    assert.match(report.getText(), /redis-cluster/);
    await waitForEvent(vscode.window.tabGroups.onDidChangeTabs, () => markdownPreviewTabs().length > 0, 'the Markdown preview of the report');
  });

  it('puts "slipped 2 w since HEAD" on redis-cluster while compared, and nothing once cleared', async function () {
    this.timeout(60_000);
    await vscode.commands.executeCommand('roadmapPacks.compareWithRevision', uri, 'HEAD');
    assert.deepEqual(await moveLenses(uri), ['slipped 2 w since HEAD']);
    assert.equal(await vscode.commands.executeCommand('roadmapPacks.clearComparison', uri), true);
    assert.deepEqual(await moveLenses(uri), []);
  });

  it('keeps the comparison when the language server starts again', async function () {
    this.timeout(90_000);
    await vscode.commands.executeCommand('roadmapPacks.compareWithRevision', uri, 'HEAD');
    await vscode.commands.executeCommand('roadmapPacks.restartServer');
    // The new server has no baseline until the extension sends it again: wait for its lenses.
    let lenses: string[] = [];
    for (let tries = 0; tries < 120 && lenses.length === 0; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      lenses = await moveLenses(uri).catch(() => []);
    }
    assert.deepEqual(lenses, ['slipped 2 w since HEAD']);
    assert.equal(await vscode.commands.executeCommand('roadmapPacks.clearComparison', uri), true);
  });

  it('reports the pack as added since a revision that lacks it', async function () {
    this.timeout(60_000);
    const report = await vscode.commands.executeCommand<vscode.TextDocument | undefined>('roadmapPacks.compareWithRevision', uri, 'before-pack');
    assert.ok(report);
    assert.match(report.uri.path, /Changes since before-pack/);
    assert.match(report.getText(), /added/i);
    assert.deepEqual(await moveLenses(uri), [], 'nothing moved: everything is new');
  });

  it('opens nothing for a revision git does not know, or a pack outside any repository', async function () {
    this.timeout(60_000);
    await vscode.commands.executeCommand('roadmapPacks.clearComparison', uri);
    assert.equal(await vscode.commands.executeCommand('roadmapPacks.compareWithRevision', uri, 'no-such-revision'), undefined);
    assert.deepEqual(await moveLenses(uri), []);
    assert.equal(await vscode.commands.executeCommand('roadmapPacks.compareWithRevision', fileUri(EXAMPLE_PACK), 'HEAD'), undefined);
  });
});
