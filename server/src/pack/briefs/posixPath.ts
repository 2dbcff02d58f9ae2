/**
 * Just enough POSIX path handling for resolve.ts; the core may not import
 * node:path. Paths use `/`; a leading `/` makes a path absolute.
 */

/** Resolves `.` and `..` and repeated slashes; `..` above a relative start is kept. */
export function normalize(path: string): string {
  const absolute = path.startsWith('/');
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
    else if (part !== '..' || !absolute) parts.push(part);
  }
  const joined = parts.join('/');
  return absolute ? `/${joined}` : joined || '.';
}

/** The folder of a path, as node's posix dirname: `a/b/c.md` → `a/b`, `c.md` and `..` → `.`, `/c.md` → `/`. */
export function dirname(path: string): string {
  const normal = normalize(path);
  const slash = normal.lastIndexOf('/');
  if (slash < 0) return '.';
  return slash === 0 ? '/' : normal.slice(0, slash);
}

/** `base` joined with `path`, unless `path` is absolute. */
export function join(base: string, path: string): string {
  return normalize(path.startsWith('/') ? path : `${base}/${path}`);
}

/** `to` as a path from the folder `from` (both absolute, or both relative to one folder): `/a/b`, `/a/c/d.md` → `../c/d.md`. */
export function relative(from: string, to: string): string {
  const base = normalize(from).split('/').filter(Boolean);
  const target = normalize(to).split('/').filter(Boolean);
  let common = 0;
  while (common < base.length && common < target.length && base[common] === target[common]) common++;
  return [...base.slice(common).map(() => '..'), ...target.slice(common)].join('/') || '.';
}
