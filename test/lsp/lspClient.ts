import { ChildProcess, spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import {
  InitializeRequest,
  InitializedNotification,
  ProtocolConnection,
  PublishDiagnosticsNotification,
  PublishDiagnosticsParams,
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
  ExitNotification,
  ShutdownRequest,
  DidOpenTextDocumentNotification,
  DidChangeTextDocumentNotification,
  ConfigurationRequest,
  MessageReader,
  MessageWriter,
} from 'vscode-languageserver-protocol/node';
import { repoPath } from '../helpers/repoRoot';
import { SERVER_EXEC_ARGV } from '../../server/src/lsp/processOptions';
import { TEST_TODAY } from '../helpers/today';

/** A server reached some other way than as a child process over stdio (the web worker's, test/browser/webServer.test.ts). */
export interface ServerTransport {
  reader: MessageReader;
  writer: MessageWriter;
  close(): Promise<void>;
}

/**
 * A real client over stdio to the bundled server (dist/server.js), as an
 * editor would talk to it, or over another transport.
 */
export class LspClient {
  readonly connection: ProtocolConnection;
  private readonly process?: ChildProcess;
  private readonly transport?: ServerTransport;
  private readonly latest = new Map<string, PublishDiagnosticsParams>();
  private readonly history = new Map<string, PublishDiagnosticsParams[]>();
  private readonly waiters: { uri: string; test: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  configuration: Record<string, unknown> = {};
  /** Other sections the client answers `workspace/configuration` with, e.g. `files.exclude`. */
  sections: Record<string, unknown> = {};
  stderr = '';

  /** By default the bundled server; the bench passes another server's command line. */
  constructor(server: string[] | ServerTransport = [...SERVER_EXEC_ARGV, repoPath('dist', 'server.js'), '--stdio']) {
    if (Array.isArray(server)) {
      const child = (this.process = spawn(process.execPath, server, { stdio: ['pipe', 'pipe', 'pipe'] }));
      child.stderr!.on('data', (chunk) => (this.stderr += String(chunk)));
      this.connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    } else {
      this.transport = server;
      this.connection = createProtocolConnection(server.reader, server.writer);
    }
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => this.onDiagnostics(params));
    this.connection.onRequest(ConfigurationRequest.type, (params) => params.items.map((item) => (item.section && item.section in this.sections ? this.sections[item.section] : this.configuration)));
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.listen();
  }

  /** `capabilities` are added to the client's, e.g. `{ workspace: { workspaceEdit: { documentChanges: true } } }`. */
  /** `roadmapPacks.today` is pinned to TEST_TODAY unless `settings` sets it: no test depends on the real date. */
  async initialize(folder: string, given: Record<string, unknown> = { debounce: 0 }, capabilities: { workspace?: object } = {}): Promise<void> {
    const settings = { today: TEST_TODAY, ...given };
    this.configuration = settings;
    await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: pathToFileURL(folder).toString(),
      workspaceFolders: [{ uri: pathToFileURL(folder).toString(), name: 'test' }],
      capabilities: { workspace: { configuration: true, ...capabilities.workspace }, textDocument: { publishDiagnostics: { relatedInformation: true } } },
      initializationOptions: { settings },
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
  }

  async open(uri: string, text: string, languageId = 'roadmap-yaml'): Promise<void> {
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
  }

  async change(uri: string, version: number, text: string): Promise<void> {
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  /** The next diagnostics for the uri that pass the test (or the latest, if it already does). */
  diagnostics(uri: string, test: (p: PublishDiagnosticsParams) => boolean = () => true, timeout = 10000): Promise<PublishDiagnosticsParams> {
    const known = this.latest.get(uri);
    if (known && test(known)) return Promise.resolve(known);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeout} ms`)), timeout);
      this.waiters.push({ uri, test, resolve: (p) => (clearTimeout(timer), resolve(p)) });
    });
  }

  hasPublished(uri: string): boolean {
    return this.latest.has(uri);
  }

  /** Forgets what was published, so the next wait sees only new diagnostics. */
  forget(uri: string): void {
    this.latest.delete(uri);
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest(ShutdownRequest.type), new Promise((resolve) => setTimeout(resolve, 2000))]);
      await this.connection.sendNotification(ExitNotification.type);
    } finally {
      this.connection.dispose();
      this.process?.kill();
      await this.transport?.close();
    }
  }

  get pid(): number | undefined {
    return this.process?.pid;
  }

  get alive(): boolean {
    return this.process ? this.process.exitCode === null : true;
  }

  /** Every publish for the uri so far, in order (for tests of what came first). */
  published(uri: string): PublishDiagnosticsParams[] {
    return this.history.get(uri) ?? [];
  }

  private onDiagnostics(params: PublishDiagnosticsParams): void {
    this.latest.set(params.uri, params);
    this.history.set(params.uri, [...this.published(params.uri), params]);
    for (const waiter of [...this.waiters]) {
      if (waiter.uri !== params.uri || !waiter.test(params)) continue;
      this.waiters.splice(this.waiters.indexOf(waiter), 1);
      waiter.resolve(params);
    }
  }
}
