// `npm start`: the example pack opened with this extension loaded from the
// repository (development bundles, rebuilt first).
// - With VS Code's `code` on PATH: a new window with --extensionDevelopmentPath.
// - Otherwise (or with --code-server): the local code-server from
//   scripts/codeServer.mjs (installed into .cache/ on first use), with the
//   extension loaded the same way through the workbench URL; prints the URL.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { root, startCodeServer } from './codeServer.mjs';

const EXAMPLES = join(root, 'examples');
const PACK = join(EXAMPLES, 'platform-reliability', 'platform-reliability.roadmap.yaml');
const BUILD_TIMEOUT_MS = 5 * 60_000;

const START_SETTINGS = {
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'git.openRepositoryInParentFolders': 'never',
};

async function build() {
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit', timeout: BUILD_TIMEOUT_MS });
  if (result.status !== 0) throw new Error('scripts/build.mjs failed');
  const webview = join(root, 'scripts', 'buildWebview.mjs');
  if (existsSync(webview)) {
    const { buildWebview } = await import(pathToFileURL(webview).href);
    await buildWebview({ production: false });
  }
}

function codeOnPath() {
  const found = spawnSync('sh', ['-c', 'command -v code'], { encoding: 'utf8', timeout: 10_000 });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

async function main(argv) {
  await build();
  const code = argv.includes('--code-server') ? undefined : codeOnPath();
  if (code) {
    console.log(`Opening the example in VS Code (${code}) with the extension from ${root}`);
    const child = spawn(code, ['--new-window', `--extensionDevelopmentPath=${root}`, EXAMPLES, PACK], { stdio: 'inherit', detached: true });
    child.unref();
    return;
  }
  // The workbench honours the URL's extensionDevelopmentPath only with the smoke-test driver enabled.
  const server = await startCodeServer({ folder: EXAMPLES, settings: START_SETTINGS, vscodeOptions: ['enable-smoke-test-driver'], name: 'start', port: process.env.PORT ? Number(process.env.PORT) : undefined });
  const authority = new URL(server.url).host;
  const payload = JSON.stringify([['extensionDevelopmentPath', `vscode-remote://${authority}${root}`]]);
  const url = `${server.url}/?folder=${encodeURIComponent(EXAMPLES)}&payload=${encodeURIComponent(payload)}`;
  console.log(`\nThe example pack, with the extension loaded from this repository, in code-server:\n\n  ${url}\n`);
  console.log('Open platform-reliability/platform-reliability.roadmap.yaml, then "Roadmap: Open Preview to the Side".');
  console.log('Ctrl+C stops code-server.');
  await new Promise(() => {});
}

main(process.argv.slice(2)).catch((error) => {
  console.error(`start: ${error.message}`);
  process.exit(1);
});
