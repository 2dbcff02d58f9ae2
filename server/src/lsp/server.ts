import { CodeLensRefreshRequest } from 'vscode-languageserver';
import type { Connection, InitializeParams } from 'vscode-languageserver';
import { serverCapabilities } from './capabilities';
import type { EditSupport } from './features/codeActions';
import { registerCustomRequests } from './features/customRequests';
import { registerLanguageFeatures } from './features/languageFeatures';
import type { ServerPlatform } from './platform/serverPlatform';
import { guardWith } from './guard';
import { MidnightTimer } from './midnight';
import { SettingsLifecycle } from './settingsLifecycle';
import { Workspace } from './workspace';

/**
 * Wires the pure core to the protocol through three objects: the workspace
 * (documents, stores, re-checks, publishing), the settings lifecycle, and the
 * feature registrations. Every handler, `initialize` and `initialized`
 * included, goes through `guard`, so an unexpected input costs one empty
 * answer and a log line, never the server.
 */
export function startServer(connection: Connection, platform: ServerPlatform): void {
  const guard = guardWith(connection.console);
  const workspace = new Workspace(connection, guard);
  const settings = new SettingsLifecycle(connection, (next) => workspace.applySettings(next));
  const newDay = guard('new day', undefined, () => settings.newDay());
  const midnight = new MidnightTimer(() => newDay(undefined));
  let folders: string[] = [];
  const edits: EditSupport = { versioned: false };
  /** Whether the client takes `workspace/codeLens/refresh`: a comparison started or cleared changes the lenses without an edit. */
  let lensRefresh = false;

  connection.onInitialize(
    guard('initialize', serverCapabilities(), (params: InitializeParams) => {
      folders = (params.workspaceFolders ?? []).map((folder) => folder.uri);
      if (folders.length === 0 && params.rootUri) folders = [params.rootUri];
      settings.initialize(params);
      edits.versioned = params.capabilities?.workspace?.workspaceEdit?.documentChanges === true;
      lensRefresh = params.capabilities?.workspace?.codeLens?.refreshSupport === true;
      return serverCapabilities();
    }),
  );
  connection.onInitialized(
    guard('initialized', undefined, async () => {
      await settings.initialized();
      midnight.start();
      const scanned = await Promise.all(folders.map(async (uri) => ({ uri, exclude: await settings.filesExclude(uri) })));
      await platform.scanFolders?.(workspace, scanned, (message) => connection.console.warn(message));
    }),
  );
  connection.onShutdown(guard('shutdown', undefined, () => midnight.dispose()));
  connection.onDidChangeConfiguration(guard('configuration', Promise.resolve(), (change) => settings.changed(change)));

  const { documents } = workspace;
  documents.onDidOpen(guard('open', undefined, ({ document }) => workspace.opened(document)));
  documents.onDidChangeContent(guard('change', undefined, ({ document }) => workspace.changed(document)));
  documents.onDidClose(guard('close', undefined, ({ document }) => workspace.closed(document)));
  connection.onDidChangeWatchedFiles(guard('watched files', undefined, ({ changes }) => workspace.filesChanged(changes)));

  registerLanguageFeatures(connection, workspace, guard, edits, platform.rulePages, platform.templates);
  registerCustomRequests(connection, workspace, guard, () => lensRefresh && void connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined), platform.reportAssets);
  documents.listen(connection);
  connection.listen();
}
