/**
 * "Roadmap: Compare with Revision…" as a person meets it: the example
 * workspace made a git repository, the plan changed on disk, the command run
 * from the palette with HEAD, its default. Runs after preview.e2e.ts (the
 * files run in name order), whose preview of the pack is still open.
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';

interface E2eContext {
  page: Page;
  workspace: string;
  screenshots: string;
}

const PACK = 'platform-reliability/platform-reliability.roadmap.yaml';
const TIMEOUT_MS = 60_000;

function context(): E2eContext {
  const found = (globalThis as { roadmapE2e?: E2eContext }).roadmapE2e;
  assert.ok(found, 'run the e2e suites with scripts/runE2eTests.mjs (npm run test:e2e): it starts code-server and the browser');
  return found;
}

function git(...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=Roadmap Tests', '-c', 'user.email=tests@example.invalid', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], { cwd: context().workspace, stdio: 'ignore' });
}

/** The first frame in which `selector` matches, polled: webviews load in nested iframes. */
async function frameWith(page: Page, selector: string, what: string): Promise<Frame> {
  const deadline = Date.now() + TIMEOUT_MS;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      if ((await frame.locator(selector).count().catch(() => 0)) > 0) return frame;
    }
    await new Promise((wake) => setTimeout(wake, 250));
  }
  throw new Error(`timed out after ${TIMEOUT_MS} ms waiting for ${what}`);
}

async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ state: 'visible' });
  await page.keyboard.press('Enter');
}

/** Brings the pack's editor tab (open since preview.e2e.ts) to the front; its view may be scrolled anywhere. */
async function openPack(page: Page): Promise<void> {
  const tab = page.locator('.tabs-container .tab', { hasText: 'platform-reliability.roadmap.yaml' }).filter({ hasNotText: 'Preview' }).first();
  await tab.click();
  await page.locator('.tabs-container .tab.active', { hasText: 'platform-reliability.roadmap.yaml' }).filter({ hasNotText: 'Preview' }).first().waitFor();
}

describe('end to end: compare with a revision', () => {
  let page: Page;

  before(() => {
    page = context().page;
    const workspace = context().workspace;
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'The plan as reviewed');
    const path = join(workspace, PACK);
    writeFileSync(path, readFileSync(path, 'utf8').replace('when: 2026-Q4-W3..W8', 'when: 2026-Q4-W5..W10'));
    // The test profile turns Git off; the workspace turns it back on (a workspace setting applies at once).
    const settings = join(workspace, '.vscode', 'settings.json');
    writeFileSync(settings, `${JSON.stringify({ ...JSON.parse(readFileSync(settings, 'utf8')), 'git.enabled': true }, null, 2)}\n`);
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') await page.screenshot({ path: join(context().screenshots, 'compare-failure.png') }).catch(() => undefined);
  });

  it('runs the command from the palette, takes HEAD from the pick and shows the report rendered', async () => {
    await page.keyboard.press('Escape');
    await openPack(page);
    // The editor has the slip once it has read the file again from disk: go to its line and see it.
    const lines = readFileSync(join(context().workspace, PACK), 'utf8').split('\n');
    await page.keyboard.press('Control+G');
    await page.locator('.quick-input-widget input').fill(`:${lines.findIndex((line) => line.includes('2026-Q4-W5..W10')) + 1}`);
    await page.keyboard.press('Enter');
    await page.locator('.monaco-editor .view-lines', { hasText: '2026-Q4-W5..W10' }).first().waitFor({ timeout: TIMEOUT_MS });
    await runCommand(page, 'Roadmap: Compare with Revision');
    // The revision pick: HEAD is its first item, selected.
    const head = page.locator('.quick-input-list .monaco-list-row', { hasText: 'HEAD' }).first();
    await head.waitFor({ timeout: TIMEOUT_MS });
    assert.match((await page.locator('.quick-input-list .monaco-list-row').first().textContent()) ?? '', /HEAD/);
    await page.keyboard.press('Enter');
    await page.locator('.tab', { hasText: 'Changes since HEAD' }).first().waitFor({ timeout: TIMEOUT_MS });
    const report = await frameWith(page, 'body.vscode-body h1, body.vscode-body h2', 'the rendered report');
    await report.locator('text=redis-cluster').first().waitFor({ timeout: TIMEOUT_MS });
    await page.screenshot({ path: join(context().screenshots, 'compare-report.png') });
  });

  it("names the revision in the pack's preview, and Clear takes it away", async () => {
    await openPack(page);
    await runCommand(page, 'Roadmap: Open Preview to the Side');
    const preview = await frameWith(page, '#rp-compared', 'the preview webview');
    await preview.locator('#rp-compared:not([hidden])').waitFor({ timeout: TIMEOUT_MS });
    assert.match((await preview.locator('#rp-compared-text').textContent()) ?? '', /^Compared with HEAD/);
    await preview.locator('#rp-clear-comparison').click();
    await preview.locator('#rp-compared').waitFor({ state: 'hidden', timeout: TIMEOUT_MS });
  });
});
