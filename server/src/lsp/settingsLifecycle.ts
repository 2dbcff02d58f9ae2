import type { Connection, InitializeParams } from 'vscode-languageserver';
import { DidChangeConfigurationNotification } from 'vscode-languageserver';
import { DEFAULT_SETTINGS, Settings, readSettings } from './settings';

/**
 * The `roadmapPacks.*` settings over the server's life. A client that can
 * answer `workspace/configuration` is asked, at start and after every change
 * notification, whatever the notification carries: one path. A client that
 * cannot gets its settings from the initialization options and the pushed
 * notifications instead. Every new value goes to `apply`.
 */
export class SettingsLifecycle {
  private canPull = false;
  private current: Settings = DEFAULT_SETTINGS;

  constructor(
    private readonly connection: Connection,
    private readonly apply: (settings: Settings) => void,
  ) {}

  get settings(): Settings {
    return this.current;
  }

  /** `initialize`: what the client can do, and its settings as sent with the request. */
  initialize(params: InitializeParams): void {
    this.canPull = Boolean(params.capabilities.workspace?.configuration);
    this.set(readSettings((params.initializationOptions as { settings?: unknown } | undefined)?.settings));
  }

  /** `initialized`: ask for change notifications and pull the settings. */
  async initialized(): Promise<void> {
    if (!this.canPull) return;
    await this.connection.client.register(DidChangeConfigurationNotification.type, undefined).catch(() => undefined);
    await this.pull();
  }

  /** `workspace/didChangeConfiguration`. */
  changed(pushed: { settings?: { roadmapPacks?: unknown } }): Promise<void> {
    if (this.canPull) return this.pull();
    this.set(readSettings(pushed.settings?.roadmapPacks));
    return Promise.resolve();
  }

  /** The globs VS Code's `files.exclude` turns on for a folder; none from a client that cannot answer. */
  async filesExclude(folderUri: string): Promise<string[]> {
    if (!this.canPull) return [];
    const raw: unknown = await this.connection.workspace.getConfiguration({ scopeUri: folderUri, section: 'files.exclude' }).catch(() => undefined);
    // A `{ when: … }` value depends on sibling files: left to the editor, the file is scanned.
    return typeof raw === 'object' && raw !== null ? Object.entries(raw).filter(([, on]) => on === true).map(([glob]) => glob) : [];
  }

  private async pull(): Promise<void> {
    const raw: unknown = await this.connection.workspace.getConfiguration('roadmapPacks').catch(() => undefined);
    this.set(raw === undefined ? DEFAULT_SETTINGS : readSettings(raw));
  }

  private set(settings: Settings): void {
    this.current = settings;
    this.apply(settings);
  }
}
