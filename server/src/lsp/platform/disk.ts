import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { sizeOf } from '../findFiles';
import { joinUrl } from './joinUrl';

/**
 * What the server reads from files it was not sent by the editor. Two
 * implementations with one shape: this one, for Node (the desktop, code-server,
 * the CLI's tests), reads the disk; `disk.browser.ts`, which the web bundle
 * builds in its place (scripts/build.mjs), has no disk to read.
 */
export interface Disk {
  /**
   * A file's text, or `undefined` when it cannot be read (deleted, a folder, no
   * permission) or is over `maxBytes` on disk: a closed file that large is not
   * read at all, and is checked (RP002) only if an editor opens it.
   */
  readText(uri: string, maxBytes: number): string | undefined;
  /** Whether a file named relative to the document exists; `true` where that cannot be told (untitled or virtual documents): not checked. */
  existsBeside(documentUri: string, relative: string): boolean;
  /** The URI of a file named relative to the document; `undefined` for a document with no place (untitled). */
  resolveBeside(documentUri: string, relative: string): string | undefined;
  /** Whether the document has a place in a tree of folders, so that a brief can belong to a pack by them (not untitled). */
  placed(uri: string): boolean;
  /** The path a document is known by in the core: a POSIX path for a placed document (the core resolves briefs' paths in it); the URI otherwise. */
  keyOf(uri: string): string;
  /** The URI of a path the core names (from `keyOf` or joined to one). */
  uriOf(key: string): string;
}

export const disk: Disk = {
  readText(uri, maxBytes) {
    try {
      const path = fileURLToPath(uri);
      return sizeOf(path) <= maxBytes ? readFileSync(path, 'utf8') : undefined;
    } catch {
      return undefined;
    }
  },
  existsBeside(documentUri, relative) {
    return !documentUri.startsWith('file:') || existsSync(resolve(dirname(fileURLToPath(documentUri)), relative));
  },
  resolveBeside(documentUri, relative) {
    return documentUri.startsWith('file:') ? pathToFileURL(resolve(dirname(fileURLToPath(documentUri)), relative)).toString() : joinUrl(documentUri, relative);
  },
  placed: (uri) => uri.startsWith('file:'),
  keyOf(uri) {
    return uri.startsWith('file:') ? fileURLToPath(uri).split('\\').join('/') : uri;
  },
  uriOf(key) {
    return /^[a-z][a-z0-9+.-]*:/i.test(key) && !/^[a-z]:[\\/]/i.test(key) ? key : pathToFileURL(key).toString();
  },
};
