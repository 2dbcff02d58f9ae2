// Temporary workspaces for the tests that run in a real VS Code.
//
// `hostTestWorkspace()` makes the one the extension-host suites open: an empty
// `workspace/` (so nothing activates the extension at startup and the first
// suite measures a cold activation) and beside it `source/`, which the suites
// copy in (test/vscode/helpers.ts): the examples, the rule and brief fixtures,
// and one copy of the features pack per suite that edits it.
//
// `exampleWorkspace()` is a copy of examples/ but the portfolio, with a Markdown file of roadmap
// fences (test/e2e/fixtures), for the browser e2e run.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from './codeServer.mjs';

const FEATURE_COPIES = ['features', 'quickfix', 'rename', 'new-brief', 'checklist'];

/** Settings for every test window: no welcome page, no trust prompt, nothing fetched, a fixed today. */
export const TEST_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'security.workspace.trust.enabled': false,
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
  'git.enabled': false,
  'chat.disableAIFeatures': true,
  'files.hotExit': 'off',
  'files.autoSave': 'off',
  'window.restoreWindows': 'none',
  // Checks and Today lines as of a fixed day, not the real one: TEST_TODAY in test/helpers/today.ts.
  'roadmapPacks.today': '2026-12-02',
};

function base(name) {
  const dir = mkdtempSync(join(tmpdir(), `roadmap-${name}-`));
  return dir;
}

export function hostTestWorkspace() {
  const dir = base('host');
  const workspace = join(dir, 'workspace');
  const source = join(dir, 'source');
  mkdirSync(workspace, { recursive: true });
  cpSync(join(root, 'examples'), source, { recursive: true });
  cpSync(join(root, 'test', 'fixtures', 'rules'), join(source, 'fixtures', 'rules'), { recursive: true });
  cpSync(join(root, 'test', 'fixtures', 'briefs'), join(source, 'fixtures', 'briefs'), { recursive: true });
  for (const name of FEATURE_COPIES) {
    mkdirSync(join(source, name), { recursive: true });
    cpSync(join(root, 'test', 'vscode', 'fixtures', 'features.roadmap.yaml'), join(source, name, `${name}.roadmap.yaml`));
  }
  return { dir, workspace, source, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export function exampleWorkspace() {
  const dir = base('e2e');
  const workspace = join(dir, 'examples');
  // Without the portfolio example: it is built to fail (as roadmap-packs.json says), and the e2e run is
  // about the worked example, whose Problems count it asserts.
  cpSync(join(root, 'examples'), workspace, { recursive: true, filter: (source) => !source.startsWith(join(root, 'examples', 'portfolio')) });
  // A README-like Markdown file with roadmap fences, there from the start: Quick Open lists what the window indexed as it opened.
  cpSync(join(root, 'test', 'e2e', 'fixtures', 'roadmaps-in-markdown.md'), join(workspace, 'roadmaps-in-markdown.md'));
  mkdirSync(join(workspace, '.vscode'), { recursive: true });
  writeFileSync(join(workspace, '.vscode', 'settings.json'), `${JSON.stringify({ 'files.exclude': { '.vscode': true } }, null, 2)}\n`);
  return { dir, workspace, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
