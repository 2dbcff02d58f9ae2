// Browser end-to-end: the packaged extension (.vsix from `npm run package`)
// installed into code-server, the example workspace opened in Debian's
// Chromium, and the suites in test/e2e (compiled to out/test/e2e/*.e2e.js)
// driving it as a person would. This script owns the processes: it starts
// code-server and Chromium, hands the page to the suites through
// `globalThis.roadmapE2e`, and stops both whatever happens.
//
//   node scripts/runE2eTests.mjs        (npm run test:e2e compiles and packages first)
// Screenshots: test-output/screenshots/e2e/ (git-ignored; `npm run screenshots` copies some to media/screenshots).
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';
import { launchChromium } from './chromium.mjs';
import { pruneRuns, root, startCodeServer } from './codeServer.mjs';
import SpecWithSummary from './mochaReporter.mjs';
import { vsixPath } from './package.mjs';
import { TEST_SETTINGS, exampleWorkspace } from './testWorkspace.mjs';

export const SCREENSHOTS = join(root, 'test-output', 'screenshots', 'e2e');
const suites = join(root, 'out', 'test', 'e2e');
const RUN_TIMEOUT_MS = 10 * 60_000;

/** What a person sees: no welcome page, no minimap or chat side bar in the screenshots. */
const E2E_SETTINGS = {
  ...TEST_SETTINGS,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'editor.minimap.enabled': false,
  'workbench.colorTheme': 'Default Light Modern',
  'editor.fontSize': 13,
};

async function main() {
  const vsix = vsixPath();
  if (!existsSync(vsix)) throw new Error(`${vsix} is missing: run \`npm run package\` first`);
  const files = existsSync(suites) ? readdirSync(suites).filter((name) => name.endsWith('.e2e.js')).sort() : [];
  if (files.length === 0) throw new Error(`no suites in ${suites}: run \`npm run compile\` first`);
  pruneRuns();
  rmSync(SCREENSHOTS, { recursive: true, force: true });
  mkdirSync(SCREENSHOTS, { recursive: true });
  const workspace = exampleWorkspace();
  let server;
  let browser;
  try {
    server = await startCodeServer({ folder: workspace.workspace, extensions: [vsix], settings: E2E_SETTINGS, name: 'e2e' });
    browser = await launchChromium();
    const page = await browser.context.newPage();
    page.setDefaultTimeout(30_000);
    globalThis.roadmapE2e = { page, url: `${server.url}/?folder=${encodeURIComponent(workspace.workspace)}`, workspace: workspace.workspace, screenshots: SCREENSHOTS };
    const mocha = new Mocha({ timeout: 120_000, bail: true, color: false, reporter: SpecWithSummary, reporterOptions: { label: 'e2e' } });
    for (const file of files) mocha.addFile(join(suites, file));
    const failures = await new Promise((resolve) => {
      const timer = setTimeout(() => {
        console.log(`e2e: no result within ${RUN_TIMEOUT_MS / 60_000} minutes`);
        resolve(1);
      }, RUN_TIMEOUT_MS);
      mocha.run((count) => {
        clearTimeout(timer);
        resolve(count);
      });
    });
    console.log(`e2e: screenshots in ${SCREENSHOTS.slice(root.length + 1)}/`);
    if (failures > 0) console.log(`code-server log: ${server.dirs.log}`);
    return failures > 0 ? 1 : 0;
  } finally {
    delete globalThis.roadmapE2e;
    await browser?.close();
    await server?.stop();
    if (!process.env.KEEP) workspace.remove();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`e2e: ${error.stack ?? error.message}`);
    console.log('e2e: 0 passed, 1 failed');
    process.exit(1);
  },
);
