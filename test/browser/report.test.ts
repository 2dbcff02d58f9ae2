/**
 * The HTML report (`roadmap-pack report --format html`) opened in Chromium
 * with the network off: every request the page makes fails the test (request
 * interception answers none), every diagram is drawn as SVG, the console
 * stays free of errors and CSP violations, and no element, attribute or
 * dialog comes from pack text (the hostile fixtures' <img onerror>, <script>
 * and `click … call` payloads). The renderer is built here into test-output,
 * as scripts/build.mjs builds dist/report.js.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { checkPack, parseIsoDate, reportDocument } from '../../server/src/pack';
import { repoPath } from '../helpers/repoRoot';
import { TEST_TODAY } from '../helpers/today';
import { CHROMIUM, launchChromium } from './harness';

const OUT_DIR = repoPath('test-output/report');
const PACKS = ['examples/platform-reliability/platform-reliability.roadmap.yaml', 'test/fixtures/hostile/labels.roadmap.yaml', 'test/browser/fixtures/xss.roadmap.yaml'];

async function buildRenderer(): Promise<string> {
  const module = (await import(pathToFileURL(repoPath('scripts/buildWebview.mjs')).href)) as { buildReportScript(options: { outDir: string; quiet: boolean }): Promise<{ script: string }> };
  const { script } = await module.buildReportScript({ outDir: OUT_DIR, quiet: true });
  return readFileSync(script, 'utf8');
}

interface Opened {
  requests: string[];
  errors: string[];
  diagrams: number;
  svgs: number;
  failures: string[];
  pwned: unknown;
  injected: string[];
}

/** In-page checks as a string: the root tsconfig has no DOM library. */
const INSPECT = `(() => ({
  diagrams: document.querySelectorAll('pre.rp-diagram').length,
  svgs: document.querySelectorAll('section div.rp-diagram > svg').length,
  failures: [...document.querySelectorAll('.rp-error')].map((e) => e.textContent),
  pwned: window.__pwned,
  injected: [...document.querySelectorAll('script:not([nonce]), img, iframe, object, embed, b, [onerror], [onclick], a[href^="javascript"]')].map((e) => e.outerHTML.slice(0, 120)),
}))()`;

async function open(browser: Browser, html: string): Promise<Opened> {
  const page = await browser.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  await page.route('**/*', (route) => {
    requests.push(route.request().url());
    return route.abort();
  });
  page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
  page.on('pageerror', (error) => void errors.push(error.message));
  page.on('dialog', (dialog) => void (errors.push(`dialog: ${dialog.message()}`), dialog.dismiss()));
  try {
    await page.setContent(html, { waitUntil: 'load' });
    await page.waitForSelector('body[data-rendered="true"]', { state: 'attached', timeout: 60_000 });
    const found = (await page.evaluate(INSPECT)) as Omit<Opened, 'requests' | 'errors'>;
    return { requests, errors, ...found };
  } finally {
    await page.close();
  }
}

describe('the HTML report offline in Chromium', function () {
  this.timeout(180_000);
  let browser: Browser;
  let script: string;

  before(async function () {
    if (!existsSync(CHROMIUM)) this.skip();
    script = await buildRenderer();
    browser = await launchChromium();
  });
  after(async () => browser?.close());

  for (const pack of PACKS) {
    it(`${pack}: every diagram drawn, no request, no console error, nothing injected`, async () => {
      const result = checkPack(readFileSync(repoPath(pack), 'utf8'), { today: TEST_TODAY });
      const html = reportDocument(result, 'html', { today: parseIsoDate(TEST_TODAY), assets: { script, nonce: 'dGVzdG5vbmNl' } });
      const expected = (html.match(/<pre class="rp-diagram"/g) ?? []).length;
      const opened = await open(browser, html);
      assert.ok(expected >= 4, `${pack}: ${expected} diagrams in the report`);
      assert.deepEqual(opened.requests, [], 'no request');
      assert.deepEqual(opened.errors, [], 'no console error');
      assert.deepEqual(opened.failures, [], 'no diagram failed');
      assert.equal(opened.diagrams, 0, 'every <pre> replaced by its drawing');
      assert.equal(opened.svgs, expected, 'one SVG per diagram');
      assert.equal(opened.pwned, undefined, 'no pack script ran');
      assert.deepEqual(opened.injected, [], 'no element from pack text');
    });
  }

  it('a page that asks for the network is caught (the interception is live)', async () => {
    const opened = await open(browser, `<!DOCTYPE html><body><img src="https://example.com/x.png"><script>document.body.dataset.rendered = 'true'</script></body>`);
    assert.equal(opened.requests.length, 1);
  });
});
