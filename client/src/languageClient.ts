import * as vscode from 'vscode';
import { LanguageClient, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { SERVER_EXEC_ARGV } from '../../server/src/lsp/processOptions';
import { clientOptions } from './clientOptions';

/** The desktop's language client: the server is dist/server.js in its own Node process, over IPC. */
export async function startLanguageClient(context: vscode.ExtensionContext): Promise<LanguageClient> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: SERVER_EXEC_ARGV } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6009'] } },
  };
  const client = new LanguageClient('roadmapPacks', 'Roadmap Packs', serverOptions, clientOptions(['file', 'untitled'], { fileEvents: true }));
  await client.start();
  return client;
}
