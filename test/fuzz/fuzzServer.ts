import { pathToFileURL } from 'node:url';
import { PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { DidChangeTextDocumentNotification, DidCloseTextDocumentNotification, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol/node';
import { LspClient } from '../lsp/lspClient';

/** How long one request or one publish may take before the fuzz calls it hung. */
export const ANSWER_TIMEOUT_MS = 5000;

/** What a request gave: a result, a JSON-RPC error (both fine), or nothing in time (a failure). */
export type Answer = { kind: 'result'; value: unknown } | { kind: 'error'; code: number; message: string } | { kind: 'timeout' };

/** The bundled server over stdio, with what the fuzz needs on top of the test client: incremental edits and bounded waits. */
export class FuzzServer {
  readonly client = new LspClient();

  async start(folder: string): Promise<void> {
    await this.client.initialize(folder, { debounce: 0 }, { workspace: { workspaceEdit: { documentChanges: true } } });
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    return this.client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'roadmap-yaml', version, text } });
  }

  close(uri: string): Promise<void> {
    this.client.forget(uri);
    return this.client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** Sends range edits, as an editor with incremental sync does. */
  change(uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[]): Promise<void> {
    return this.client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges });
  }

  diagnosticsOf(uri: string, version: number): Promise<PublishDiagnosticsParams> {
    return this.client.diagnostics(uri, (p) => p.version === version, ANSWER_TIMEOUT_MS * 2);
  }

  async request(method: string, params: unknown): Promise<Answer> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<Answer>((resolve) => (timer = setTimeout(() => resolve({ kind: 'timeout' }), ANSWER_TIMEOUT_MS)));
    const answer = this.client.connection.sendRequest(method, params).then(
      (value): Answer => ({ kind: 'result', value }),
      (error: { code?: number; message?: string }): Answer => ({ kind: 'error', code: error.code ?? 0, message: String(error.message) }),
    );
    try {
      return await Promise.race([answer, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  get alive(): boolean {
    return this.client.alive;
  }

  stop(): Promise<void> {
    return this.client.stop();
  }
}

export const uriOf = (file: string): string => pathToFileURL(file).toString();
