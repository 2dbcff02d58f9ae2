import { isAbsolute, relative, sep } from 'node:path';

/** Whether `path` is strictly inside `folder`. */
export function isInside(folder: string, path: string): boolean {
  const relativePath = relative(folder, path);
  return relativePath !== '' && relativePath !== '..' && !relativePath.startsWith(`..${sep}`) && !isAbsolute(relativePath);
}

/** `path` relative to `folder`, with `/` between segments on every platform (what globs and .gitignore match). */
export function posixRelative(folder: string, path: string): string {
  return relative(folder, path).split(sep).join('/');
}
