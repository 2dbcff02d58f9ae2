// Runs the extension-host suites (test/vscode, compiled to out/test/vscode)
// inside a real VS Code: code-server started with the smoke-test driver, and
// the window opened with a payload naming the extension under development
// (this repository) and the tests' index. The workbench reports the mocha
// output through `window.codeAutomationLog` and the end through
// `window.codeAutomationExit(code)`, which this script exposes to the page.
//
//   node scripts/runHostTests.mjs        (npm run test:host compiles and bundles first)
// Environment: ROADMAP_TEST_GREP filters tests by name; KEEP=1 keeps the workspace; VERBOSE=1
// prints the workbench's log as well as the tests' output.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import { launchChromium } from './chromium.mjs';
import { pruneRuns, root, startCodeServer } from './codeServer.mjs';
import { TEST_SETTINGS, hostTestWorkspace } from './testWorkspace.mjs';

const RUN_TIMEOUT_MS = 10 * 60_000;
/** The tests' lines carry this tag (test/vscode/helpers.ts); VERBOSE=1 prints the workbench's log too. */
const REPORT_TAG = '[rp] ';
const verbose = Boolean(process.env.VERBOSE);
const testsIndex = join(root, 'out', 'test', 'vscode', 'index.js');

async function main() {
  for (const required of [testsIndex, join(root, 'dist', 'extension.js'), join(root, 'dist', 'server.js')]) {
    if (!existsSync(required)) throw new Error(`${required} is missing: run \`npm run compile && npm run build\` first`);
  }
  pruneRuns();
  const started = Date.now();
  const workspace = hostTestWorkspace();
  let server;
  let browser;
  try {
    server = await startCodeServer({ folder: workspace.workspace, vscodeOptions: ['enable-smoke-test-driver'], settings: TEST_SETTINGS, name: 'host' });
    browser = await launchChromium();
    const page = await browser.context.newPage();
    const result = { passed: 0, failed: 0, pending: 0, seen: false };
    let settle;
    const exited = new Promise((resolve) => (settle = resolve));
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const text = format(...(Array.isArray(args) ? args : [args]));
      for (const line of text.split('\n')) {
        const tagged = line.indexOf(REPORT_TAG);
        if (tagged < 0) {
          if (verbose) console.log(`  | ${line}`);
          continue;
        }
        const own = line.slice(tagged + REPORT_TAG.length);
        const marker = /^##roadmap-result (\{.*\})/.exec(own);
        if (marker) Object.assign(result, JSON.parse(marker[1]), { seen: true });
        else console.log(own);
      }
    });
    await page.exposeFunction('codeAutomationExit', (code) => settle({ code }));
    page.on('pageerror', (error) => console.log(`[page error] ${error.message}`));
    page.on('crash', () => settle({ code: 1, reason: 'the page crashed' }));
    const authority = new URL(server.url).host;
    const payload = [
      ['extensionDevelopmentPath', `vscode-remote://${authority}${root}`],
      ['extensionTestsPath', `vscode-remote://${authority}${testsIndex}`],
      ['skipWelcome', 'true'],
    ];
    const url = `${server.url}/?folder=${encodeURIComponent(workspace.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    console.log(`extension host: ${url}`);
    await page.goto(url, { timeout: 60_000 });
    const timer = setTimeout(() => settle({ code: 1, reason: `no result within ${RUN_TIMEOUT_MS / 60_000} minutes` }), RUN_TIMEOUT_MS);
    const { code, reason } = await exited;
    clearTimeout(timer);
    if (reason) console.log(`extension host: ${reason}`);
    console.log(`extension host: exit code ${code} after ${Math.round((Date.now() - started) / 1000)} s`);
    if (!result.seen) result.failed = Math.max(result.failed, 1);
    console.log(`host: ${result.passed} passed, ${result.failed} failed${result.pending ? `, ${result.pending} skipped` : ''}`);
    if (code !== 0 && server) console.log(`code-server log: ${server.dirs.log}`);
    return code === 0 && result.seen && result.failed === 0 && result.passed > 0 ? 0 : 1;
  } finally {
    await browser?.close();
    await server?.stop();
    if (!process.env.KEEP) workspace.remove();
    else console.log(`kept ${workspace.dir}`);
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`extension host: ${error.stack ?? error.message}`);
    console.log('host: 0 passed, 1 failed');
    process.exit(1);
  },
);
