import type { LineIndex } from '../text/lineIndex';
import type { TextChange } from '../text/textChange';

/**
 * Comments that silence rules, as markdownlint does:
 * `roadmap-disable-next-line CODE…` silences the next line;
 * `roadmap-disable CODE…` silences from there on, until `roadmap-enable CODE…`.
 * Without codes, they apply to every rule. Codes may be rule names too.
 * In YAML they are `#` comments; in Markdown, `<!-- … -->` comments.
 */
export interface Suppressions {
  isSuppressed(code: string, name: string, line: number): boolean;
}

interface Directive {
  line: number;
  kind: 'next-line' | 'disable' | 'enable';
  codes: string[] | 'all';
  /**
   * Alone on its line: then it also covers that line, since the only findings
   * a comment line holds are about the whole file, anchored at its start (a
   * missing `title`), and a directive on the first line is the one place that
   * can silence them.
   */
  ownLine: boolean;
}

const YAML_DIRECTIVE = /#\s*roadmap-(disable-next-line|disable|enable)\b([^\n]*)$/;
const MARKDOWN_DIRECTIVE = /<!--\s*roadmap-(disable-next-line|disable|enable)\b(.*?)-->/;

/** Every directive holds this, so only the lines holding it are looked at. */
const MARKER = 'roadmap-';

/** Where a text holds the marker, in order. */
export interface DirectiveSites {
  text: string;
  offsets: number[];
}

/**
 * The marker's offsets in `text`. With those of the text `change` made it
 * from, only the changed stretch is searched: the others are kept or shifted
 * (a search of the whole text for the marker costs milliseconds at 5 MB).
 */
export function directiveSites(text: string, previous?: DirectiveSites, change?: TextChange): DirectiveSites {
  if (!previous || !change) return { text, offsets: occurrences(text, 0, text.length) };
  const shift = change.newEnd - change.oldEnd;
  // An occurrence the change overlaps may be new or gone; the others are as they were.
  const offsets = previous.offsets.filter((at) => at + MARKER.length <= change.start);
  offsets.push(...occurrences(text, Math.max(0, change.start - MARKER.length + 1), change.newEnd));
  for (const at of previous.offsets) if (at >= change.oldEnd) offsets.push(at + shift);
  return { text, offsets };
}

/** The marker's offsets from `from` on that start before `before`, searching no further than they can be. */
function occurrences(text: string, from: number, before: number): number[] {
  const window = text.slice(from, before + MARKER.length - 1);
  const found: number[] = [];
  for (let at = window.indexOf(MARKER); at !== -1; at = window.indexOf(MARKER, at + 1)) found.push(from + at);
  return found;
}

/** Reads the directives of a document on the lines of its marker sites. */
export function findSuppressions(lines: LineIndex, syntax: 'yaml' | 'markdown', sites = directiveSites(lines.text)): Suppressions {
  const pattern = syntax === 'yaml' ? YAML_DIRECTIVE : MARKDOWN_DIRECTIVE;
  const directives: Directive[] = [];
  let lastLine = -1;
  for (const at of sites.offsets) {
    const line = lines.positionAt(at).line;
    if (line === lastLine) continue;
    lastLine = line;
    const text = lines.lineText(line);
    const match = pattern.exec(text);
    if (match) directives.push({ line, kind: match[1] === 'disable-next-line' ? 'next-line' : (match[1] as Directive['kind']), codes: parseCodes(match[2]), ownLine: text.trimStart().startsWith(match[0]) });
  }
  return { isSuppressed: (code, name, line) => suppressed(directives, code, name, line) };
}

function parseCodes(text: string): string[] | 'all' {
  const codes = text.split(/[\s,]+/).filter(Boolean).map((code) => code.toLowerCase());
  return codes.length === 0 ? 'all' : codes;
}

function covers(directive: Directive, code: string, name: string): boolean {
  return directive.codes === 'all' || directive.codes.includes(code.toLowerCase()) || directive.codes.includes(name);
}

function suppressed(directives: Directive[], code: string, name: string, line: number): boolean {
  let inDisabledRegion = false;
  let nextLine = false;
  for (const directive of directives) {
    if (directive.line > line || (directive.line === line && !directive.ownLine)) break;
    if (!covers(directive, code, name)) continue;
    if (directive.kind === 'next-line') nextLine ||= directive.line >= line - 1;
    else inDisabledRegion = directive.kind === 'disable';
  }
  return inDisabledRegion || nextLine;
}
