import { Connection, Diagnostic, FileChangeType, FileEvent, TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { type PackDiagnostic, checkDiagnosticsWithForecast } from '../pack';
import { BriefEntry, BriefStore } from './briefStore';
import { Comparisons } from './comparisons';
import type { StoredDocument } from './documentStore';
import { toLspDiagnostic } from './convert';
import { PackEntry, PackStore } from './packStore';
import type { Guard } from './guard';
import { Debouncer } from './scheduler';
import { Forecasts } from './forecasts';
import { Portfolios, type InPortfolio } from './portfolios';
import { packOptions } from './checkJob';
import { DEFAULT_SETTINGS, Settings } from './settings';
import { MARKDOWN_FILE, PACK_FILE } from './fileKinds';
import type { ScanHost } from './workspaceScan';

export const isPack = (uri: string, languageId?: string) => languageId === 'roadmap-yaml' || PACK_FILE.test(uri);
export const isMarkdown = (uri: string, languageId?: string) => languageId === 'markdown' || (languageId === undefined && MARKDOWN_FILE.test(uri));

/**
 * The documents the server checks: packs and briefs, open or on disk, each
 * with its last check; when they are checked again (an edit, a save on disk,
 * new settings); and publishing their diagnostics. A pack's briefs are
 * re-published with it, since they are checked against it.
 */
export class Workspace {
  readonly documents = new TextDocuments(TextDocument);
  readonly packs: PackStore;
  readonly briefs: BriefStore;
  /** The packs being compared with a revision (roadmapPacks/compare), until cleared. */
  readonly comparisons = new Comparisons();
  /** Each published pack's forecast, run after its diagnostics are published (RP405, hover, preview). */
  readonly forecasts: Forecasts;
  /** The portfolios among the packs, and their members' diagnostics in their context. */
  private readonly portfolios: Portfolios;
  private readonly debouncer = new Debouncer();
  private settings: Settings = DEFAULT_SETTINGS;
  /** The files checked unopened; none before the folders are known, nor where there is no disk (the web). */
  private scan: ClosedFileScan | undefined;

  constructor(
    private readonly connection: Pick<Connection, 'sendDiagnostics'>,
    private readonly guard: Guard,
  ) {
    this.packs = new PackStore(this.settings);
    this.forecasts = new Forecasts(guard);
    this.briefs = new BriefStore(this.packs, this.settings);
    this.portfolios = new Portfolios(this.packs, (uri) => packOptions(this.settings, uri));
  }

  /** The date checks and views are as of (the settings' `today`: pinned, or the local date). */
  get today(): string | undefined {
    return this.settings.today;
  }

  /** New settings: every document is checked again with them. */
  applySettings(settings: Settings): void {
    this.settings = settings;
    this.packs.updateSettings(settings);
    this.briefs.updateSettings(settings);
    const packs = this.packs.recheckAll();
    this.portfolios.forgetResults();
    this.portfolios.update();
    packs.forEach((entry) => this.publishPack(entry, false));
    this.briefs.recheckAll().forEach((entry) => this.publishBrief(entry));
  }

  /**
   * Starts the scan of the closed files the platform finds (on Node, the
   * packs under the folders, checked in worker threads: `nodePlatform.ts`),
   * publishing each as it is checked, then the briefs (which need their
   * packs); open documents are the editor's and checked when opened. Resolves
   * once every file has been published and every pack's full result is loaded.
   */
  startScan(start: (host: ScanHost) => ClosedFileScan): Promise<void> {
    const host: ScanHost = {
      packs: this.packs,
      briefs: this.briefs,
      guard: this.guard,
      isOpen: (uri: string) => this.documents.get(uri) !== undefined,
      settings: () => this.settings,
      publish: (entry: StoredDocument, diagnostics: Diagnostic[]) => this.sendLsp(entry, diagnostics),
    };
    this.scan = start(host);
    // The scan publishes each pack as checked alone; portfolios' members are then published in their context.
    return this.scan.run().then(() => this.republish(this.portfolios.update()));
  }

  /** The pack's entry for the document's current text, checking it now if a check is pending. */
  currentPack(uri: string): PackEntry | undefined {
    const document = this.documents.get(uri);
    const entry = this.packs.get(uri);
    if (!document || !isPack(uri, document.languageId)) return entry;
    if (entry && entry.version === document.version && entry.open) return entry;
    this.debouncer.cancel(uri);
    const fresh = this.packs.update(uri, document.getText(), document.version, true);
    this.publishPack(fresh);
    return fresh;
  }

  /**
   * What the server publishes for the pack: its check's diagnostics (in its
   * portfolio's context, if it is in one), with its forecast's once that has run.
   */
  packDiagnostics(entry: PackEntry): PackDiagnostic[] {
    const inContext = this.portfolios.diagnostics(entry);
    // A closed member not held whole has no forecast held either: no need to check it alone.
    if (inContext && !entry.loaded) return inContext;
    return this.forecasts.diagnostics(entry.uri, entry.result, packOptions(this.settings, entry.uri), inContext);
  }

  /** The portfolio the pack is or belongs to, as checked for its current text (undefined when it is in none, or the check is not yet in). */
  inPortfolio(entry: PackEntry): InPortfolio | undefined {
    return this.portfolios.resultOf(entry);
  }

  /** The brief's entry for the document's current text. */
  currentBrief(uri: string): BriefEntry | undefined {
    const document = this.documents.get(uri);
    const entry = this.briefs.get(uri);
    if (!document || (entry && entry.version === document.version && entry.open)) return entry;
    return isMarkdown(uri, document.languageId) ? this.briefs.update(uri, document.getText(), document.version, true) : entry;
  }

  isBrief(uri: string): boolean {
    return isMarkdown(uri) || this.briefs.get(uri) !== undefined;
  }

  opened(document: TextDocument): void {
    this.scan?.supersede(document.uri);
    if (isRelevant(document)) this.checkOpen(document);
  }

  /** Typing: one check of the latest text after the debounce. */
  changed(document: TextDocument): void {
    const check = this.guard('check', undefined, () => this.checkOpen(document));
    if (isRelevant(document)) this.debouncer.schedule(document.uri, this.settings.debounce, () => check(undefined));
  }

  /**
   * Forgets the editor's text: a closed file is checked as it is on disk
   * (unsaved edits are gone), and a closed untitled document is gone altogether.
   */
  closed(document: TextDocument): void {
    this.scan?.supersede(document.uri);
    this.debouncer.cancel(document.uri);
    this.packs.delete(document.uri);
    this.briefs.delete(document.uri);
    if (isPack(document.uri, document.languageId)) {
      const pack = this.packs.loadFromDisk(document.uri);
      if (pack) return this.publishPack(pack);
      this.clear(document.uri);
      // Gone from disk too: a portfolio it was, or was in, is checked without it.
      return this.republish(this.portfolios.update(document.uri));
    }
    const brief = this.briefs.loadFromDisk(document.uri);
    return brief ? this.publishBrief(brief) : this.clear(document.uri);
  }

  /**
   * Files changed on disk; open documents are the editor's, not the disk's.
   * A file the server does not know yet is read only if it is in the scan's
   * scope: one written into an excluded or ignored folder is left alone.
   */
  filesChanged(changes: FileEvent[]): void {
    for (const change of changes) {
      this.scan?.supersede(change.uri);
      if (this.documents.get(change.uri) || !this.knowsOrScans(change.uri)) continue;
      if (PACK_FILE.test(change.uri)) this.packFileChanged(change.uri, change.type);
      else if (MARKDOWN_FILE.test(change.uri)) this.markdownFileChanged(change.uri, change.type);
    }
  }

  /**
   * Closed files a host read for the server (VS Code for the Web, which has no
   * disk to scan: `roadmapPacks/closedFiles`): checked and published as the
   * disk scan checks a pack on its own thread (the forecast's findings with
   * the check's, and no forecast kept or scheduled for later), one file per
   * turn so the editor's messages are served between them; then the briefs
   * already known, which may belong to a pack just read. Open documents are
   * the editor's. Resolves to how many were kept.
   */
  async closedFilesRead(files: readonly { uri: string; text: string }[], deleted: readonly string[]): Promise<number> {
    let kept = 0;
    const closed = files.filter((file) => !this.documents.get(file.uri));
    const packs = closed.filter((candidate) => PACK_FILE.test(candidate.uri));
    for (const file of packs) {
      if (this.documents.get(file.uri)) continue; // opened meanwhile: the editor's
      const entry = this.packs.update(file.uri, file.text, 0, false);
      this.send(entry, checkDiagnosticsWithForecast(entry.result, packOptions(this.settings, file.uri)));
      kept++;
      await nextTurn();
    }
    if (packs.length > 0) this.republish(this.portfolios.update());
    if (packs.length > 0) this.briefs.recheckAll().forEach((brief) => this.publishBrief(brief));
    for (const file of closed.filter((candidate) => !PACK_FILE.test(candidate.uri) && MARKDOWN_FILE.test(candidate.uri))) {
      if (this.documents.get(file.uri) || !BriefStore.isRelevant(file.uri, file.text)) continue;
      this.publishBrief(this.briefs.update(file.uri, file.text, 0, false));
      kept++;
      await nextTurn();
    }
    for (const uri of deleted.filter((candidate) => !this.documents.get(candidate))) {
      if (PACK_FILE.test(uri)) this.packFileChanged(uri, FileChangeType.Deleted);
      else if (MARKDOWN_FILE.test(uri)) this.markdownFileChanged(uri, FileChangeType.Deleted);
    }
    return kept;
  }

  private knowsOrScans(uri: string): boolean {
    return this.packs.get(uri) !== undefined || this.briefs.get(uri) !== undefined || (this.scan?.includes(uri) ?? false);
  }

  private checkOpen(document: TextDocument): void {
    const latest = this.documents.get(document.uri);
    if (!latest || latest.version !== document.version) return; // superseded: a newer change is scheduled
    if (isPack(document.uri, document.languageId)) this.publishPack(this.packs.update(document.uri, document.getText(), document.version, true));
    else if (isMarkdown(document.uri, document.languageId)) this.publishBrief(this.briefs.update(document.uri, document.getText(), document.version, true));
  }

  private packFileChanged(uri: string, type: FileChangeType): void {
    const entry = type === FileChangeType.Deleted ? undefined : this.packs.loadFromDisk(uri);
    if (entry) return this.publishPack(entry);
    this.packs.delete(uri);
    this.comparisons.clear(uri);
    this.clear(uri);
    this.republish(this.portfolios.update(uri));
    this.briefs.recheckAll().forEach((brief) => this.publishBrief(brief));
  }

  /** A brief created or deleted changes its pack's `brief:` check too. */
  private markdownFileChanged(uri: string, type: FileChangeType): void {
    if (type === FileChangeType.Deleted) {
      this.briefs.delete(uri);
      this.clear(uri);
    } else {
      const entry = this.briefs.loadFromDisk(uri);
      if (entry) this.publishBrief(entry);
    }
    if (type !== FileChangeType.Changed) this.portfolios.forgetResults();
    if (type !== FileChangeType.Changed) this.packs.recheckAll().forEach((entry) => this.publishPack(entry));
  }

  /**
   * A pack's diagnostics, then its briefs': they are checked against it. The
   * forecast's findings come after, once it has run (forecasts.ts), sent
   * again with the same diagnostics and the briefs left as they are.
   */
  private publishPack(entry: PackEntry, portfolios = true): void {
    const affected = portfolios ? this.portfolios.update(entry.uri) : [];
    this.send(entry, this.packDiagnostics(entry));
    this.republish(affected.filter((uri) => uri !== entry.uri));
    this.scheduleForecast(entry);
    this.briefs
      .all()
      .filter((brief) => brief.uri !== entry.uri && (brief.packUri === entry.uri || !brief.packUri))
      .forEach((brief) => this.publishBrief(this.briefs.update(brief.uri, brief.text, brief.version, brief.open)));
  }

  /**
   * Publishes these packs again (their portfolio checked them again). A pack
   * held whole may hold a new result now, its check in the portfolio's
   * context, so its forecast is run for that one.
   */
  private republish(uris: readonly string[]): void {
    for (const uri of uris) {
      const entry = this.packs.get(uri);
      if (!entry) continue;
      this.send(entry, this.packDiagnostics(entry));
      if (entry.loaded) this.scheduleForecast(entry);
    }
  }

  /** Runs the forecast of the entry's result after the delay (none when it has run on it), then publishes again with its findings. */
  private scheduleForecast(entry: PackEntry): void {
    // Only a result still held whole is current: reading an evicted one would check it again here.
    const current = () => {
      const latest = this.packs.get(entry.uri);
      return latest?.loaded ? latest.result : undefined;
    };
    this.forecasts.schedule(entry.uri, entry.result, current, () => {
      const latest = this.packs.get(entry.uri);
      if (latest) this.send(latest, this.packDiagnostics(latest));
    });
  }

  private publishBrief(entry: BriefEntry): void {
    this.send(entry, entry.diagnostics);
  }

  private send(entry: StoredDocument, diagnostics: PackDiagnostic[]): void {
    this.sendLsp(entry, diagnostics.map((d) => toLspDiagnostic(entry.uri, d)));
  }

  private sendLsp(entry: StoredDocument, diagnostics: Diagnostic[]): void {
    void this.connection.sendDiagnostics({ uri: entry.uri, version: entry.open ? entry.version : undefined, diagnostics });
  }

  private clear(uri: string): void {
    this.forecasts.forget(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }
}

function isRelevant(document: TextDocument): boolean {
  return isPack(document.uri, document.languageId) || isMarkdown(document.uri, document.languageId);
}

/** What the workspace needs of a scan of closed files (`WorkspaceScan`). */
export interface ClosedFileScan {
  run(): Promise<void>;
  /** Whether a file (by URI) is one the scan would have found: a file created later is read only then. */
  includes(uri: string): boolean;
  /** A newer event about the file makes an answer still on its way stale. */
  supersede(uri: string): void;
}

/** One turn of the event loop (a timer: the web worker has no setImmediate). */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
