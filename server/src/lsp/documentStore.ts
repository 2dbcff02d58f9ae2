import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sizeOf } from './findFiles';
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
    const text = readDiskText(uri, this.settings.maxFileSize);
    if (text !== undefined && this.accepts(uri, text)) return this.update(uri, text, 0, false);
    if (text === undefined) this.entries.delete(uri);
    return undefined;
  }

  /** Whether a file read from disk is worth checking; every file, unless a store says otherwise. */
  protected accepts(_uri: string, _text: string): boolean {
    return true;
  }
}

/**
 * A file's text, or `undefined` when it cannot be read (deleted, a folder, no
 * permission) or is over `maxBytes` on disk: a closed file that large is not
 * read at all, and is checked (RP002) only if an editor opens it.
 */
export function readDiskText(uri: string, maxBytes: number): string | undefined {
  try {
    const path = fileURLToPath(uri);
    return sizeOf(path) <= maxBytes ? readFileSync(path, 'utf8') : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a file named relative to the document exists; untitled or virtual documents have nothing to check against. */
export function existsBeside(documentUri: string, relative: string): boolean {
  return !documentUri.startsWith('file:') || existsSync(resolve(dirname(fileURLToPath(documentUri)), relative));
}
