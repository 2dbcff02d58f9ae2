/**
 * ```roadmap fences in code-server's built-in Markdown preview: a Markdown
 * file with a ```roadmap gantt fence (a pack inline) and a ```roadmap-view
 * fence (the example pack by path) is written into the workspace, opened,
 * and "Markdown: Open Preview to the Side" run; the preview's iframe must
 * hold the drawn SVGs, and no error note. Runs after the other suites (the
 * files run in name order).
 */
import { strict as assert } from 'node:assert';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';

interface E2eContext {
  page: Page;
  workspace: string;
  screenshots: string;
}

const FILE = 'roadmaps-in-markdown.md';
const TIMEOUT_MS = 90_000;
/** The same text as the README's example. */
const MARKDOWN = "# Roadmaps in Markdown\n\nOpen this file's Markdown preview (**Markdown: Open Preview to the Side**): with\nRoadmap Packs installed, the fences below are drawn as diagrams.\n\nA ```` ```roadmap ```` fence holds a whole pack; the word after `roadmap` picks the view\n(`gantt`, `gates`, `deps`, `capacity`, `board`, `metrics`, `goals`, `forecast`; gantt when left out):\n\n```roadmap gantt\npack: 1\ntitle: Storage migration\nhorizon: 2027-Q1..2027-Q2\nteams:\n  - { id: infra, name: Infra Squad, engineers: 4 }\ncapacity: { bau: 40% }\ninitiatives:\n  - id: pooling\n    title: Connection pooling\n    owner: infra\n    status: planned\n    when: 2027-Q1-W1..W8\n    effort: 10-12\n  - id: replicas\n    title: Read replicas\n    owner: infra\n    status: planned\n    when: 2027-Q1-W9..2027-Q2-W4\n    effort: 8\n    depends_on: [pooling]\n```\n\nA ```` ```roadmap-view ```` fence draws a pack file, by its path from this file, and\nfollows its changes:\n\n```roadmap-view\npack: platform-reliability/platform-reliability.roadmap.yaml\nview: capacity\n```\n";

function context(): E2eContext {
  const found = (globalThis as { roadmapE2e?: E2eContext }).roadmapE2e;
  assert.ok(found, 'run the e2e suites with scripts/runE2eTests.mjs (npm run test:e2e): it starts code-server and the browser');
  return found;
}

/** The frame whose document holds `count` drawn roadmap SVGs, polled: the preview loads in nested iframes and draws late. */
async function previewWith(page: Page, count: number): Promise<Frame> {
  const deadline = Date.now() + TIMEOUT_MS;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      if ((await frame.locator('.roadmap-drawn svg').count().catch(() => 0)) >= count) return frame;
    }
    await new Promise((wake) => setTimeout(wake, 250));
  }
  throw new Error(`timed out after ${TIMEOUT_MS} ms waiting for ${count} roadmap diagrams in the Markdown preview`);
}

describe('roadmap fences in the built-in Markdown preview', () => {
  it('draws the ```roadmap gantt and the ```roadmap-view fences as SVG diagrams', async () => {
    const { page, workspace, screenshots } = context();
    writeFileSync(join(workspace, FILE), MARKDOWN);
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(FILE);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: FILE }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.monaco-editor .view-lines', { hasText: 'Roadmaps in Markdown' }).waitFor();
    await page.keyboard.press('F1');
    const command = page.locator('.quick-input-widget input');
    await command.waitFor({ state: 'visible' });
    await command.fill('>Markdown: Open Preview to the Side');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Markdown: Open Preview to the Side' }).first().waitFor();
    await page.keyboard.press('Enter');
    // The gantt of the inline pack, and the example's capacity (a chart a team): more than one.
    const frame = await previewWith(page, 2);
    const fences = await frame.locator('.roadmap-fence').count();
    assert.equal(fences, 2);
    for (const index of [0, 1]) {
      const drawn = await frame.locator('.roadmap-fence').nth(index).locator('.roadmap-drawn svg').count();
      assert.ok(drawn >= 1, `fence ${index + 1} drew ${drawn} diagrams`);
    }
    assert.equal(await frame.locator('.roadmap-error').count(), 0);
    assert.equal(await frame.locator('.roadmap-note', { hasText: 'Loading' }).count(), 0);
    const gantt = await frame.locator('.roadmap-fence').first().textContent();
    assert.match(gantt ?? '', /Connection pooling/);
    await page.screenshot({ path: join(screenshots, 'markdown-preview.png') });
  });
});
