/**
 * The language server of VS Code for the Web: dist/web/server.js (built by
 * scripts/buildWeb.mjs, as the .vsix ships it) started as a web worker in
 * Chromium and driven over LSP by the same client as the Node server's tests
 * (test/lsp/lspClient.ts), its messages relayed through the page. It must say
 * what the Node server says about the worked example: the same diagnostics,
 * the forecast's included, and the same hover.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { Server, createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { AbstractMessageReader, AbstractMessageWriter, DataCallback, Disposable, HoverRequest, Message } from 'vscode-languageserver-protocol/node';
import type { Diagnostic, Hover } from 'vscode-languageserver-protocol/node';
import { repoPath } from '../helpers/repoRoot';
import { LspClient, ServerTransport } from '../lsp/lspClient';
import { CHROMIUM, OUTPUT, launchChromium } from './harness';

const WEB_DIR = `${OUTPUT}/web`;
const EXAMPLE = repoPath('examples', 'platform-reliability', 'platform-reliability.roadmap.yaml');

/** Messages from the worker, handed to the client's connection. */
class RelayReader extends AbstractMessageReader {
  private callback: DataCallback | undefined;

  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    return Disposable.create(() => (this.callback = undefined));
  }

  deliver(message: Message): void {
    this.callback?.(message);
  }
}

/** Messages to the worker, posted to it by the page. */
class RelayWriter extends AbstractMessageWriter {
  constructor(private readonly page: Page) {
    super();
  }

  async write(message: Message): Promise<void> {
    // Code for the page goes as a string (the tsconfig has no DOM library), the message as JSON inside it.
    await this.page.evaluate(`window.__worker.postMessage(${JSON.stringify(message)})`);
  }

  end(): void {}
}

/** A page that serves nothing but itself and the worker's script, the only two requests allowed. */
function serveWebBundle(): Promise<Server> {
  const server = createServer((request, response) => {
    if (request.url === '/server.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(`${WEB_DIR}/server.js`));
    } else if (request.url === '/') {
      response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>web worker server</title>');
    } else {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function workerTransport(page: Page, origin: string): Promise<ServerTransport> {
  const reader = new RelayReader();
  await page.exposeFunction('__fromWorker', (message: Message) => reader.deliver(message));
  await page.goto(origin);
  await page.evaluate(`(() => {
    window.__errors = [];
    window.__worker = new Worker('/server.js');
    window.__worker.onmessage = (event) => window.__fromWorker(event.data);
    window.__worker.onerror = (event) => window.__errors.push(String(event.message));
  })()`);
  return { reader, writer: new RelayWriter(page), close: () => page.evaluate('window.__worker.terminate()') };
}

/** Code, severity, range and message of each diagnostic, in order. */
function seen(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.code} ${d.severity} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.message}`);
}

/** The second publish: the check's comes first, then the same with the forecast's findings (lsp/forecasts.ts). */
async function settled(client: LspClient, uri: string): Promise<Diagnostic[]> {
  const published = await client.diagnostics(uri, () => client.published(uri).length >= 2, 20000);
  return published.diagnostics;
}

describe('the web worker language server (VS Code for the Web)', function () {
  this.timeout(120000);
  let browser: Browser;
  let http: Server;
  let web: LspClient;
  let node: LspClient;
  let page: Page;
  const requests: string[] = [];
  const uri = pathToFileURL(EXAMPLE).toString();

  before(async function () {
    if (!existsSync(CHROMIUM)) this.skip();
    const build = (await import(pathToFileURL(repoPath('scripts', 'buildWeb.mjs')).href)) as { buildWeb(options: { production: boolean; outDir: string }): Promise<unknown> };
    await build.buildWeb({ production: true, outDir: WEB_DIR });
    http = await serveWebBundle();
    browser = await launchChromium();
    page = await browser.newPage();
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    const origin = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    web = new LspClient(await workerTransport(page, origin));
    node = new LspClient();
    const folder = repoPath('examples', 'platform-reliability');
    await Promise.all([web.initialize(folder), node.initialize(folder)]);
    const text = readFileSync(EXAMPLE, 'utf8');
    await Promise.all([web.open(uri, text), node.open(uri, text)]);
  });

  after(async () => {
    await web?.stop();
    await node?.stop();
    await browser?.close();
    await new Promise((resolve) => (http ? http.close(resolve) : resolve(undefined)));
  });

  it('publishes the diagnostics the Node server publishes, the forecast\'s included', async () => {
    const [fromWeb, fromNode] = await Promise.all([settled(web, uri), settled(node, uri)]);
    assert.ok(fromNode.length >= 5, `the example has ${fromNode.length} diagnostics`);
    assert.deepEqual(seen(fromWeb), seen(fromNode));
  });

  it('answers a hover on an initiative with the same card', async () => {
    const line = readFileSync(EXAMPLE, 'utf8').split('\n').findIndex((text) => /^\s*- id: redis-cluster\b/.test(text));
    assert.ok(line > 0);
    const position = { line, character: readFileSync(EXAMPLE, 'utf8').split('\n')[line].indexOf('redis-cluster') + 2 };
    const ask = (client: LspClient) => client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position }) as Promise<Hover | null>;
    const [fromWeb, fromNode] = await Promise.all([ask(web), ask(node)]);
    assert.ok(fromNode && JSON.stringify(fromNode.contents).includes('redis'), JSON.stringify(fromNode));
    assert.deepEqual(fromWeb, fromNode);
  });

  it('runs in the worker without an error or any request beyond its own script', async () => {
    assert.deepEqual(await page.evaluate('window.__errors'), []);
    assert.deepEqual([...new Set(requests)].sort(), ['/', '/server.js']);
  });
});
