/**
 * `.gitignore` files, read as git reads them (gitignore(5)), so that the
 * editor's workspace scan and `roadmap-pack check` pass over what the user's
 * repository ignores: build output, generated packs, vendored test corpora.
 * No dependency: the syntax is small. `test/unit/gitignore.test.ts` holds the
 * verdicts equal to `git check-ignore` on a generated tree.
 *
 * Not read: `.git/info/exclude` and the user's global excludes file, which
 * live outside the workspace and are rarely where corpora are ignored.
 */

/** One pattern line, compiled. */
export interface IgnoreRule {
  /** `!pattern`: re-includes what an earlier rule ignored. */
  negated: boolean;
  /** `pattern/`: matches folders only. */
  foldersOnly: boolean;
  /** Matches a POSIX path relative to the folder of the `.gitignore` that holds the rule. */
  pattern: RegExp;
}

/** The rules of one `.gitignore`; blank lines, comments and lines git would reject give none. */
export function parseGitignore(text: string): IgnoreRule[] {
  return text.split(/\r?\n/).flatMap((line) => {
    const rule = compileRule(line);
    return rule ? [rule] : [];
  });
}

/**
 * Git's verdict on a path relative to the rules' folder: `true` ignored,
 * `false` re-included by a `!` rule, `undefined` when no rule matches. The
 * last matching rule decides.
 */
export function ruleVerdict(rules: readonly IgnoreRule[], relativePath: string, isFolder: boolean): boolean | undefined {
  let verdict: boolean | undefined;
  for (const rule of rules) {
    if ((isFolder || !rule.foldersOnly) && rule.pattern.test(relativePath)) verdict = !rule.negated;
  }
  return verdict;
}

function compileRule(raw: string): IgnoreRule | undefined {
  let line = trimTrailingSpaces(raw);
  if (line === '' || line.startsWith('#')) return undefined;
  const negated = line.startsWith('!');
  if (negated) line = line.slice(1);
  const foldersOnly = line.endsWith('/');
  line = line.replace(/\/+$/, '');
  if (line === '') return undefined;
  // A slash at the start or in the middle anchors the pattern to the .gitignore's folder.
  const anchored = line.includes('/');
  const body = line.replace(/^\//, '').split('/').map(segmentSource);
  const source = joinSegments(body);
  return { negated, foldersOnly, pattern: new RegExp(`^${anchored ? '' : '(?:[^/]+/)*'}${source}$`) };
}

/** Trailing spaces are dropped unless escaped with a backslash. */
function trimTrailingSpaces(line: string): string {
  let end = line.length;
  while (end > 0 && line[end - 1] === ' ' && line[end - 2] !== '\\') end--;
  return line.slice(0, end);
}

const ANY_FOLDERS = Symbol('**');

/** A `**` segment matches any number of folders; any other segment is a one-segment glob. */
function segmentSource(segment: string): string | typeof ANY_FOLDERS {
  return segment === '**' ? ANY_FOLDERS : globSegment(segment);
}

function joinSegments(segments: readonly (string | typeof ANY_FOLDERS)[]): string {
  let source = '';
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1;
    if (segment === ANY_FOLDERS) source += last ? '.*' : '(?:[^/]+/)*';
    else source += last ? segment : `${segment}/`;
  });
  return source;
}

/** `*`, `?`, `[…]` and `\x` within one path segment; everything else literal. */
function globSegment(segment: string): string {
  let source = '';
  for (let i = 0; i < segment.length; i++) {
    const char = segment[i];
    if (char === '\\' && i + 1 < segment.length) source += escapeLiteral(segment[++i]);
    else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else if (char === '[') {
      const klass = characterClass(segment, i);
      source += klass ? klass.source : '\\[';
      if (klass) i = klass.end;
    } else source += escapeLiteral(char);
  }
  return source;
}

/** A bracket expression starting at `start`, or undefined when it is not closed (then `[` is literal). */
function characterClass(segment: string, start: number): { source: string; end: number } | undefined {
  let i = start + 1;
  const negated = segment[i] === '!' || segment[i] === '^';
  if (negated) i++;
  const bodyStart = i;
  if (segment[i] === ']') i++; // a `]` first in the class is literal
  while (i < segment.length && segment[i] !== ']') i++;
  if (i >= segment.length) return undefined;
  return { source: `[${negated ? '^' : ''}${classBody(segment.slice(bodyStart, i))}]`, end: i };
}

/** Inside brackets a backslash escapes the next character; `-` keeps making ranges. */
function classBody(body: string): string {
  let source = '';
  for (let i = 0; i < body.length; i++) {
    const char = body[i] === '\\' && i + 1 < body.length ? body[++i] : body[i];
    source += /[\\\]^[]/.test(char) ? `\\${char}` : char;
  }
  return source;
}

function escapeLiteral(char: string): string {
  return char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
