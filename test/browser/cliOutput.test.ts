/**
 * What `roadmap-pack render` prints must be ONE document the bundled Mermaid
 * accepts, for every view: each output is handed to the real preview page as
 * a view's only diagram, and the page runs `mermaid.parse` before drawing
 * (media/preview/render.ts), posting `renderError` when it fails. Copy Mermaid
 * is held to the same standard.
 */
import { strict as assert } from 'node:assert';
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { run } from '../../server/src/cli/run';
import { VIEWS } from '../../server/src/pack/views';
import type { FromWebview } from '../../protocol/webview';
import { repoRoot } from '../helpers/repoRoot';
import { CHROMIUM, Harness, PreviewPage, launchChromium } from './harness';
import { Update, readPack, updateFor } from './updates';
import { TEST_TODAY } from '../helpers/today';

const PACKS = [
  'examples/platform-reliability/platform-reliability.roadmap.yaml',
  'examples/platform-inventory.roadmap.yaml',
  'examples/platform-2025.roadmap.yaml',
  'examples/flash-sale.roadmap.yaml',
  'examples/data-platform/mvf.roadmap.yaml',
  'examples/data-platform/by-service.roadmap.yaml',
  'examples/backend-2025.roadmap.yaml',
  'test/fixtures/hostile/labels.roadmap.yaml',
  'test/fixtures/hostile/keywords.roadmap.yaml',
];
/** Every Mermaid view: `--view metrics` and `--view board` print a Markdown table (test/unit/metricsCli.test.ts, test/views/board.test.ts). */
const RUNS: string[][] = [...VIEWS.filter((view) => view !== 'metrics' && view !== 'forecast' && view !== 'board').map((view) => ['--view', view]), ['--view', 'capacity', '--weekly'], ['--view', 'capacity', '--team', 'infra'], ['--view', 'gantt', '--group-by', 'team']];

/** The CLI in this process, as a user runs it from the repository root. */
function cli(args: string[]): { status: number; stdout: string } {
  let stdout = '';
  const status = run(args, { cwd: repoRoot(), env: {}, today: TEST_TODAY, stdout: { write: (text: string) => (stdout += text) }, stderr: { write: () => true } });
  return { status, stdout };
}

/** Markdown's ```mermaid blocks, as a renderer of Markdown reads them. */
function fences(markdown: string): string[] {
  return [...markdown.matchAll(/^(`{3,})mermaid\n([\s\S]*?)^\1$/gm)].map((match) => match[2]);
}

describe('render output parses with the bundled Mermaid', function () {
  this.timeout(120_000);
  let browser: Browser;
  let harness: Harness;
  let page: PreviewPage;
  let version = 0;

  before(async function () {
    if (!existsSync(CHROMIUM)) this.skip();
    harness = await Harness.start();
    browser = await launchChromium();
    page = await PreviewPage.open(browser, harness);
  });

  after(async () => {
    await page?.close();
    await browser?.close();
    await harness?.close();
  });

  /** The page's verdict on one Mermaid document: `rendered`, or `renderError` with Mermaid's message. */
  async function verdict(text: string): Promise<FromWebview> {
    const update: Update = { ...updateFor(readPack(PACKS[0])), version: ++version, views: VIEWS.map((view) => ({ view, diagrams: view === 'gantt' ? [text] : [], text: view === 'gantt' ? text : '', sourceMap: {}, warnings: [] })) };
    return page.draw([update], 'gantt');
  }

  it('the page does reject several charts back to back (what capacity printed before)', async () => {
    const perTeam = fences(cli(['render', PACKS[0], '--view', 'capacity', '--markdown']).stdout);
    assert.equal(perTeam.length, 3);
    assert.equal((await verdict(perTeam.join('\n'))).type, 'renderError');
  });

  for (const pack of PACKS) {
    for (const args of RUNS) {
      it(`${pack} ${args.join(' ')}`, async () => {
        const { status, stdout } = cli(['render', pack, ...args]);
        assert.equal(status, 0);
        const result = await verdict(stdout);
        assert.equal(result.type, 'rendered', JSON.stringify(result));
      });
    }
  }

  it('--markdown prints every capacity chart as its own fence, each one valid', async () => {
    const charts = fences(cli(['render', PACKS[0], '--view', 'capacity', '--markdown']).stdout);
    for (const chart of charts) assert.equal((await verdict(chart)).type, 'rendered');
  });

  it('Copy Mermaid copies one valid Mermaid document for every view, several team charts too', async () => {
    await page.draw([{ ...updateFor(readPack(PACKS[0])), version: ++version }], 'gantt');
    const copied: Record<string, string> = {};
    for (const view of ['gantt', 'capacity'] as const) {
      if (view !== 'gantt') await page.select(view);
      await page.clearPosted();
      await page.page.click('#rp-copy');
      const [message] = await page.posted();
      assert.equal(message.type, 'copySource');
      copied[view] = (message as { text: string }).text;
    }
    // Back on the gantt tab, where verdict() puts each document.
    await page.select('gantt');
    for (const view of ['gantt', 'capacity'] as const) {
      assert.ok(!copied[view].includes('```'), `${view}: one document, not Markdown fences`);
      assert.equal((await verdict(copied[view])).type, 'rendered', `${view}: ${copied[view]}`);
    }
  });
});
