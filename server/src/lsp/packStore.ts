import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_PARSE_LIMITS, PackResult, ParsedPack, checkParsed, parsePack } from '../pack';
import { Settings, toCheckOptions } from './settings';

/** One pack the server knows: open in the editor, or found on disk. */
export interface PackEntry {
  uri: string;
  version: number;
  text: string;
  open: boolean;
  result: PackResult;
}

/**
 * Every pack the server knows, with its last check. A new version of a
 * document is parsed reusing the unchanged pieces of the previous parse.
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
    const previous = this.packs.get(uri);
    const parsed = parsePack(text, { ...DEFAULT_PARSE_LIMITS, maxFileSize: this.settings.maxFileSize }, previous?.result.parsed);
    const entry = { uri, version, text, open, result: this.check(uri, parsed) };
    this.packs.set(uri, entry);
    return entry;
  }

  /** Re-checks every pack (settings changed) without re-parsing. */
  recheckAll(): PackEntry[] {
    for (const entry of this.packs.values()) entry.result = this.check(entry.uri, entry.result.parsed);
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

  private check(uri: string, parsed: ParsedPack): PackResult {
    return checkParsed(parsed, toCheckOptions(this.settings, (relative) => briefExists(uri, relative)));
  }
}

function briefExists(packUri: string, relative: string): boolean {
  if (!packUri.startsWith('file:')) return true; // untitled or virtual documents: nothing to check against
  return existsSync(resolve(dirname(fileURLToPath(packUri)), relative));
}
