/**
 * The language server of VS Code for the Web: dist/web/server.js (built by
 * scripts/buildWeb.mjs, as the .vsix ships it) started as a web worker in
 * Chromium and driven over LSP by the same client as the Node server's tests
 * (test/lsp/lspClient.ts), its messages relayed through the page. It must say
 * what the Node server says about the worked example: the same diagnostics,
 * the forecast's included, and the same hover; and, given the closed briefs as
 * the web extension reads them (`roadmapPacks/closedFiles`), what the Node
 * server's scan of the folder says about each.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { Server, createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { AbstractMessageReader, AbstractMessageWriter, DataCallback, Disposable, HoverRequest, Message } from 'vscode-languageserver-protocol/node';
import { closedFilesRequest } from '../../protocol/requests';
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

const EXAMPLE_TEXT = readFileSync(EXAMPLE, 'utf8');
const REDIS_LINE = EXAMPLE_TEXT.split('\n').findIndex((text) => /^\s*- id: redis-cluster\b/.test(text));
const ON_REDIS = { line: REDIS_LINE, character: EXAMPLE_TEXT.split('\n')[REDIS_LINE].indexOf('redis-cluster') + 2 };

function hover(client: LspClient, uri: string): Promise<Hover | null> {
  return client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: ON_REDIS }) as Promise<Hover | null>;
}

/**
 * Waits for the forecast, which runs after the check's publish (lsp/forecasts.ts)
 * and republishes with its findings: once a hover carries its P50/P80, that
 * publish has been received (the server sent it before answering).
 */
async function forecastHeld(client: LspClient, uri: string): Promise<void> {
  for (let tries = 0; tries < 200; tries++) {
    if (JSON.stringify((await hover(client, uri))?.contents ?? '').includes('Forecast')) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.fail('no forecast on the hover within 20 s');
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
    await Promise.all([web.open(uri, EXAMPLE_TEXT), node.open(uri, EXAMPLE_TEXT)]);
    await Promise.all([forecastHeld(web, uri), forecastHeld(node, uri)]);
  });

  after(async () => {
    await web?.stop();
    await node?.stop();
    await browser?.close();
    await new Promise((resolve) => (http ? http.close(resolve) : resolve(undefined)));
  });

  it('publishes the diagnostics the Node server publishes, the forecast\'s included', async () => {
    const [fromWeb, fromNode] = await Promise.all([web.diagnostics(uri), node.diagnostics(uri)]);
    assert.ok(fromNode.diagnostics.length >= 5, `the example has ${fromNode.diagnostics.length} diagnostics`);
    assert.deepEqual(seen(fromWeb.diagnostics), seen(fromNode.diagnostics));
  });

  it('answers a hover on an initiative with the same card', async () => {
    const [fromWeb, fromNode] = await Promise.all([hover(web, uri), hover(node, uri)]);
    assert.ok(fromNode && JSON.stringify(fromNode.contents).includes('redis'), JSON.stringify(fromNode));
    assert.deepEqual(fromWeb, fromNode);
  });

  it('checks the closed briefs it is sent as the Node server checks them from disk', async () => {
    const folder = repoPath('examples', 'platform-reliability', 'briefs');
    const briefs = readdirSync(folder).filter((name) => name.endsWith('.md')).map((name) => ({ uri: pathToFileURL(`${folder}/${name}`).toString(), text: readFileSync(`${folder}/${name}`, 'utf8') }));
    assert.ok(briefs.length >= 5);
    const answer = await web.connection.sendRequest(closedFilesRequest, { files: briefs, deleted: [] });
    assert.equal(answer.kept, briefs.length);
    let compared = 0;
    for (const { uri: brief } of briefs) {
      const [fromWeb, fromNode] = await Promise.all([web.diagnostics(brief), node.diagnostics(brief)]);
      assert.deepEqual(seen(fromWeb.diagnostics), seen(fromNode.diagnostics), brief);
      compared += fromNode.diagnostics.length;
    }
    assert.equal(compared, 0, 'the example\'s briefs are clean: a brief with a finding follows');
    // A brief the example lacks, whose initiative is misspelt: checked against the pack, it names the one meant.
    const misspelt = { uri: pathToFileURL(`${folder}/tracing-copy.md`).toString(), text: briefs[0].text.replace(/^initiative: .*$/m, 'initiative: tracingg') };
    await web.connection.sendRequest(closedFilesRequest, { files: [misspelt], deleted: [] });
    const published = await web.diagnostics(misspelt.uri);
    assert.deepEqual(published.diagnostics.map((d) => d.code), ['RP702'], JSON.stringify(published.diagnostics));
    assert.match(published.diagnostics[0].message, /tracing/);
    await web.connection.sendRequest(closedFilesRequest, { files: [], deleted: [misspelt.uri] });
    await web.diagnostics(misspelt.uri, (params) => params.diagnostics.length === 0);
  });

  it('checks a brief against its pack, found by folders, as the Node server does', async () => {
    const folder = repoPath('examples', 'platform-reliability', 'briefs');
    const text = readFileSync(`${folder}/tracing.md`, 'utf8').replace('| MTTR (non-deploy incidents) | 45 min |', '| MTTR (non-deploy incidents) | 50 min |');
    assert.ok(text.includes('50 min'));
    const brief = pathToFileURL(`${folder}/tracing-mismatch.md`).toString();
    await Promise.all([web.open(brief, text, 'markdown'), node.open(brief, text, 'markdown')]);
    const [fromWeb, fromNode] = await Promise.all([web.diagnostics(brief), node.diagnostics(brief)]);
    assert.ok(fromNode.diagnostics.some((d) => d.code === 'RP706'), JSON.stringify(fromNode.diagnostics.map((d) => d.code)));
    assert.deepEqual(seen(fromWeb.diagnostics), seen(fromNode.diagnostics));
  });

  it('re-checks after a burst of keystrokes, as the Node server does', async () => {
    // Two changes in a row (the second cancels the first's pending check), then the published version is the last.
    const typo = EXAMPLE_TEXT.replace('depends_on: [db-scaling-2, redis-cluster, autoscaling]', 'depends_on: [db-scaling-2, redis-clustr, autoscaling]');
    assert.notEqual(typo, EXAMPLE_TEXT);
    for (const client of [web, node]) {
      await client.change(uri, 2, EXAMPLE_TEXT.replace('title: 3x traffic load test', 'title: 3x traffic load tests'));
      await client.change(uri, 3, typo);
    }
    const [fromWeb, fromNode] = await Promise.all([web.diagnostics(uri, (p) => p.version === 3), node.diagnostics(uri, (p) => p.version === 3)]);
    assert.ok(fromWeb.diagnostics.some((d) => d.code === 'RP202' && /redis-cluster/.test(d.message)), JSON.stringify(fromWeb.diagnostics.map((d) => d.message)));
    assert.deepEqual(seen(fromWeb.diagnostics), seen(fromNode.diagnostics));
    for (const client of [web, node]) await client.change(uri, 4, EXAMPLE_TEXT);
    await Promise.all([web.diagnostics(uri, (p) => p.version === 4), node.diagnostics(uri, (p) => p.version === 4)]);
  });

  it('runs in the worker without an error or any request beyond its own script', async () => {
    assert.deepEqual(await page.evaluate('window.__errors'), []);
    assert.deepEqual([...new Set(requests)].sort(), ['/', '/server.js']);
  });
});
