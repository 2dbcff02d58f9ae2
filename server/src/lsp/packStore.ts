import { CheckCache, PackResult, checkPack, checkParsed, checkScenario } from '../pack';
import { packOptions } from './checkJob';
import { DocumentStore, StoredDocument } from './documentStore';
import { PackDigest, digestOf } from './packDigest';
import type { Settings } from './settings';

/**
 * Text of the closed packs whose full results the server keeps at once, in
 * UTF-16 units: a result holds many times its text, so past this the
 * longest-kept are dropped back to their digest (and checked again when a
 * feature or a brief next needs them). Open packs are never dropped. At 8
 * MiB a workspace of 308 MiB of test corpora peaks at 679 MB (725 MB at 16
 * MiB), under the 768 MB bound (bench/hostileWorkspaceBench.ts); a closed
 * pack of 100 initiatives that is not kept checks again in about 15 ms.
 */
export const CLOSED_RESULTS_BUDGET = 8 * 1024 * 1024;

/**
 * One pack the server knows: open in the editor, or found on disk. A closed
 * pack that a worker checked at start has published its diagnostics and
 * given its digest, but has no result here yet: `result` checks it on first
 * read (a feature or a brief asked, or the scan warms it at idle), with the
 * settings in force then.
 */
export class PackEntry implements StoredDocument {
  private checked: PackResult | undefined;
  private digested: PackDigest | undefined;
  private ids: readonly string[] | undefined;
  private reusable: CheckCache;

  constructor(
    readonly uri: string,
    readonly version: number,
    readonly text: string,
    readonly open: boolean,
    /** What this document's next check may reuse; dropped with the entry. */
    cache: CheckCache,
    private readonly check: (entry: PackEntry) => PackResult,
    digest?: PackDigest,
  ) {
    this.reusable = cache;
    this.digested = digest;
  }

  get cache(): CheckCache {
    return this.reusable;
  }

  get result(): PackResult {
    return (this.checked ??= this.check(this));
  }

  set result(result: PackResult) {
    this.checked = result;
    this.digested = this.ids = undefined;
  }

  /** Whether `result` is at hand, so reading it costs nothing. */
  get loaded(): boolean {
    return this.checked !== undefined;
  }

  /** Title, initiatives and symbols: from the result when it is at hand, else without checking the pack. */
  get digest(): PackDigest {
    return (this.digested ??= digestOf(this.result));
  }

  /** The initiatives' ids, which briefs find their pack by. */
  get initiativeIds(): readonly string[] {
    return (this.ids ??= this.digest.initiatives.map((initiative) => initiative.id));
  }

  /** Drops the full result and what its next check could reuse, keeping the digest. */
  unload(): void {
    if (!this.checked) return;
    this.digested = this.digest;
    this.checked = undefined;
    this.reusable = new CheckCache();
  }
}

/**
 * Every pack the server knows, with its last check and its own cache: a new
 * version of a document reuses what its previous check computed from the
 * pieces and inputs that did not change, and no pack's cache serves another.
 * Closed packs' full results are kept up to CLOSED_RESULTS_BUDGET, the
 * longest-kept dropped first; every pack keeps its digest.
 */
export class PackStore extends DocumentStore<PackEntry> {
  /** Closed packs holding their full result, longest-kept first. */
  private readonly loadedClosed = new Set<PackEntry>();
  /** Scenario checks by the pack check they were made from: dropped with it. */
  private readonly scenarioChecks = new WeakMap<PackResult, Map<string, PackResult | undefined>>();
  /** Their text, in UTF-16 units: kept as they come and go, since a warm-up adds packs one by one. */
  private loadedClosedText = 0;

  constructor(
    settings: Settings,
    /** Text of the closed packs kept whole; a test passes a small one. */
    private readonly closedBudget = CLOSED_RESULTS_BUDGET,
  ) {
    super(settings);
  }

  /** Checks a new text for the document, reusing what its last check can lend. */
  update(uri: string, text: string, version: number, open: boolean): PackEntry {
    const cache = this.entries.get(uri)?.cache ?? new CheckCache();
    const entry = new PackEntry(uri, version, text, open, cache, this.check);
    void entry.result; // checked now: an edit's diagnostics are published at once
    this.replace(uri, entry);
    return entry;
  }

  /** A closed pack a worker has checked: kept unchecked here until its result is first read. */
  addChecked(uri: string, text: string, digest: PackDigest): PackEntry {
    const entry = new PackEntry(uri, 0, text, false, new CheckCache(), this.check, digest);
    this.replace(uri, entry);
    return entry;
  }

  override delete(uri: string): void {
    const entry = this.entries.get(uri);
    if (entry) this.forgetClosed(entry);
    super.delete(uri);
  }

  /**
   * Re-checks every pack held whole (settings changed) without re-parsing; the
   * others are checked, with the new settings, when their result is next read.
   */
  recheckAll(): PackEntry[] {
    for (const entry of this.entries.values()) {
      if (entry.loaded) entry.result = checkParsed(entry.result.parsed, this.options(entry.uri), entry.cache);
    }
    return this.all();
  }

  /** Checks the pack again alone, without re-parsing: it held its portfolio's check, and is in no portfolio now. */
  recheckAlone(entry: PackEntry): void {
    if (entry.loaded) entry.result = checkParsed(entry.result.parsed, this.options(entry.uri), entry.cache);
  }

  /**
   * Another text of the document (its text at a git revision) checked cold,
   * with the options its own checks use, so that a comparison differs only
   * where the text does. Nothing of it is kept here.
   */
  checkOther(uri: string, text: string): PackResult {
    return checkPack(text, this.options(uri));
  }

  /** The closed packs holding their full result, for tests and the log. */
  get loadedClosedCount(): number {
    return this.loadedClosed.size;
  }

  private replace(uri: string, entry: PackEntry): void {
    const previous = this.entries.get(uri);
    if (previous) this.forgetClosed(previous);
    this.entries.set(uri, entry);
  }

  private readonly check = (entry: PackEntry): PackResult => {
    const result = checkPack(entry.text, this.options(entry.uri), entry.cache);
    if (!entry.open) this.keepClosed(entry);
    return result;
  };

  /** Counts a closed pack's result in, dropping the longest-kept others while the budget is exceeded. */
  private keepClosed(entry: PackEntry): void {
    for (const kept of this.loadedClosed) {
      if (this.loadedClosedText + entry.text.length <= this.closedBudget) break;
      kept.unload();
      this.forgetClosed(kept);
    }
    this.loadedClosed.add(entry);
    this.loadedClosedText += entry.text.length;
  }

  private forgetClosed(entry: PackEntry): void {
    if (this.loadedClosed.delete(entry)) this.loadedClosedText -= entry.text.length;
  }

  /**
   * The pack checked under one of its scenarios (cold: the entry's cache is the
   * document's alone), or undefined when it has no such scenario. Kept per
   * check of the pack, so a preview redrawn without an edit checks it once.
   */
  underScenario(entry: PackEntry, id: string): PackResult | undefined {
    const result = entry.result;
    let checks = this.scenarioChecks.get(result);
    if (!checks) this.scenarioChecks.set(result, (checks = new Map()));
    if (!checks.has(id)) checks.set(id, checkScenario(result.model, id, this.options(entry.uri)));
    return checks.get(id);
  }

  private options(uri: string) {
    return packOptions(this.settings, uri);
  }
}
