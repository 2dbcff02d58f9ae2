import type { Diagnostic } from 'vscode-languageserver';
import { checkDiagnosticsWithForecast } from '../pack';
import type { BriefStore } from './briefStore';
import type { CheckPool } from './checkPool';
import { packOptions, type CheckReply } from './checkJob';
import { toLspDiagnostic } from './convert';
import type { StoredDocument } from './documentStore';
import { disk } from './platform/disk';
import { MARKDOWN_FILE, PACK_FILE } from './fileKinds';
import type { ScanScope } from './findFiles';
import type { Guard } from './guard';
import { CLOSED_RESULTS_BUDGET, type PackStore } from './packStore';
import type { Settings } from './settings';

/** What the scan reads and writes of the workspace. */
export interface ScanHost {
  readonly packs: PackStore;
  readonly briefs: BriefStore;
  /** Whether the editor has the document open: then it is the editor's, and already checked. */
  isOpen(uri: string): boolean;
  settings(): Settings;
  publish(entry: StoredDocument, diagnostics: Diagnostic[]): void;
  /** An unexpected failure on one file costs that file and a log line; the scan goes on. */
  readonly guard: Guard;
}

/** Jobs handed to each worker ahead, so that none waits for the main thread between two packs. */
const AHEAD_PER_WORKER = 2;

/**
 * The first check of a workspace's files when the server starts. Closed packs
 * go to the CheckPool, and each is published the moment its answer arrives;
 * their full results are checked on this thread only when first needed, or
 * at idle once every file has been published. The main thread yields between
 * files, so the editor's requests and edits are served during the scan, and
 * documents the editor opens are checked at once and skipped here. Briefs
 * come after the packs, which they are checked against.
 */
export class WorkspaceScan {
  /** Packs handed to a worker whose answer is still wanted. */
  private readonly awaited = new Set<string>();

  constructor(
    private readonly host: ScanHost,
    private readonly scope: ScanScope,
    private readonly pool: () => CheckPool,
  ) {}

  async run(): Promise<void> {
    await nextTurn(); // an editor's didOpen sent with `initialized` is served first
    const pool = this.pool();
    const find = (name: RegExp) => this.scope.find(name, this.host.settings().maxFileSize);
    try {
      await this.checkPacks(find(PACK_FILE), pool);
    } finally {
      pool.close();
    }
    await this.checkBriefs(find(MARKDOWN_FILE));
    await this.warm();
  }

  /** Whether a file (by URI) is one the scan would have found, size aside: a file created later is read only then. */
  includes(uri: string): boolean {
    return this.scope.includes(uri);
  }

  /** A newer event about the file (opened, changed or deleted on disk) makes an answer still on its way stale. */
  supersede(uri: string): void {
    this.awaited.delete(uri);
  }

  private async checkPacks(uris: string[], pool: CheckPool): Promise<void> {
    const inFlight = new Set<Promise<void>>();
    for (const uri of uris) {
      if (this.known(uri)) continue;
      const task = this.checkPack(uri, pool).finally(() => inFlight.delete(task));
      inFlight.add(task);
      if (inFlight.size >= Math.max(1, AHEAD_PER_WORKER * pool.size)) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  }

  private async checkPack(uri: string, pool: CheckPool): Promise<void> {
    const settings = this.host.settings();
    const text = disk.readText(uri, settings.maxFileSize);
    if (text === undefined) return;
    this.awaited.add(uri);
    const reply = await pool.check(uri, text, settings);
    if (!this.awaited.delete(uri)) return; // superseded: whoever superseded it has checked it
    // Without a worker's answer, or with one for settings since replaced, the pack is checked here.
    await this.guarded(uri, () => (reply && settings === this.host.settings() ? this.publishReply(uri, text, reply) : this.checkHere(uri, text)));
  }

  private publishReply(uri: string, text: string, reply: CheckReply): void {
    this.host.publish(this.host.packs.addChecked(uri, text, reply.digest), reply.diagnostics);
  }

  private checkHere(uri: string, text: string): void {
    const entry = this.host.packs.update(uri, text, 0, false);
    // As a worker would have (checkJob.ts): the forecast's findings with the check's.
    const diagnostics = checkDiagnosticsWithForecast(entry.result, packOptions(this.host.settings(), uri));
    this.host.publish(entry, diagnostics.map((diagnostic) => toLspDiagnostic(uri, diagnostic)));
  }

  /** Briefs on disk, then the open ones again: they were checked before their packs were known. */
  private async checkBriefs(uris: string[]): Promise<void> {
    for (const uri of uris) {
      if (this.host.isOpen(uri) || this.host.briefs.get(uri)) continue;
      await this.guarded(uri, () => {
        const entry = this.host.briefs.loadFromDisk(uri);
        if (entry) this.publishBrief(entry);
      });
    }
    for (const open of this.host.briefs.all().filter((entry) => entry.open)) {
      await this.guarded(open.uri, () => this.publishBrief(this.host.briefs.update(open.uri, open.text, open.version, true)));
    }
  }

  private publishBrief(entry: ReturnType<BriefStore['update']>): void {
    this.host.publish(entry, entry.diagnostics.map((diagnostic) => toLspDiagnostic(entry.uri, diagnostic)));
  }

  /**
   * Checks here, one per turn, the packs only a worker has checked, so that
   * features find them ready; as many as the store keeps whole
   * (CLOSED_RESULTS_BUDGET of text). The rest load when a feature needs them.
   */
  private async warm(): Promise<void> {
    let budget = CLOSED_RESULTS_BUDGET;
    for (const entry of this.host.packs.all()) {
      if (entry.loaded) continue;
      budget -= entry.text.length;
      if (budget < 0) return;
      await this.guarded(entry.uri, () => void entry.result);
    }
  }

  private known(uri: string): boolean {
    return this.host.isOpen(uri) || this.host.packs.get(uri) !== undefined;
  }

  /** Runs one file's work, then yields a turn, so that the editor's messages are served between files. */
  private async guarded(uri: string, work: () => void): Promise<void> {
    this.host.guard(`scan of ${uri}`, undefined, work)(undefined);
    await nextTurn();
  }
}

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
