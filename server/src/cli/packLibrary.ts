import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkPack, type CheckOptions, type HostPack, type MarkdownHost, type PackResult } from '../pack';
import { PACK_NAME } from './findFiles';

/**
 * The packs one `check` run knows, each read and checked once: those it was
 * asked to check, and those beside or above a Markdown file, since the pack
 * that owns a brief is looked for in the brief's folder and its parents
 * (the language server knows every pack of the workspace for the same reason).
 */
export class PackLibrary {
  private readonly packs = new Map<string, HostPack | undefined>();
  private readonly searched = new Set<string>();

  constructor(private readonly optionsFor: (file: string) => Partial<CheckOptions>) {}

  /** Checks a pack's text (or returns the earlier check of the same file). */
  add(file: string, text: string): PackResult {
    const known = this.packs.get(file);
    if (known) return known.result;
    const result = checkPack(text, this.optionsFor(file));
    this.addChecked(file, result);
    return result;
  }

  /** Keeps a pack checked elsewhere (a portfolio's member, checked in its portfolio's context). */
  addChecked(file: string, result: PackResult): void {
    this.packs.set(file, { path: posix(file), uri: pathToFileURL(file).href, initiativeIds: result.model.initiatives.map((initiative) => initiative.id), result });
  }

  /** Learns the packs in the file's folder and every folder above it. */
  addAncestorsOf(file: string): void {
    for (let folder = dirname(file); !this.searched.has(folder); folder = dirname(folder)) {
      this.searched.add(folder);
      for (const name of packNames(folder)) this.load(join(folder, name));
      if (dirname(folder) === folder) return;
    }
  }

  /** What checkMarkdownFile needs: every known pack, and a reader for a `pack:` override. */
  host(): MarkdownHost {
    const packs = [...this.packs.values()].filter((pack): pack is HostPack => pack !== undefined);
    return { packs, loadPack: (path) => this.load(path) };
  }

  /** An unreadable pack is remembered as such, so it is tried once. */
  private load(file: string): HostPack | undefined {
    if (!this.packs.has(file)) {
      try {
        this.add(file, readFileSync(file, 'utf8'));
      } catch {
        this.packs.set(file, undefined);
      }
    }
    return this.packs.get(file);
  }
}

/** The pack files' names in a folder, sorted; none when it cannot be read. */
export function packNames(folder: string): string[] {
  try {
    return readdirSync(folder, { withFileTypes: true })
      .filter((entry) => entry.isFile() && PACK_NAME.test(entry.name))
      .map((entry) => entry.name)
      .sort();
  } catch {
    return [];
  }
}

/** The core resolves owners on POSIX paths, as the server does. */
export function posix(file: string): string {
  return file.split('\\').join('/');
}
