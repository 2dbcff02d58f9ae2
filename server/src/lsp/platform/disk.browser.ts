import type { Disk } from './disk';
import { joinUrl } from './joinUrl';

/**
 * The web server's `Disk` (VS Code for the Web: the server runs in a web
 * worker, which has no file system): no closed file is read, so the server
 * checks the documents the editor sends it; whether a file beside one exists
 * cannot be told, so it is not checked, as for an untitled document. URIs are
 * joined as URLs, which keeps their scheme (`vscode-vfs:`, `file:`…).
 */
export const disk: Disk = {
  readText: () => undefined,
  existsBeside: () => true,
  resolveBeside: joinUrl,
  keyOf: (uri) => uri,
  uriOf: (key) => key,
};
