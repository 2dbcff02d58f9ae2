/**
 * The Markdown preview's script (media/preview.js, built for production as
 * shipped: the webview's and the report's too) on HTML as the markdown-it plugin writes it, in
 * each VS Code theme: every roadmap fence's diagram is drawn as an SVG of a
 * real size, none shows an error, and no hostile label runs script. The page
 * is served by Playwright's routing (nothing leaves the browser) under a
 * CSP as strict as the preview's: the script by nonce, nothing fetched.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { checkPack } from '../../server/src/pack/checkPack';
import { renderView } from '../../server/src/pack/views';
import { VIEWS } from '../../server/src/pack/views/names';
import { MarkdownIt, roadmapFences } from '../../client/src/markdown/roadmapFences';
import { CHROMIUM, THEMES, buildBundle, delay, launchChromium } from './harness';
import { existsSync } from 'node:fs';
import { repoPath } from '../helpers/repoRoot';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const markdownIt = require('markdown-it') as (options?: object) => MarkdownIt & { render(text: string, env?: object): string };

const ORIGIN = 'http://markdown-preview.test';
const EXAMPLE = readFileSync(repoPath('examples/platform-reliability/platform-reliability.roadmap.yaml'), 'utf8');
const HOSTILE = readFileSync(repoPath('test/fixtures/hostile/labels.roadmap.yaml'), 'utf8');
const NONCE = 'markdownpreviewtest';
/** The views that have diagrams (metrics and forecast are tables). */
const DRAWN = VIEWS.filter((view) => renderView(checkPack(EXAMPLE), view, { today: 20_600 }).diagrams.length > 0);

const diagramCount = (text: string, view: (typeof VIEWS)[number]) => renderView(checkPack(text), view, { today: 20_600 }).diagrams.length;
/** Every diagram of every fence below (capacity draws one a team, the dependency graph its compact form too). */
const EXPECTED_DIAGRAMS = DRAWN.reduce((sum, view) => sum + diagramCount(EXAMPLE, view), 0) + diagramCount(HOSTILE, 'gantt') + diagramCount(HOSTILE, 'deps');

function markdown(): string {
  const fences = DRAWN.map((view) => `## ${view}\n\n\`\`\`roadmap ${view}\n${EXAMPLE}\`\`\`\n`).join('\n');
  // Raw HTML posing as the webview's and the report's pages: the script still draws only the fences.
  const posing = '<div id="rp-canvas" data-roadmap="preview"></div>\n\n<pre class="rp-diagram" data-view="deps">graph TD; A-->B</pre>\n';
  return `# Roadmap\n\n${posing}\n${fences}\n## Hostile\n\n\`\`\`roadmap gantt\n${HOSTILE}\`\`\`\n\n\`\`\`roadmap deps\n${HOSTILE}\`\`\`\n`;
}

function page(theme: string): string {
  const md = roadmapFences(markdownIt({ html: true }), { documentPath: () => undefined, readPack: () => ({ kind: 'loading' }), today: () => 20_600 }) as ReturnType<typeof markdownIt>;
  const csp = `default-src 'none'; img-src data:; style-src ${ORIGIN} 'unsafe-inline'; script-src 'nonce-${NONCE}'`;
  return `<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="${csp}">
<link rel="stylesheet" href="${ORIGIN}/markdownPreview.css">
<script nonce="${NONCE}">window.alert = window.confirm = window.prompt = () => { window.__pwned = true; };</script>
</head><body class="${theme}" style="width: 900px">${md.render(markdown())}
<script nonce="${NONCE}" src="${ORIGIN}/preview.js"></script></body></html>`;
}

interface Drawing {
  sources: number;
  drawn: number;
  sizes: { width: number; height: number }[];
  errors: string[];
  posing: string | null;
  pwned: boolean;
}

describe('Markdown preview script: roadmap fences drawn in every theme', function () {
  this.timeout(180_000);
  let browser: Browser;
  before(async function () {
    if (!existsSync(CHROMIUM)) {
      console.warn(`    ${CHROMIUM} not found: skipping the Markdown preview script tests.`);
      this.skip();
    }
    await buildBundle();
    browser = await launchChromium();
  });
  after(async () => browser?.close());

  for (const theme of THEMES) {
    it(`${theme}: every diagram is an SVG, no error, no script from a label`, async () => {
      const tab = await browser.newPage({ viewport: { width: 1000, height: 900 } });
      const requests: string[] = [];
      const consoleErrors: string[] = [];
      tab.on('console', (message) => { if (message.type() === 'error') consoleErrors.push(message.text()); });
      await tab.route('**/*', (route) => {
        const url = route.request().url();
        requests.push(url);
        const name = url.startsWith(ORIGIN) ? new URL(url).pathname : '';
        if (name === '/') return route.fulfill({ contentType: 'text/html', body: page(theme) });
        if (name === '/preview.js' || name === '/markdownPreview.css') return route.fulfill({ contentType: name.endsWith('.js') ? 'text/javascript' : 'text/css', body: readFileSync(repoPath('test-output/webview', name.slice(1))) });
        return route.fulfill({ status: 404, body: '' });
      });
      try {
        await tab.goto(`${ORIGIN}/`);
        // Polled with evaluate: waitForFunction evaluates a string in the page, which the CSP forbids.
        for (let tries = 0; tries < 1200; tries++) {
          if (await tab.evaluate('document.querySelectorAll(".roadmap-drawn").length === document.querySelectorAll("pre.roadmap-diagram").length')) break;
          await delay(100);
        }
        const drawing = await tab.evaluate<Drawing>(`(() => ({
          sources: document.querySelectorAll('pre.roadmap-diagram').length,
          drawn: document.querySelectorAll('.roadmap-drawn svg').length,
          sizes: [...document.querySelectorAll('.roadmap-drawn svg')].map((svg) => { const box = svg.getBoundingClientRect(); return { width: box.width, height: box.height }; }),
          errors: [...document.querySelectorAll('.roadmap-error, .error-text')].map((node) => node.textContent),
          posing: document.querySelector('pre.rp-diagram')?.textContent ?? null,
          pwned: window.__pwned === true,
        }))()`);
        assert.equal(drawing.sources, EXPECTED_DIAGRAMS);
        assert.equal(drawing.drawn, drawing.sources);
        assert.deepEqual(drawing.errors, []);
        assert.equal(drawing.posing, 'graph TD; A-->B', "the Markdown's own <pre class=\"rp-diagram\"> is left as written: the page is not taken for a report");
        for (const size of drawing.sizes) assert.ok(size.width > 100 && size.height > 40, JSON.stringify(size));
        assert.equal(drawing.pwned, false);
        assert.deepEqual(consoleErrors, []);
        assert.deepEqual(requests.map((url) => new URL(url).pathname).sort(), ['/', '/markdownPreview.css', '/preview.js']);
      } finally {
        await tab.close();
      }
    });
  }
});
