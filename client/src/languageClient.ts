import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { SERVER_EXEC_ARGV } from '../../server/src/lsp/processOptions';
import { rulePageMiddleware } from './openRule';

/**
 * The documents the server serves: packs by their own language id, so Red
 * Hat's YAML extension leaves them alone; Markdown for briefs and ```roadmap
 * blocks (the server ignores Markdown that is neither).
 */
export const PACK_SELECTOR: { scheme: string; language: string }[] = [
  { scheme: 'file', language: 'roadmap-yaml' },
  { scheme: 'untitled', language: 'roadmap-yaml' },
  { scheme: 'file', language: 'markdown' },
  { scheme: 'untitled', language: 'markdown' },
];

export async function startLanguageClient(context: vscode.ExtensionContext): Promise<LanguageClient> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: SERVER_EXEC_ARGV } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: PACK_SELECTOR,
    synchronize: {
      // Settings changes reach the server without a reload; pack files changed on disk are re-checked.
      configurationSection: 'roadmapPacks',
      fileEvents: [vscode.workspace.createFileSystemWatcher('**/*.roadmap.{yaml,yml}'), vscode.workspace.createFileSystemWatcher('**/*.md')],
    },
    diagnosticCollectionName: 'roadmap',
    middleware: rulePageMiddleware,
  };
  const client = new LanguageClient('roadmapPacks', 'Roadmap Packs', serverOptions, clientOptions);
  await client.start();
  return client;
}
