import { relative, sep } from 'node:path';

/** The path as reports show it: relative to the working folder, with `/` on every platform. */
export function displayPath(file: string, cwd: string): string {
  const shown = relative(cwd, file) || '.';
  return sep === '/' ? shown : shown.split(sep).join('/');
}
