import type { LineIndex } from '../text/lineIndex';

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

/** Reads the directives of a document; only lines that mention `roadmap-` are looked at. */
export function findSuppressions(lines: LineIndex, syntax: 'yaml' | 'markdown'): Suppressions {
  const pattern = syntax === 'yaml' ? YAML_DIRECTIVE : MARKDOWN_DIRECTIVE;
  const directives: Directive[] = [];
  let lastLine = -1;
  for (let at = lines.text.indexOf('roadmap-'); at !== -1; at = lines.text.indexOf('roadmap-', at + 1)) {
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
