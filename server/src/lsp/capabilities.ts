import { CodeActionKind, InitializeResult, TextDocumentSyncKind } from 'vscode-languageserver';

/** What the server offers; the same whatever the client sends, so a failed `initialize` still answers it. */
export function serverCapabilities(): InitializeResult {
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      completionProvider: { triggerCharacters: [' ', '[', ','] },
      hoverProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      renameProvider: { prepareProvider: true },
      documentSymbolProvider: true,
      workspaceSymbolProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      codeLensProvider: { resolveProvider: false },
      inlayHintProvider: true,
    },
    serverInfo: { name: 'roadmap-packs' },
  };
}
