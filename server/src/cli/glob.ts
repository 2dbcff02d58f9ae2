/**
 * The `ignore` globs of roadmap-packs.json, matched against POSIX paths
 * relative to the config file's folder. Just the common syntax, so that no
 * dependency is needed: `*` and `?` within one path segment, `**` across
 * segments. A pattern that matches a folder ignores everything under it, and
 * a pattern with no `/` matches at any depth (as in .gitignore).
 */
export function globMatcher(patterns: readonly string[]): (relativePath: string) => boolean {
  const expressions = patterns.map(globToRegExp);
  return (relativePath) => expressions.some((expression) => expression.test(relativePath));
}

export function globToRegExp(pattern: string): RegExp {
  const parts = pattern.trim().replace(/^\.\//, '').replace(/\/+$/, '').split('/');
  const body = parts.map((part, i) => segment(part, i === parts.length - 1)).join('');
  const anyDepth = parts.length === 1 ? '(?:[^/]+/)*' : '';
  // A folder's pattern also covers what is inside it: hence the optional `/…` tail.
  return new RegExp(`^${anyDepth}${body}(?:/.*)?$`);
}

/** One segment of the pattern, with the `/` after it unless it is the last. */
function segment(part: string, last: boolean): string {
  if (part === '**') return last ? '.*' : '(?:[^/]+/)*';
  const text = part.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]');
  return last ? text : `${text}/`;
}
