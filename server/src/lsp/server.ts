import { CodeActionKind, ResponseError, Connection, DidChangeConfigurationNotification, FileChangeType, InitializeParams, InitializeResult, TextDocumentSyncKind, TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Debouncer } from './scheduler';
import { toLspDiagnostic } from './convert';
import { PackEntry, PackStore } from './packStore';
import { initiativesRequest, locateRequest, newBriefRequest, packSummaryRequest, qualityGateRequest, statusUpdateRequest, viewsRequest } from '../../../protocol/requests';
import { initiativeList, monthlyStatus, newBrief, qualityGateDocument } from './features/documents';
import { DEFAULT_SETTINGS, Settings, readSettings } from './settings';
import { MARKDOWN_FILE, PACK_FILE, findFileUris } from './workspaceScan';
import { BriefEntry, BriefStore } from './briefStore';
import { briefCompletion, briefDefinition, briefHover, briefReference, withBriefEdits } from './features/briefFeatures';
import { codeActions } from './features/codeActions';
import { codeLenses } from './features/codeLens';
import { completion } from './features/completion';
import { hover } from './features/hover';
import { inlayHints } from './features/inlayHints';
import { definition, occurrencesAt, references } from './features/navigation';
import { symbolAt } from '../pack';
import { prepareRename, rename } from './features/rename';
import { documentSymbols, workspaceSymbols } from './features/symbols';
import { packSummary } from './features/summary';
import { drawViews, locateId } from './features/views';

/**
 * Wires the pure core to the protocol. Every handler goes through `guard`,
 * so an unexpected input costs one empty answer and a log line, never the server.
 */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const debouncer = new Debouncer();
  let settings: Settings = DEFAULT_SETTINGS;
  const store = new PackStore(settings);
  const briefs = new BriefStore(store, settings);
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
  const isMarkdown = (uri: string, languageId?: string) => languageId === 'markdown' || (languageId === undefined && MARKDOWN_FILE.test(uri));

  const publishBrief = (entry: BriefEntry) => connection.sendDiagnostics({ uri: entry.uri, version: entry.open ? entry.version : undefined, diagnostics: entry.diagnostics.map((d) => toLspDiagnostic(entry.uri, d)) });

  /** A pack's diagnostics, then its briefs': they are checked against it. */
  const publish = (entry: PackEntry) => {
    connection.sendDiagnostics({ uri: entry.uri, version: entry.open ? entry.version : undefined, diagnostics: entry.result.diagnostics.map((d) => toLspDiagnostic(entry.uri, d)) });
    briefs
      .all()
      .filter((brief) => brief.uri !== entry.uri && (brief.packUri === entry.uri || !brief.packUri))
      .forEach((brief) => publishBrief(briefs.update(brief.uri, brief.text, brief.version, brief.open)));
  };

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
    if (isPack(document.uri, document.languageId)) publish(store.update(document.uri, document.getText(), document.version, true));
    else if (isMarkdown(document.uri, document.languageId)) publishBrief(briefs.update(document.uri, document.getText(), document.version, true));
  };

  /** The brief for the document's current text. */
  const currentBrief = (uri: string): BriefEntry | undefined => {
    const document = documents.get(uri);
    const entry = briefs.get(uri);
    if (!document || (entry && entry.version === document.version && entry.open)) return entry;
    return isMarkdown(uri, document.languageId) ? briefs.update(uri, document.getText(), document.version, true) : entry;
  };

  const relevant = (document: TextDocument) => isPack(document.uri, document.languageId) || isMarkdown(document.uri, document.languageId);

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
    // Packs first, so that briefs find their packs; then briefs and Markdown with roadmap blocks.
    const packs = findFileUris(folders, PACK_FILE).filter((uri) => !documents.get(uri));
    packs.forEach((uri) => store.loadFromDisk(uri));
    for (const uri of findFileUris(folders, MARKDOWN_FILE)) if (!documents.get(uri)) briefs.loadFromDisk(uri);
    store.all().forEach(publish);
  });

  const refreshSettings = async () => {
    try {
      const raw = await connection.workspace.getConfiguration('roadmapPacks');
      settings = readSettings(raw);
    } catch {
      settings = DEFAULT_SETTINGS;
    }
    store.updateSettings(settings);
    briefs.updateSettings(settings);
    store.recheckAll().forEach(publish);
    briefs.recheckAll().forEach(publishBrief);
  };

  connection.onDidChangeConfiguration(
    guard('configuration', undefined, (change: { settings?: { roadmapPacks?: unknown } }) => {
      if (canPullConfiguration) void refreshSettings();
      else {
        settings = readSettings(change.settings?.roadmapPacks);
        store.updateSettings(settings);
        briefs.updateSettings(settings);
        store.recheckAll().forEach(publish);
        briefs.recheckAll().forEach(publishBrief);
      }
    }),
  );

  documents.onDidOpen(guard('open', undefined, ({ document }) => relevant(document) && checkOpen(document)));
  documents.onDidChangeContent(guard('change', undefined, ({ document }) => relevant(document) && debouncer.schedule(document.uri, settings.debounce, () => guard('check', undefined, checkOpen)(document))));
  documents.onDidClose(
    guard('close', undefined, ({ document }) => {
      debouncer.cancel(document.uri);
      // Forget the editor's text: a closed file is checked as it is on disk (unsaved edits are gone),
      // and a closed untitled document is gone altogether.
      store.delete(document.uri);
      briefs.delete(document.uri);
      if (isPack(document.uri, document.languageId)) {
        const entry = store.loadFromDisk(document.uri);
        if (entry) return publish(entry);
      } else {
        const entry = briefs.loadFromDisk(document.uri);
        if (entry) return publishBrief(entry);
      }
      connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
    }),
  );

  connection.onDidChangeWatchedFiles(
    guard('watched files', undefined, ({ changes }) => {
      for (const change of changes) {
        if (documents.get(change.uri)) continue;
        if (PACK_FILE.test(change.uri)) packFileChanged(change.uri, change.type);
        else if (MARKDOWN_FILE.test(change.uri)) markdownFileChanged(change.uri, change.type);
      }
    }),
  );

  const packFileChanged = (uri: string, type: FileChangeType) => {
    if (type !== FileChangeType.Deleted) {
      const entry = store.loadFromDisk(uri);
      if (entry) return publish(entry);
    }
    store.delete(uri);
    connection.sendDiagnostics({ uri, diagnostics: [] });
    briefs.recheckAll().forEach(publishBrief);
  };

  /** A brief created or deleted changes its pack's `brief:` check too. */
  const markdownFileChanged = (uri: string, type: FileChangeType) => {
    if (type === FileChangeType.Deleted) {
      briefs.delete(uri);
      connection.sendDiagnostics({ uri, diagnostics: [] });
    } else {
      const entry = briefs.loadFromDisk(uri);
      if (entry) publishBrief(entry);
    }
    if (type !== FileChangeType.Changed) store.recheckAll().forEach(publish);
  };

  /** Briefs that name the initiative, for references and rename across files. */
  const briefsNaming = (pack: PackEntry, id: string) => briefs.briefsOf(pack.uri, id);

  const withEntry =
    <P extends { textDocument: { uri: string } }, R>(name: string, empty: R, handler: (entry: PackEntry, params: P) => R) =>
      guard(name, empty, (params: P) => {
        const entry = current(params.textDocument.uri);
        return entry ? handler(entry, params) : empty;
      });

  /** Requests on a brief go to the brief's handler, with the pack that owns it. */
  const orBrief =
    <P extends { textDocument: { uri: string } }, R>(name: string, empty: R, onPack: (entry: PackEntry, params: P) => R, onBrief: (brief: BriefEntry, pack: PackEntry | undefined, params: P) => R) =>
      guard(name, empty, (params: P) => {
        const brief = isMarkdown(params.textDocument.uri) || briefs.get(params.textDocument.uri) ? currentBrief(params.textDocument.uri) : undefined;
        if (brief) return onBrief(brief, brief.packUri ? current(brief.packUri) : undefined, params);
        const entry = current(params.textDocument.uri);
        return entry ? onPack(entry, params) : empty;
      });

  const idReferences = (entry: PackEntry, params: { position: { line: number; character: number } }) => {
    const occurrences = occurrencesAt(entry, params.position);
    const id = symbolAt(entry.result.model, entry.result.lines.offsetAt(params.position));
    const inBriefs = id?.kind === 'entity' ? briefsNaming(entry, id.id).map((brief) => briefReference(brief, id.id)).filter((l): l is NonNullable<typeof l> => Boolean(l)) : [];
    return { occurrences, inBriefs, id };
  };

  connection.onCompletion(orBrief('completion', null, (entry, params) => completion(entry, params.position), (brief, _pack, params) => briefCompletion(brief, store.all(), params.position)));
  connection.onHover(orBrief('hover', null, (entry, params) => hover(entry, params.position), (brief, pack, params) => briefHover(brief, pack, params.position)));
  connection.onDefinition(orBrief('definition', null, (entry, params) => definition(entry, params.position), (brief, pack, params) => briefDefinition(brief, pack, params.position)));
  connection.onReferences(
    orBrief('references', [], (entry, params) => [...references(entry, params.position, params.context.includeDeclaration), ...idReferences(entry, params).inBriefs], (brief, pack, params) => {
      const target = briefDefinition(brief, pack, params.position);
      if (!target || !pack) return [];
      return [...references(pack, target.range.start, params.context.includeDeclaration), ...idReferences(pack, { position: target.range.start }).inBriefs];
    }),
  );
  connection.onPrepareRename(orBrief('prepareRename', null, (entry, params) => prepareRename(entry, params.position), () => null));
  connection.onRenameRequest(
    orBrief('rename', null, (entry, params) => {
      const edit = rename(entry, params.position, params.newName);
      const { id } = idReferences(entry, params);
      return id?.kind === 'entity' ? withBriefEdits(edit, briefsNaming(entry, id.id), id.id, params.newName) : edit;
    }, () => null),
  );
  connection.onDocumentSymbol(withEntry('documentSymbol', [], (entry) => documentSymbols(entry)));
  connection.onWorkspaceSymbol(guard('workspaceSymbol', [], (params) => workspaceSymbols(store.all(), params.query)));
  connection.onCodeAction(withEntry('codeAction', [], (entry, params) => codeActions(entry, params)));
  connection.onCodeLens(withEntry('codeLens', [], (entry) => codeLenses(entry)));
  connection.languages.inlayHint.on(withEntry('inlayHint', [], (entry, params) => inlayHints(entry, params.range)));
  const byUri =
    <P extends { uri: string }, R>(name: string, handler: (entry: PackEntry, params: P) => R) =>
      guard(name, null, (params: P) => {
        const entry = current(params.uri);
        return entry ? handler(entry, params) : null;
      });
  connection.onRequest(packSummaryRequest, byUri('packSummary', (entry) => packSummary(entry)));
  connection.onRequest(viewsRequest, byUri('views', drawViews));
  connection.onRequest(locateRequest, byUri('locate', locateId));
  connection.onRequest(newBriefRequest, byUri('newBrief', (entry, params) => newBrief(entry, params.initiative)));
  connection.onRequest(statusUpdateRequest, byUri('statusUpdate', (entry, params) => monthlyStatus(entry, params.year, params.month)));
  connection.onRequest(qualityGateRequest, byUri('qualityGate', (entry) => qualityGateDocument(entry)));
  connection.onRequest(initiativesRequest, byUri('initiatives', (entry) => initiativeList(entry)));

  documents.listen(connection);
  connection.listen();
}
