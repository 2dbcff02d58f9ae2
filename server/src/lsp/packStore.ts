import { DEFAULT_PARSE_LIMITS, PackResult, ParsedPack, checkParsed, parsePack } from '../pack';
import { DocumentStore, StoredDocument, existsBeside } from './documentStore';
import { toCheckOptions } from './settings';

/** One pack the server knows: open in the editor, or found on disk. */
export interface PackEntry extends StoredDocument {
  result: PackResult;
}

/**
 * Every pack the server knows, with its last check. A new version of a
 * document is parsed reusing the unchanged pieces of the previous parse.
 */
export class PackStore extends DocumentStore<PackEntry> {
  /** Checks a new text for the document, reusing its previous parse. */
  update(uri: string, text: string, version: number, open: boolean): PackEntry {
    const previous = this.entries.get(uri);
    const parsed = parsePack(text, { ...DEFAULT_PARSE_LIMITS, maxFileSize: this.settings.maxFileSize }, previous?.result.parsed);
    const entry = { uri, version, text, open, result: this.check(uri, parsed) };
    this.entries.set(uri, entry);
    return entry;
  }

  /** Re-checks every pack (settings changed) without re-parsing. */
  recheckAll(): PackEntry[] {
    for (const entry of this.entries.values()) entry.result = this.check(entry.uri, entry.result.parsed);
    return this.all();
  }

  private check(uri: string, parsed: ParsedPack): PackResult {
    return checkParsed(parsed, toCheckOptions(this.settings, (relative) => existsBeside(uri, relative)));
  }
}
