import type { Disk } from './disk';
import { joinUrl } from './joinUrl';

/** `scheme://authority` then the path: a hierarchical URI (`vscode-vfs://github/owner/repo/…`, `file:///…`). */
const HIERARCHICAL = /^([a-z][a-z0-9+.-]*:\/\/[^/?#]*)(\/[^?#]*)$/i;
/** Its key: the scheme and authority as one encoded first segment, so that the core's POSIX paths keep them. */
const KEY = /^\/([^/]*%3A%2F%2F[^/]*)(\/.*)$/;

/**
 * The web server's `Disk` (VS Code for the Web: the server runs in a web
 * worker, which has no file system): no closed file is read, so the server
 * checks the documents the editor sends it; whether a file beside one exists
 * cannot be told, so it is not checked, as for an untitled document. URIs are
 * joined as URLs, which keeps their scheme (`vscode-vfs:`, `file:`…), and a
 * hierarchical URI is known to the core by a POSIX path that keeps its scheme
 * and authority in its first segment (briefs find their pack by folders).
 */
export const disk: Disk = {
  readText: () => undefined,
  existsBeside: () => true,
  resolveBeside: joinUrl,
  placed: (uri) => HIERARCHICAL.test(uri),
  keyOf: (uri) => {
    const [, root, path] = HIERARCHICAL.exec(uri) ?? [];
    return root === undefined ? uri : `/${encodeURIComponent(root)}${path}`;
  },
  uriOf: (key) => {
    const [, root, path] = KEY.exec(key) ?? [];
    return root === undefined ? key : `${decodeURIComponent(root)}${path}`;
  },
};
