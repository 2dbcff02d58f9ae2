import { disk } from './platform/disk';
import type { Settings } from './settings';

/** What every stored document has: its text, the version checked, and whether an editor has it open. */
export interface StoredDocument {
  uri: string;
  version: number;
  text: string;
  open: boolean;
}

/**
 * What PackStore and BriefStore share: the documents by URI with their last
 * check, the settings they check with, and reading a closed file from disk.
 * An open document is the editor's text, so the disk never overrides it.
 */
export abstract class DocumentStore<Entry extends StoredDocument> {
  protected readonly entries = new Map<string, Entry>();

  constructor(protected settings: Settings) {}

  /** Checks a new text for the document and keeps the result. */
  abstract update(uri: string, text: string, version: number, open: boolean): Entry;

  updateSettings(settings: Settings): void {
    this.settings = settings;
  }

  get(uri: string): Entry | undefined {
    return this.entries.get(uri);
  }

  all(): Entry[] {
    return [...this.entries.values()];
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }

  /** Reads a closed document from disk; unreadable (or, by `accepts`, irrelevant) files are forgotten, not thrown. */
  loadFromDisk(uri: string): Entry | undefined {
    const open = this.entries.get(uri);
    if (open?.open) return open;
    const text = disk.readText(uri, this.settings.maxFileSize);
    if (text !== undefined && this.accepts(uri, text)) return this.update(uri, text, 0, false);
    if (text === undefined) this.entries.delete(uri);
    return undefined;
  }

  /** Whether a file read from disk is worth checking; every file, unless a store says otherwise. */
  protected accepts(_uri: string, _text: string): boolean {
    return true;
  }
}
