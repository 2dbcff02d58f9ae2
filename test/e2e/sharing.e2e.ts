/**
 * Where a roadmap is read besides the preview (issue 17), as a person meets
 * it in code-server: ```roadmap fences drawn by the built-in Markdown
 * preview, and "Roadmap: Export Report…" writing the stakeholder report,
 * which then opens offline in the browser with every diagram drawn. Runs
 * after the other suites (the files run in name order).
 */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';

interface E2eContext {
  page: Page;
  workspace: string;
  screenshots: string;
}

/** In the workspace from the start (scripts/testWorkspace.mjs), from test/e2e/fixtures. */
const MARKDOWN_FILE = 'roadmaps-in-markdown.md';
const PACK_FILE = 'platform-reliability.roadmap.yaml';
const REPORT = 'platform-reliability/platform-reliability-report.html';
const TIMEOUT_MS = 90_000;

function context(): E2eContext {
  const found = (globalThis as { roadmapE2e?: E2eContext }).roadmapE2e;
  assert.ok(found, 'run the e2e suites with scripts/runE2eTests.mjs (npm run test:e2e): it starts code-server and the browser');
  return found;
}

/** Polls `probe` until it returns a value, for at most `timeoutMs`. */
async function eventually<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = TIMEOUT_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    await new Promise((wake) => setTimeout(wake, 250));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

/** Opens the file with Quick Open, in a window of one editor group (its view may be scrolled anywhere). */
async function quickOpen(page: Page, file: string): Promise<void> {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(file);
  // Clicked, not Enter: until the filter applies, the first row is the most recently opened file.
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: file }).first();
  await row.waitFor();
  await row.click();
  await page.locator('.tab.active', { hasText: file }).waitFor();
}

async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  // Clicked, not Enter: the first row is the most recently used of the commands that match, not always this one.
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
  await row.waitFor({ state: 'visible' });
  await row.click();
}

/** Closes every editor, so the next file opens in the one group left, with the focus in the workbench. */
async function closeAllEditors(page: Page): Promise<void> {
  await runCommand(page, 'View: Close All Editor Groups');
  await eventually(async () => ((await page.locator('.tab').count()) === 0 ? true : undefined), 'every editor closed');
}

/** The frame whose document holds `count` drawn roadmap SVGs: the Markdown preview loads in nested iframes and draws late. */
async function markdownPreviewWith(page: Page, count: number): Promise<Frame> {
  return eventually(async () => {
    for (const frame of page.frames()) {
      if ((await frame.locator('.roadmap-drawn svg').count().catch(() => 0)) >= count) return frame;
    }
    return undefined;
  }, `${count} roadmap diagrams in the Markdown preview`);
}

describe('where a roadmap is read: the Markdown preview and the report', () => {
  let page: Page;

  before(() => {
    page = context().page;
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') await page.screenshot({ path: join(context().screenshots, 'failure-sharing.png') }).catch(() => undefined);
  });

  it('draws a ```roadmap gantt fence and a ```roadmap-view fence in the built-in Markdown preview', async () => {
    // The Markdown file and its preview side by side, and nothing else: what a reader of a README sees.
    await closeAllEditors(page);
    await runCommand(page, 'View: Close Primary Side Bar');
    await quickOpen(page, MARKDOWN_FILE);
    await runCommand(page, 'Markdown: Open Preview to the Side');
    // The inline pack's Gantt, and the example's capacity (a chart per team): more than one diagram.
    const frame = await markdownPreviewWith(page, 2);
    const fences = frame.locator('.roadmap-fence');
    assert.equal(await fences.count(), 2);
    for (const index of [0, 1]) {
      const drawn = await fences.nth(index).locator('.roadmap-drawn svg').count();
      assert.ok(drawn >= 1, `fence ${index + 1} drew ${drawn} diagrams`);
    }
    assert.equal(await frame.locator('.roadmap-error').count(), 0);
    assert.equal(await frame.locator('.roadmap-note', { hasText: 'Loading' }).count(), 0);
    assert.match((await fences.first().textContent()) ?? '', /Connection pooling/);
    assert.match((await fences.nth(1).textContent()) ?? '', /Infra Squad/);
    await page.mouse.move(0, 0); // no tooltip of the row last clicked in the shot
    await page.screenshot({ path: join(context().screenshots, 'markdown-preview.png') });
  });

  it('exports the report from the palette, and it opens offline with every diagram drawn', async () => {
    // The focus is in the Markdown preview's webview: close it all, so Quick Open opens the pack in the one group left.
    await closeAllEditors(page);
    await quickOpen(page, PACK_FILE);
    await runCommand(page, 'Roadmap: Export Report');
    // code-server's save dialog: a path box holding the suggested name beside the pack.
    const path = page.locator('.quick-input-widget input');
    await eventually(async () => ((await path.inputValue()).endsWith('platform-reliability-report.html') ? true : undefined), 'the suggested report path');
    await page.keyboard.press('Enter');
    await page.locator('.notifications-toasts', { hasText: 'Report written to' }).first().waitFor({ timeout: TIMEOUT_MS });
    const file = join(context().workspace, REPORT);
    assert.ok(existsSync(file), `${file} written`);
    await shootReport(page, readFileSync(file, 'utf8'));
  });
});

/**
 * Opens the report in a tab of its own with every request refused, as a
 * stakeholder's offline browser would: all its diagrams drawn, nothing
 * fetched, no error; then shoots its schedule for the README.
 */
async function shootReport(page: Page, html: string): Promise<void> {
  const tab = await page.context().newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  await tab.route('**/*', (route) => (requests.push(route.request().url()), route.abort()));
  tab.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
  tab.on('pageerror', (error) => void errors.push(error.message));
  try {
    await tab.setViewportSize({ width: 1280, height: 900 });
    await tab.setContent(html, { waitUntil: 'load' });
    await tab.waitForSelector('body[data-rendered="true"]', { state: 'attached', timeout: TIMEOUT_MS });
    const diagrams = await tab.locator('section div.rp-diagram > svg').count();
    assert.ok(diagrams >= 5, `${diagrams} diagrams drawn`);
    assert.equal(await tab.locator('.rp-error').count(), 0, 'no diagram failed');
    assert.deepEqual(requests, []);
    assert.deepEqual(errors, []);
    // The schedule at the top of the shot: the part of the report a reader looks at first.
    await tab.evaluate("document.getElementById('gantt').scrollIntoView()");
    await tab.screenshot({ path: join(context().screenshots, 'report.png') });
  } finally {
    await tab.close();
  }
}
