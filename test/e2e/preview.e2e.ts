/**
 * The extension as a person meets it, in code-server driven by Chromium:
 * scripts/runE2eTests.mjs installs the .vsix, opens a copy of examples/ and
 * hands these steps the page. The steps run in order (mocha with `bail`),
 * each leaving the window as the next expects it.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Locator, Page } from 'playwright-core';

interface E2eContext {
  page: Page;
  url: string;
  workspace: string;
  screenshots: string;
}

const PACK = 'platform-reliability/platform-reliability.roadmap.yaml';
const VIEWS = ['gantt', 'gates', 'deps', 'capacity'] as const;
const RENDER_TIMEOUT_MS = 60_000;

function context(): E2eContext {
  const found = (globalThis as { roadmapE2e?: E2eContext }).roadmapE2e;
  assert.ok(found, 'run the e2e suites with scripts/runE2eTests.mjs (npm run test:e2e): it starts code-server and the browser');
  return found;
}

/** Polls `probe` until it returns a value, for at most `timeoutMs`. */
async function eventually<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = RENDER_TIMEOUT_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    await new Promise((wake) => setTimeout(wake, 200));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? ` (${String(lastError)})` : ''}`);
}

async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ state: 'visible' });
  await page.keyboard.press('Enter');
}

/** The webview document of the preview: VS Code nests it in two iframes. */
async function previewFrame(page: Page): Promise<Frame> {
  return eventually(async () => {
    for (const frame of page.frames()) {
      if ((await frame.locator('#rp-canvas').count().catch(() => 0)) > 0) return frame;
    }
    return undefined;
  }, 'the preview webview');
}

/** The number in the id Mermaid was given (`rp-svg-<n>`) of the diagram shown, 0 when none is. */
async function renderNumber(frame: Frame): Promise<number> {
  const ids = await frame.locator('#rp-canvas svg[id^="rp-svg-"]').evaluateAll((svgs) => svgs.map((svg) => svg.id));
  return Math.max(0, ...ids.map((id) => Number(id.slice('rp-svg-'.length))));
}

/** The editor's "Ln N, Col M" status bar item; empty while no text editor has focus (the preview has). */
async function selectionStatus(page: Page): Promise<string> {
  const item = page.locator('#status\\.editor\\.selection');
  return (await item.count()) > 0 ? ((await item.textContent({ timeout: 5_000 }))?.trim() ?? '') : '';
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(context().screenshots, `${name}.png`) });
}

describe('end to end in code-server', () => {
  let page: Page;
  let preview: Frame;
  let packLines: string[];

  before(() => {
    page = context().page;
    packLines = readFileSync(join(context().workspace, PACK), 'utf8').split('\n');
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') await shoot(page, 'failure').catch(() => undefined);
  });

  it('loads the workbench with the example workspace and the installed extension', async () => {
    await page.goto(context().url, { timeout: 60_000 });
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'platform-reliability' }).first().waitFor({ timeout: 60_000 });
  });

  it('opens the example pack: the status bar sums it up and the squiggles are there', async () => {
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill('platform-reliability.roadmap.yaml');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'platform-reliability.roadmap.yaml' }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.monaco-editor .view-lines', { hasText: 'pack: 1' }).waitFor();
    // The extension's status bar item: the quality gate's verdict and the peak team-quarter (VS Code counts the problems).
    const status = page.locator('.statusbar-item', { hasText: 'peak 98%' });
    await status.waitFor({ timeout: 60_000 });
    assert.match((await status.textContent()) ?? '', /Ship · peak 98%/);
    // Go to the first problem: the editor scrolls to it and shows its message under the line.
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('F8');
    const widget = page.locator('.marker-widget');
    await widget.waitFor({ state: 'visible' });
    await eventually(async () => ((await widget.textContent()) ?? '').includes('RP502') || undefined, 'the RP502 message under its line');
    await eventually(async () => (await page.locator('.monaco-editor .squiggly-warning').count()) > 0 || undefined, 'warning squiggles');
    await shoot(page, 'editor-diagnostics');
    await page.keyboard.press('Escape');
  });

  it('lists the findings in the Problems view', async () => {
    await page.keyboard.press('Control+Shift+M');
    const rows = page.locator('.markers-panel .monaco-list-row');
    await rows.first().waitFor();
    // Related information expands each finding; collapsed, all seven fit in the panel.
    await page.locator('.panel .action-label.codicon-collapse-all').first().click();
    // The workspace's other packs are listed too (the service-by-service example's RP804): open the worked example's row.
    await rows.filter({ hasText: 'platform-reliability.roadmap.yaml' }).first().locator('.monaco-tl-twistie').click();
    await eventually(async () => {
      const text = (await rows.allTextContents()).join('\n');
      return ['RP502', 'RP503', 'RP401', 'RP206'].every((code) => text.includes(code)) ? text : undefined;
    }, 'RP502, RP503, RP401 and RP206 in the Problems view');
    const text = (await rows.allTextContents()).join('\n');
    assert.match(text, /Infra Squad is above 85% of its capacity in 2026-Q4/);
    // The example's five warnings and two informations, and the service-by-service plan's one warning (hints are not listed).
    assert.equal((await page.locator('.panel .badge-content').first().textContent())?.trim(), '8');
    await shoot(page, 'problems');
    await page.keyboard.press('Control+J'); // hide the panel again
  });

  it('opens the preview to the side and draws the Gantt chart', async () => {
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+B'); // the side bar off: room for the editor and the preview
    await page.locator('.part.sidebar').waitFor({ state: 'hidden' });
    await runCommand(page, 'Roadmap: Open Preview to the Side');
    await page.locator('.tab', { hasText: 'Preview platform-reliability.roadmap.yaml' }).waitFor();
    preview = await previewFrame(page);
    await preview.locator('#rp-canvas svg[aria-roledescription="gantt"] rect.rp-link').first().waitFor({ timeout: RENDER_TIMEOUT_MS });
    const bars = await preview.locator('#rp-canvas svg rect.rp-link').count();
    assert.ok(bars >= 11, `${bars} clickable bars`);
    await shoot(page, 'preview-gantt');
  });

  it('shows the metrics dashboard: every metric with its baseline and targets', async () => {
    await preview.locator('button[data-view="metrics"]').click();
    const table = preview.locator('#rp-canvas .rp-metrics table').first();
    await table.waitFor({ timeout: RENDER_TIMEOUT_MS });
    assert.match((await preview.locator('#rp-canvas .rp-metrics-summary').textContent()) ?? '', /\d+ metrics/);
    assert.ok(await preview.locator('#rp-canvas .rp-metrics th', { hasText: 'Baseline' }).count() > 0, 'a Baseline column');
    await shoot(page, 'preview-metrics');
  });

  it('shows the forecast, and redraws it under a scenario picked in the toolbar', async () => {
    await preview.locator('button[data-view="forecast"]').click();
    const rows = preview.locator('#rp-canvas .rp-forecast tr.rp-forecast-row');
    // The editor runs the forecast after the check is published: the table fills in a moment later.
    await eventually(async () => ((await rows.count()) >= 17 ? true : undefined), 'the forecast table of 11 initiatives and 6 gates');
    const costRow = preview.locator('#rp-canvas .rp-forecast tr.rp-forecast-row', { hasText: 'cost-optimization' });
    assert.equal(await costRow.count(), 1);
    await shoot(page, 'preview-forecast');
    // Under cut-cost, cost optimisation is cut: it leaves the forecast, and the picker keeps the choice.
    await preview.locator('#rp-scenario').selectOption('cut-cost');
    await eventually(async () => ((await costRow.count()) === 0 ? true : undefined), 'the forecast under cut-cost, without cost-optimization');
    assert.equal(await preview.locator('#rp-scenario').inputValue(), 'cut-cost');
    await preview.locator('#rp-scenario').selectOption({ label: 'As written' });
    await eventually(async () => ((await costRow.count()) === 1 ? true : undefined), 'the forecast as written again');
  });

  for (const view of VIEWS.slice(1)) {
    it(`draws the ${view} view`, async () => {
      const before = await renderNumber(preview);
      await preview.locator(`button[data-view="${view}"]`).click();
      await eventually(async () => ((await preview.locator(`button[data-view="${view}"]`).getAttribute('aria-selected')) === 'true' && (await renderNumber(preview)) > before) || undefined, `the ${view} view drawn`);
      assert.equal(await preview.locator('#rp-error').isVisible(), false, 'no render error');
      await shoot(page, `preview-${view}`);
    });
  }

  it('draws the board: the quarterly plan in columns derived from today, every card named', async () => {
    await preview.locator('button[data-view="board"]').click();
    const board = preview.locator('#rp-canvas .rp-board');
    await board.waitFor({ timeout: RENDER_TIMEOUT_MS });
    const headings = await board.locator('.rp-board-heading').allTextContents();
    assert.deepEqual(headings.map((heading) => heading.replace(/\s*\(\d+\)$/, '')), ['Done', 'Now', 'Next', 'Later']);
    const cards = await board.locator('.rp-board-card button').count();
    assert.equal(cards, 11, 'a card per initiative of the example');
    assert.match((await preview.locator('#rp-hint').textContent()) ?? '', /^Derived from today/);
    await shoot(page, 'preview-board');
  });

  it('moves the editor to the initiative of a clicked Gantt bar', async () => {
    const before = await renderNumber(preview);
    await preview.locator('button[data-view="gantt"]').click();
    await eventually(async () => (await renderNumber(preview)) > before || undefined, 'the Gantt chart drawn again');
    const svg = preview.locator('#rp-canvas svg[aria-roledescription="gantt"]');
    const svgId = (await svg.getAttribute('id'))!;
    // The bar of "Caching tier hardening (Redis Cluster)": find it by its label.
    const label = svg.locator('text', { hasText: 'Caching tier hardening' }).first();
    const labelId = (await label.getAttribute('id')) ?? '';
    assert.match(labelId, new RegExp(`^${svgId}-t\\d+-text$`), `label id ${labelId}`);
    const bar: Locator = svg.locator(`rect[id="${labelId.slice(0, -'-text'.length)}"]`);
    const statusBefore = await selectionStatus(page);
    await bar.click();
    const status = await eventually(async () => {
      const now = await selectionStatus(page);
      return now !== statusBefore && /selected/.test(now) ? now : undefined;
    }, 'the editor selection to move');
    const [, line, column, selected] = /Ln (\d+), Col (\d+) \((\d+) selected\)/.exec(status) ?? [];
    assert.ok(line, status);
    const idLine = packLines[Number(line) - 1];
    assert.match(idLine, /^\s*- id: redis-cluster\s*$/, `line ${line}: ${idLine}`);
    const start = idLine.indexOf('redis-cluster') + 1;
    assert.ok([start, start + 'redis-cluster'.length].includes(Number(column)), `the cursor at column ${column}, the id at ${start}`);
    assert.equal(Number(selected), 'redis-cluster'.length);
    await page.locator('.monaco-editor .view-lines', { hasText: 'id: redis-cluster' }).first().waitFor();
    // The editor has the focus again, and with it the pack's summary in the status bar.
    await page.locator('.statusbar-item', { hasText: 'peak 98%' }).waitFor();
    await shoot(page, 'click-to-source');
  });

  it('shows the Roadmap Checklist of the pack in the Explorer', async () => {
    await runCommand(page, 'Explorer: Focus on Roadmap Checklist View');
    const view = page.locator('.pane', { hasText: 'Roadmap Checklist' }).last();
    await view.locator('.monaco-list-row', { hasText: 'Checks' }).waitFor({ timeout: 30_000 });
    assert.match((await view.textContent()) ?? '', /Ship\. No dimension below 4/);
    // The folders pane folded, so the checklist has the room to show its dimensions.
    await page.locator('.pane-header', { hasText: 'examples' }).first().click();
    await view.locator('.monaco-list-row', { hasText: 'Diagnosis quality' }).waitFor({ timeout: 30_000 });
    await shoot(page, 'checklist');
    await page.locator('.pane-header', { hasText: 'examples' }).first().click();
  });

  it('opens the walkthrough: six steps, each with its picture for the theme', async () => {
    await runCommand(page, 'Welcome: Open Walkthrough...');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Get started with roadmap packs' }).first().click();
    const steps = page.locator('.getting-started-step');
    await steps.first().waitFor({ timeout: 30_000 });
    assert.equal(await steps.count(), 6);
    // The first step's picture, in the light theme's variant (the media pane is hidden while the editor is narrow).
    const picture = page.locator('.getting-started-media img[srcset*="open-pack-"]').first();
    await picture.waitFor({ state: 'attached', timeout: 30_000 });
    assert.match((await picture.getAttribute('srcset')) ?? '', /open-pack-light\.svg/);
    assert.match((await picture.getAttribute('alt')) ?? '', /status bar showing the verdict Ship/);
    await shoot(page, 'walkthrough');
  });

  it('ticks the steps done before the walkthrough was first opened: the pack, the preview, the checklist', async () => {
    // Done above, before the walkthrough's service started (no Welcome page at startup). The
    // Problems step ticks on its command, which the service saw no run of; the reports are not done yet.
    const step = (id: string) => page.locator(`button.getting-started-step[data-step-id$="${id}"]`).first();
    for (const id of ['openPack', 'preview', 'checklist']) {
      await eventually(async () => ((await step(id).getAttribute('aria-checked')) === 'true') || undefined, `the step ${id} ticked`, 15_000);
    }
    assert.equal(await step('reports').getAttribute('aria-checked'), 'false');
  });
});
