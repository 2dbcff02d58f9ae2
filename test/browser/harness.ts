/**
 * A stand-in for the VS Code webview: an HTTP server on 127.0.0.1 that serves
 * the preview's real HTML (client/src/preview/html.ts, the same function the
 * extension calls) with a nonce'd test stub of `acquireVsCodeApi` placed
 * before the main script, and the webview bundle built for production.
 *
 * The stub records every posted message on `window.__posted`, keeps state in
 * sessionStorage (so a reload restores it, as VS Code does), records CSP
 * violations on `window.__csp` and turns `alert`/`confirm`/`prompt` into
 * `window.__pwned`. Tests deliver messages with `window.postMessage`, as the
 * webview host does.
 *
 * In-page code is passed to Playwright as strings: the root tsconfig has no
 * DOM library (the pure core must not see one), so a typed page function
 * would not compile.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { IncomingMessage, Server, ServerResponse, createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import type { FromWebview, ToWebview } from '../../protocol/webview';
import { previewHtml } from '../../client/src/preview/html';
import { repoPath } from '../helpers/repoRoot';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
export const OUTPUT = repoPath('test-output');
const BUNDLE_DIR = repoPath('test-output/webview');

export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** Every path the webview may ask the harness for: its HTML, its bundle, its styles (and the browser's favicon). */
/** The VS Code themes every visual check runs in (the page's `__theme` knows each). */
export const THEMES = ['vscode-light', 'vscode-dark', 'vscode-high-contrast'] as const;

export const EXPECTED_REQUESTS: ReadonlySet<string> = new Set(['/', '/media/preview.js', '/media/preview.css', '/favicon.ico']);

/** The browser and the webview server a suite shares, once its `before` has run. */
export interface Chromium {
  browser: Browser;
  harness: Harness;
}

/**
 * Starts the harness and Chromium before the suite and stops both after it;
 * without Chromium installed the suite is skipped, saying which (`what`).
 */
export function useChromium(what: string): Chromium {
  const shared = {} as Chromium;
  before(async function () {
    if (!existsSync(CHROMIUM)) {
      console.warn(`    ${CHROMIUM} not found: skipping ${what} (install it with \`apt-get install chromium\`; CI does).`);
      this.skip();
    }
    shared.harness = await Harness.start();
    shared.browser = await launchChromium();
  });
  after(async () => {
    await shared.browser?.close();
    await shared.harness?.close();
  });
  return shared;
}

/** The preview page a pane's tests draw in, and the next update's version (each draw must be newer). */
export interface Pane {
  readonly theme: (typeof THEMES)[number];
  readonly width: number;
  readonly preview: PreviewPage;
  nextVersion(): number;
}

/**
 * A `describe` per theme × pane width, each with a preview page of that size
 * opened before its tests and closed after them: the visual standard's grid.
 */
export function forEveryPane(chromium: Chromium, widths: readonly number[], height: number, tests: (pane: Pane) => void): void {
  for (const theme of THEMES) {
    for (const width of widths) {
      describe(`${theme}, ${width} px pane`, () => {
        let page: PreviewPage | undefined;
        let version = 0;
        before(async () => {
          page = await PreviewPage.open(chromium.browser, chromium.harness, theme, { width, height });
        });
        after(async () => page?.close());
        tests({ theme, width, get preview() { return page!; }, nextVersion: () => ++version });
      });
    }
  }
}

/** Builds the webview (production, as shipped) into test-output/webview. */
export async function buildBundle(): Promise<void> {
  const url = pathToFileURL(repoPath('scripts/buildWebview.mjs')).href;
  const module = (await import(url)) as { buildWebview(options: { production: boolean; outDir: string; quiet: boolean }): Promise<unknown> };
  await module.buildWebview({ production: true, outDir: BUNDLE_DIR, quiet: true });
}

/** The stub, in the page before the main script. */
const STUB = `
(() => {
  const KEY = 'roadmap-preview-state';
  window.__posted = [];
  window.__csp = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__csp.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample, source: e.sourceFile, line: e.lineNumber, column: e.columnNumber }));
  window.alert = window.confirm = window.prompt = () => { window.__pwned = 'dialog'; };
  let acquired = false;
  window.acquireVsCodeApi = () => {
    if (acquired) throw new Error('acquireVsCodeApi may be called only once');
    acquired = true;
    return {
      postMessage: (message) => { window.__posted.push(JSON.parse(JSON.stringify(message))); },
      getState: () => { const stored = sessionStorage.getItem(KEY); return stored ? JSON.parse(stored) : undefined; },
      setState: (state) => sessionStorage.setItem(KEY, JSON.stringify(state)),
    };
  };
})();
`;

/**
 * Some of the variables VS Code sets on the webview's <html>, so screenshots
 * look like the editor; `window.__theme(name)` switches theme as VS Code does
 * (body class and variables together).
 */
const THEME_VARIABLES = `
(() => {
  const LIGHT = { 'editor-background': '#ffffff', 'editor-foreground': '#333333', 'button-background': '#007acc', 'button-foreground': '#ffffff', 'button-secondaryBackground': '#e5e5e5', 'button-secondaryForeground': '#333333', 'descriptionForeground': '#717171', 'errorForeground': '#a1260d' };
  const DARK = { 'editor-background': '#1e1e1e', 'editor-foreground': '#cccccc', 'button-background': '#0e639c', 'button-foreground': '#ffffff', 'button-secondaryBackground': '#3a3d41', 'button-secondaryForeground': '#cccccc', 'descriptionForeground': '#9d9d9d', 'errorForeground': '#f48771' };
  const CONTRAST = { ...DARK, 'editor-background': '#000000', 'editor-foreground': '#ffffff', 'button-background': '#000000', 'button-border': '#6fc3df', 'focusBorder': '#f38518' };
  window.__theme = (name) => {
    const vars = name === 'vscode-dark' ? DARK : name === 'vscode-high-contrast' ? CONTRAST : LIGHT;
    for (const [key, value] of Object.entries(vars)) document.documentElement.style.setProperty('--vscode-' + key, value);
    document.documentElement.style.setProperty('--vscode-font-family', 'sans-serif');
    document.documentElement.style.setProperty('--vscode-font-size', '13px');
    document.body.className = name;
  };
  window.__theme(new URLSearchParams(location.search).get('theme') || 'vscode-light');
})();
`;

export class Harness {
  /** Every path the page asked for, in order. */
  readonly requests: string[] = [];
  private readonly server: Server = createServer((request, response) => this.serve(request, response));
  private address = '';

  /** Builds the webview bundle and listens on 127.0.0.1, on a free port. */
  static async start(): Promise<Harness> {
    await buildBundle();
    const harness = new Harness();
    await new Promise<void>((resolve) => harness.server.listen(0, '127.0.0.1', resolve));
    harness.address = `http://127.0.0.1:${(harness.server.address() as AddressInfo).port}`;
    return harness;
  }

  get origin(): string {
    return this.address;
  }

  /** The preview's HTML, with the stub injected before the main script. */
  page(): string {
    const nonce = randomBytes(18).toString('base64').replace(/[^A-Za-z0-9]/g, '');
    const html = previewHtml({ scriptUri: `${this.origin}/media/preview.js`, styleUri: `${this.origin}/media/preview.css`, cspSource: this.origin, nonce });
    const stub = `<script nonce="${nonce}">${STUB}${THEME_VARIABLES}</script>\n`;
    const at = html.indexOf('<script ');
    if (at < 0 || html.indexOf('<script ', at + 1) >= 0) throw new Error('expected exactly one <script> in the preview HTML');
    return html.slice(0, at) + stub + html.slice(at);
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private serve(request: IncomingMessage, response: ServerResponse): void {
    const path = new URL(request.url ?? '/', this.origin).pathname;
    this.requests.push(path);
    const files: Record<string, [string, string]> = {
      '/media/preview.js': [`${BUNDLE_DIR}/preview.js`, 'text/javascript'],
      '/media/preview.css': [`${BUNDLE_DIR}/preview.css`, 'text/css'],
    };
    if (path === '/') return send(response, 200, 'text/html', this.page());
    const file = files[path];
    if (file) return send(response, 200, file[1], readFileSync(file[0]));
    send(response, 404, 'text/plain', 'not found');
  }
}

export function delay(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, { 'Content-Type': `${type}; charset=utf-8`, 'Cache-Control': 'no-store' });
  response.end(body);
}

export interface CspViolation {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
  line: number;
  column: number;
}

/** One preview page and what it posted. */
export class PreviewPage {
  constructor(readonly page: Page) {}

  /** `viewport` is the pane's size: the webview fills it. */
  static async open(browser: Browser, harness: Harness, theme = 'vscode-light', viewport = { width: 1280, height: 900 }): Promise<PreviewPage> {
    const page = await browser.newPage({ viewport });
    const preview = new PreviewPage(page);
    await page.goto(`${harness.origin}/?theme=${theme}`);
    await preview.waitFor((m) => m.type === 'ready');
    return preview;
  }

  /** Delivers messages as the webview host does, all in one task (so later ones arrive while the first is being drawn). */
  async deliver(...messages: ToWebview[]): Promise<void> {
    await this.page.evaluate(messages.map((message) => `window.postMessage(${JSON.stringify(message)}, '*');`).join('\n'));
  }

  async posted(): Promise<FromWebview[]> {
    return (await this.page.evaluate('window.__posted')) as FromWebview[];
  }

  async clearPosted(): Promise<void> {
    await this.page.evaluate('window.__posted.length = 0');
  }

  /**
   * Waits until a posted message satisfies `condition`, polling from Node:
   * Playwright's in-page polling of a string predicate uses `eval`, which the
   * preview's CSP (rightly) blocks, and would show up as a CSP violation.
   */
  async waitFor(condition: (message: FromWebview) => boolean, timeout = 30_000): Promise<FromWebview> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const found = (await this.posted()).find(condition);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`timed out; posted: ${JSON.stringify(await this.posted()).slice(0, 500)}`);
      await delay(20);
    }
  }

  /**
   * Delivers, then waits for the view's `rendered` (or a `renderError`), and
   * for the charts drawn after it (capacity's below the first screen,
   * media/preview/laterCharts.ts): what a test measures is the whole view.
   */
  async draw(messages: ToWebview[], view: string, timeout = 30_000): Promise<FromWebview> {
    await this.clearPosted();
    await this.deliver(...messages);
    const result = await this.waitFor((m) => (m.type === 'rendered' && m.view === view) || m.type === 'renderError', timeout);
    await this.drawnWhole(timeout);
    return result;
  }

  /** Waits until no chart placeholder is left in the canvas. */
  async drawnWhole(timeout = 30_000): Promise<void> {
    const deadline = Date.now() + timeout;
    while ((await this.count('#rp-canvas .rp-pending')) > 0) {
      if (Date.now() > deadline) throw new Error('timed out: charts still pending');
      await delay(20);
    }
  }

  /** Selects a view with a `select` message and waits for it to be drawn. */
  async select(view: string): Promise<FromWebview> {
    return this.draw([{ type: 'select', view } as ToWebview], view);
  }

  /** The text of every SVG in the canvas (labels, titles, axes). */
  async svgText(): Promise<string> {
    return (await this.page.evaluate("[...document.querySelectorAll('#rp-canvas svg')].map((svg) => svg.textContent).join('\\n')")) as string;
  }

  async count(selector: string): Promise<number> {
    return (await this.page.evaluate(`document.querySelectorAll(${JSON.stringify(selector)}).length`)) as number;
  }

  async text(selector: string): Promise<string> {
    return (await this.page.evaluate(`document.querySelector(${JSON.stringify(selector)})?.textContent ?? ''`)) as string;
  }

  async visible(selector: string): Promise<boolean> {
    return this.page.isVisible(selector);
  }

  async value<T>(expression: string): Promise<T> {
    return (await this.page.evaluate(expression)) as T;
  }

  async csp(): Promise<CspViolation[]> {
    return this.value<CspViolation[]>('window.__csp');
  }

  async pwned(): Promise<unknown> {
    return this.value<unknown>('window.__pwned');
  }

  async close(): Promise<void> {
    await this.page.close();
  }
}
