import { CodeActionKind, ResponseError, Connection, DidChangeConfigurationNotification, FileChangeType, InitializeParams, InitializeResult, TextDocumentSyncKind, TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Debouncer } from './scheduler';
import { toLspDiagnostic } from './convert';
import { PackEntry, PackStore } from './packStore';
import { packSummaryRequest } from './protocol';
import { DEFAULT_SETTINGS, Settings, readSettings } from './settings';
import { PACK_FILE, findPackUris } from './workspaceScan';
import { codeActions } from './features/codeActions';
import { codeLenses } from './features/codeLens';
import { completion } from './features/completion';
import { hover } from './features/hover';
import { inlayHints } from './features/inlayHints';
import { definition, references } from './features/navigation';
import { prepareRename, rename } from './features/rename';
import { documentSymbols, workspaceSymbols } from './features/symbols';
import { packSummary } from './features/summary';

/**
 * Wires the pure core to the protocol. Every handler goes through `guard`,
 * so an unexpected input costs one empty answer and a log line, never the server.
 */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const debouncer = new Debouncer();
  let settings: Settings = DEFAULT_SETTINGS;
  const store = new PackStore(settings);
  let folders: string[] = [];
  let canPullConfiguration = false;

  const guard =
    <P, R>(name: string, empty: R, handler: (params: P) => R) =>
    (params: P): R => {
      try {
        return handler(params);
      } catch (error) {
        if (error instanceof ResponseError) throw error; // a deliberate refusal, for the user to read
        connection.console.error(`${name} failed: ${(error as Error).stack ?? String(error)}`);
        return empty;
      }
    };

  const isPack = (uri: string, languageId?: string) => languageId === 'roadmap-yaml' || PACK_FILE.test(uri);

  const publish = (entry: PackEntry) => connection.sendDiagnostics({ uri: entry.uri, version: entry.open ? entry.version : undefined, diagnostics: entry.result.diagnostics.map((d) => toLspDiagnostic(entry.uri, d)) });

  /** The entry for the document's current text, checking it now if a check is pending. */
  const current = (uri: string): PackEntry | undefined => {
    const document = documents.get(uri);
    const entry = store.get(uri);
    if (!document || !isPack(uri, document.languageId)) return entry;
    if (entry && entry.version === document.version && entry.open) return entry;
    debouncer.cancel(uri);
    const fresh = store.update(uri, document.getText(), document.version, true);
    publish(fresh);
    return fresh;
  };

  const checkOpen = (document: TextDocument) => {
    const latest = documents.get(document.uri);
    if (!latest || latest.version !== document.version) return; // superseded: a newer change is scheduled
    publish(store.update(document.uri, document.getText(), document.version, true));
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    folders = (params.workspaceFolders ?? []).map((folder) => folder.uri);
    if (folders.length === 0 && params.rootUri) folders = [params.rootUri];
    canPullConfiguration = Boolean(params.capabilities.workspace?.configuration);
    settings = readSettings((params.initializationOptions as { settings?: unknown } | undefined)?.settings);
    store.updateSettings(settings);
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
  });

  connection.onInitialized(async () => {
    if (canPullConfiguration) {
      await connection.client.register(DidChangeConfigurationNotification.type, undefined).catch(() => undefined);
      await refreshSettings();
    }
    for (const uri of findPackUris(folders)) {
      if (documents.get(uri)) continue;
      const entry = store.loadFromDisk(uri);
      if (entry) publish(entry);
    }
  });

  const refreshSettings = async () => {
    try {
      const raw = await connection.workspace.getConfiguration('roadmapPacks');
      settings = readSettings(raw);
    } catch {
      settings = DEFAULT_SETTINGS;
    }
    store.updateSettings(settings);
    store.recheckAll().forEach(publish);
  };

  connection.onDidChangeConfiguration(
    guard('configuration', undefined, (change: { settings?: { roadmapPacks?: unknown } }) => {
      if (canPullConfiguration) void refreshSettings();
      else {
        settings = readSettings(change.settings?.roadmapPacks);
        store.updateSettings(settings);
        store.recheckAll().forEach(publish);
      }
    }),
  );

  documents.onDidOpen(guard('open', undefined, ({ document }) => isPack(document.uri, document.languageId) && checkOpen(document)));
  documents.onDidChangeContent(guard('change', undefined, ({ document }) => isPack(document.uri, document.languageId) && debouncer.schedule(document.uri, settings.debounce, () => guard('check', undefined, checkOpen)(document))));
  documents.onDidClose(
    guard('close', undefined, ({ document }) => {
      debouncer.cancel(document.uri);
      const entry = store.loadFromDisk(document.uri);
      if (entry) publish(entry);
      else connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
    }),
  );

  connection.onDidChangeWatchedFiles(
    guard('watched files', undefined, ({ changes }) => {
      for (const change of changes) {
        if (!PACK_FILE.test(change.uri) || documents.get(change.uri)) continue;
        if (change.type === FileChangeType.Deleted) {
          store.delete(change.uri);
          connection.sendDiagnostics({ uri: change.uri, diagnostics: [] });
        } else {
          const entry = store.loadFromDisk(change.uri);
          if (entry) publish(entry);
        }
      }
    }),
  );

  const withEntry =
    <P extends { textDocument: { uri: string } }, R>(name: string, empty: R, handler: (entry: PackEntry, params: P) => R) =>
      guard(name, empty, (params: P) => {
        const entry = current(params.textDocument.uri);
        return entry ? handler(entry, params) : empty;
      });

  connection.onCompletion(withEntry('completion', null, (entry, params) => completion(entry, params.position)));
  connection.onHover(withEntry('hover', null, (entry, params) => hover(entry, params.position)));
  connection.onDefinition(withEntry('definition', null, (entry, params) => definition(entry, params.position)));
  connection.onReferences(withEntry('references', [], (entry, params) => references(entry, params.position, params.context.includeDeclaration)));
  connection.onPrepareRename(withEntry('prepareRename', null, (entry, params) => prepareRename(entry, params.position)));
  connection.onRenameRequest(withEntry('rename', null, (entry, params) => rename(entry, params.position, params.newName)));
  connection.onDocumentSymbol(withEntry('documentSymbol', [], (entry) => documentSymbols(entry)));
  connection.onWorkspaceSymbol(guard('workspaceSymbol', [], (params) => workspaceSymbols(store.all(), params.query)));
  connection.onCodeAction(withEntry('codeAction', [], (entry, params) => codeActions(entry, params)));
  connection.onCodeLens(withEntry('codeLens', [], (entry) => codeLenses(entry)));
  connection.languages.inlayHint.on(withEntry('inlayHint', [], (entry, params) => inlayHints(entry, params.range)));
  connection.onRequest(packSummaryRequest, guard('packSummary', null, (params) => {
    const entry = current(params.uri);
    return entry ? packSummary(entry) : null;
  }));

  documents.listen(connection);
  connection.listen();
}
