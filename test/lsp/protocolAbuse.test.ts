import { strict as assert } from 'node:assert';
import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SERVER_EXEC_ARGV } from '../../server/src/lsp/processOptions';
import { repoPath } from '../helpers/repoRoot';
import { LspClient } from './lspClient';

interface Response {
  id: number;
  result?: unknown;
  error?: { code: number; message: string };
}

/** A client that writes raw bytes, as a broken or hostile one would, and reads the answers by id. */
class RawClient {
  private readonly process: ChildProcess;
  private buffer = Buffer.alloc(0);
  private readonly answers = new Map<number, (response: Response) => void>();

  constructor() {
    this.process = spawn(process.execPath, [...SERVER_EXEC_ARGV, repoPath('dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
    this.process.stdout!.on('data', (chunk: Buffer) => this.read(chunk));
  }

  writeRaw(bytes: string): void {
    this.process.stdin!.write(bytes);
  }

  frame(message: object): string {
    const body = JSON.stringify({ jsonrpc: '2.0', ...message });
    return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
  }

  request(id: number, method: string, params?: unknown): Promise<Response> {
    const answered = new Promise<Response>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no answer to ${method} (${id})`)), 10000);
      this.answers.set(id, (response) => (clearTimeout(timer), resolve(response)));
    });
    this.writeRaw(this.frame(params === undefined ? { id, method } : { id, method, params }));
    return answered;
  }

  stop(): void {
    this.process.kill();
  }

  private read(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (let end = this.buffer.indexOf('\r\n\r\n'); end !== -1; end = this.buffer.indexOf('\r\n\r\n')) {
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.toString('ascii', 0, end))![1]);
      if (this.buffer.length < end + 4 + length) return;
      const message = JSON.parse(this.buffer.toString('utf8', end + 4, end + 4 + length)) as Response;
      this.buffer = this.buffer.subarray(end + 4 + length);
      this.answers.get(message.id)?.(message);
    }
  }
}

const INITIALIZE = { processId: null, rootUri: null, capabilities: {} };

describe('language server protocol hygiene', function () {
  this.timeout(30000);

  it('answers a request before initialize with ServerNotInitialized, and refuses a second initialize', async () => {
    const client = new RawClient();
    try {
      const early = await client.request(1, 'textDocument/hover', { textDocument: { uri: 'file:///x.roadmap.yaml' }, position: { line: 0, character: 0 } });
      assert.equal(early.error?.code, -32002);
      assert.ok((await client.request(2, 'initialize', INITIALIZE)).result);
      assert.equal((await client.request(3, 'initialize', INITIALIZE)).error?.code, -32600);
    } finally {
      client.stop();
    }
  });

  it('answers again after a malformed frame', async () => {
    const client = new RawClient();
    try {
      assert.ok((await client.request(1, 'initialize', INITIALIZE)).result);
      client.writeRaw('Content-Type: nonsense\r\n\r\n{"jsonrpc":"2.0","id":2,"method":"shutdown"}');
      client.writeRaw('Content-Length: twelve\r\n\r\n{}');
      const after = await client.request(3, 'workspace/symbol', { query: '' });
      assert.deepEqual(after.result, []);
    } finally {
      client.stop();
    }
  });

  it('answers null or malformed params with InvalidParams, for standard and custom requests', async () => {
    const client = new RawClient();
    try {
      assert.ok((await client.request(1, 'initialize', INITIALIZE)).result);
      assert.equal((await client.request(2, 'textDocument/hover', null)).error?.code, -32602);
      assert.equal((await client.request(3, 'roadmapPacks/views', null)).error?.code, -32602);
      assert.equal((await client.request(4, 'roadmapPacks/locate', { uri: 'file:///x.roadmap.yaml' })).error?.code, -32602);
    } finally {
      client.stop();
    }
  });

  it('refuses a status update for a month that is not one, instead of "Period: undefined NaN"', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'roadmap-lsp-protocol-'));
    const uri = pathToFileURL(join(folder, 'p.roadmap.yaml')).toString();
    const client = new LspClient();
    try {
      await client.initialize(folder);
      await client.open(uri, 'pack: 1\ntitle: T\nhorizon: 2026-Q3..2026-Q4\n');
      await client.diagnostics(uri);
      await assert.rejects(client.connection.sendRequest('roadmapPacks/statusUpdate', { uri, year: 2026, month: {} }), (error: { code: number }) => error.code === -32602);
      await assert.rejects(client.connection.sendRequest('roadmapPacks/statusUpdate', { uri, year: 2026, month: 13 }), (error: { code: number }) => error.code === -32602);
      assert.match(String(await client.connection.sendRequest('roadmapPacks/statusUpdate', { uri, year: 2026, month: 9 })), /September 2026|2026-09|Sep/);
    } finally {
      await client.stop();
    }
  });
});
