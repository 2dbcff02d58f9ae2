import { CheckCache, PackResult, checkPack, checkParsed } from '../pack';
import { DocumentStore, StoredDocument, existsBeside } from './documentStore';
import { toCheckOptions } from './settings';

/** One pack the server knows: open in the editor, or found on disk. */
export interface PackEntry extends StoredDocument {
  result: PackResult;
  /** What this document's next check may reuse; dropped with the entry. */
  cache: CheckCache;
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
    const entry = { uri, version, text, open, cache, result: checkPack(text, this.options(uri), cache) };
    this.entries.set(uri, entry);
    return entry;
  }

  /** Re-checks every pack (settings changed) without re-parsing. */
  recheckAll(): PackEntry[] {
    for (const entry of this.entries.values()) entry.result = checkParsed(entry.result.parsed, this.options(entry.uri), entry.cache);
    return this.all();
  }

  private options(uri: string) {
    return toCheckOptions(this.settings, (relative) => existsBeside(uri, relative));
  }
}
