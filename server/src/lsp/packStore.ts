import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CheckCache, PackResult, checkPack, checkParsed } from '../pack';
import { Settings, toCheckOptions } from './settings';

/** One pack the server knows: open in the editor, or found on disk. */
export interface PackEntry {
  uri: string;
  version: number;
  text: string;
  open: boolean;
  result: PackResult;
  /** What this document's next check may reuse; dropped with the entry. */
  cache: CheckCache;
}

/**
 * Every pack the server knows, with its last check and its own cache: a new
 * version of a document reuses what its previous check computed from the
 * pieces and inputs that did not change, and no pack's cache serves another.
 */
export class PackStore {
  private readonly packs = new Map<string, PackEntry>();

  constructor(private settings: Settings) {}

  updateSettings(settings: Settings): void {
    this.settings = settings;
  }

  get(uri: string): PackEntry | undefined {
    return this.packs.get(uri);
  }

  all(): PackEntry[] {
    return [...this.packs.values()];
  }

  delete(uri: string): void {
    this.packs.delete(uri);
  }

  /** Checks a new text for the document, reusing its previous parse. */
  update(uri: string, text: string, version: number, open: boolean): PackEntry {
    const cache = this.packs.get(uri)?.cache ?? new CheckCache();
    const entry = { uri, version, text, open, cache, result: checkPack(text, this.options(uri), cache) };
    this.packs.set(uri, entry);
    return entry;
  }

  /** Re-checks every pack (settings changed) without re-parsing. */
  recheckAll(): PackEntry[] {
    for (const entry of this.packs.values()) entry.result = checkParsed(entry.result.parsed, this.options(entry.uri), entry.cache);
    return this.all();
  }

  /** Reads a closed pack from disk; unreadable files are forgotten, not thrown. */
  loadFromDisk(uri: string): PackEntry | undefined {
    const open = this.packs.get(uri);
    if (open?.open) return open;
    try {
      return this.update(uri, readFileSync(fileURLToPath(uri), 'utf8'), 0, false);
    } catch {
      this.packs.delete(uri);
      return undefined;
    }
  }

  private options(uri: string) {
    return toCheckOptions(this.settings, (relative) => briefExists(uri, relative));
  }
}

function briefExists(packUri: string, relative: string): boolean {
  if (!packUri.startsWith('file:')) return true; // untitled or virtual documents: nothing to check against
  return existsSync(resolve(dirname(fileURLToPath(packUri)), relative));
}
