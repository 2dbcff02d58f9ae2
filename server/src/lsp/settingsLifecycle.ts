import type { Connection, InitializeParams } from 'vscode-languageserver';
import { DidChangeConfigurationNotification } from 'vscode-languageserver';
import { localDate } from '../files/localDate';
import { DEFAULT_SETTINGS, Settings, readSettings } from './settings';

/**
 * The `roadmapPacks.*` settings over the server's life. A client that can
 * answer `workspace/configuration` is asked, at start and after every change
 * notification, whatever the notification carries: one path. A client that
 * cannot gets its settings from the initialization options and the pushed
 * notifications instead. Every new value goes to `apply`, with `today` filled
 * in: the pinned `roadmapPacks.today`, else the local date, read again by
 * `newDay` (the midnight timer).
 */
export class SettingsLifecycle {
  private canPull = false;
  private current: Settings = DEFAULT_SETTINGS;
  /** The settings as the client gave them: `today` undefined unless pinned. */
  private read: Settings = DEFAULT_SETTINGS;

  constructor(
    private readonly connection: Connection,
    private readonly apply: (settings: Settings) => void,
    private readonly localToday: () => string = () => localDate(),
  ) {}

  get settings(): Settings {
    return this.current;
  }

  /** `initialize`: what the client can do, and its settings as sent with the request. */
  initialize(params: InitializeParams): void {
    this.canPull = Boolean(params.capabilities.workspace?.configuration);
    this.set(this.parse((params.initializationOptions as { settings?: unknown } | undefined)?.settings));
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
    this.set(this.parse(pushed.settings?.roadmapPacks));
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
    this.set(raw === undefined ? DEFAULT_SETTINGS : this.parse(raw));
  }

  /**
   * The midnight timer: when the local date has changed, every document is
   * checked again as of the new one, so RP404 appears the day it becomes true.
   * A pinned date does not move.
   */
  newDay(): void {
    if (this.read.today === undefined && this.localToday() !== this.current.today) this.set(this.read);
  }

  /** An invalid value is the user's to fix: said in the output channel, never thrown. */
  private parse(raw: unknown): Settings {
    return readSettings(raw, (message) => this.connection.console.warn(message));
  }

  private set(read: Settings): void {
    this.read = read;
    this.current = { ...read, today: read.today ?? this.localToday() };
    this.apply(this.current);
  }
}
