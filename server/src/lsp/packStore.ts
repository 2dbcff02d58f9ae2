import { CheckCache, PackResult, checkPack, checkParsed } from '../pack';
import { packOptions } from './checkJob';
import { DocumentStore, StoredDocument } from './documentStore';

/**
 * One pack the server knows: open in the editor, or found on disk. A closed
 * pack that a worker checked at start has published its diagnostics but has
 * no result here yet: `result` checks it on first read (a feature or a brief
 * asked, or the scan warms it at idle), with the settings in force then.
 */
export class PackEntry implements StoredDocument {
  private checked: PackResult | undefined;

  constructor(
    readonly uri: string,
    readonly version: number,
    readonly text: string,
    readonly open: boolean,
    /** What this document's next check may reuse; dropped with the entry. */
    readonly cache: CheckCache,
    private readonly check: (entry: PackEntry) => PackResult,
    private readonly workerIds?: readonly string[],
  ) {}

  get result(): PackResult {
    return (this.checked ??= this.check(this));
  }

  set result(result: PackResult) {
    this.checked = result;
  }

  /** Whether `result` is at hand, so reading it costs nothing. */
  get loaded(): boolean {
    return this.checked !== undefined;
  }

  /** The initiatives' ids, which briefs find their pack by, without checking a pack a worker checked. */
  get initiativeIds(): readonly string[] {
    return this.checked || !this.workerIds ? this.result.model.initiatives.map((initiative) => initiative.id) : this.workerIds;
  }
}

/**
 * Every pack the server knows, with its last check and its own cache: a new
 * version of a document reuses what its previous check computed from the
 * pieces and inputs that did not change, and no pack's cache serves another.
 */
export class PackStore extends DocumentStore<PackEntry> {
  /** Checks a new text for the document, reusing what its last check can lend. */
  update(uri: string, text: string, version: number, open: boolean): PackEntry {
    const cache = this.entries.get(uri)?.cache ?? new CheckCache();
    const entry = new PackEntry(uri, version, text, open, cache, this.check);
    void entry.result; // checked now: an edit's diagnostics are published at once
    this.entries.set(uri, entry);
    return entry;
  }

  /** A closed pack a worker has checked: kept unchecked here until its result is first read. */
  addChecked(uri: string, text: string, initiativeIds: readonly string[]): PackEntry {
    const entry = new PackEntry(uri, 0, text, false, new CheckCache(), this.check, initiativeIds);
    this.entries.set(uri, entry);
    return entry;
  }

  /** Re-checks every pack (settings changed) without re-parsing; a pack not loaded yet is checked once, with the new settings. */
  recheckAll(): PackEntry[] {
    for (const entry of this.entries.values()) {
      if (entry.loaded) entry.result = checkParsed(entry.result.parsed, this.options(entry.uri), entry.cache);
      else void entry.result;
    }
    return this.all();
  }

  private readonly check = (entry: PackEntry) => checkPack(entry.text, this.options(entry.uri), entry.cache);

  private options(uri: string) {
    return packOptions(this.settings, uri);
  }
}
