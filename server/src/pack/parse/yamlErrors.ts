import type { YAMLError } from 'yaml';
import type { Finding, Severity } from '../diagnostic';
import { lineStartAt } from '../text/format';

/**
 * Turns yaml's errors into findings a planner can act on, placed where the
 * mistake is rather than where the parser noticed it: the opening quote that
 * never closes, the `{` that is never closed, the tab that indents a line.
 * Spans are relative to the parsed source. Duplicate keys are reported by
 * toPlain, which knows both places.
 */
export function yamlErrorFindings(errors: readonly YAMLError[], source: string, severity: Severity): Finding[] {
  const findings: Finding[] = [];
  const tabLines = new Set<number>();
  for (const error of errors) {
    if (error.code === 'DUPLICATE_KEY') continue;
    const tab = indentingTab(source, error.pos[0]);
    if (tab !== undefined) {
      if (!tabLines.has(tab)) findings.push({ code: 'RP001', message: 'Tabs cannot indent YAML: indent with spaces.', span: { start: tab, end: tab + 1 }, severity });
      tabLines.add(tab);
      continue;
    }
    findings.push({ code: 'RP001', ...placed(error, source), severity });
  }
  return findings;
}

function placed(error: YAMLError, source: string): { message: string; span: { start: number; end: number } } {
  const [start, end] = error.pos;
  const raw = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  if (error.code === 'MISSING_CHAR' && /quote/i.test(raw)) {
    const quote = unclosedQuote(source, start);
    if (quote !== undefined) return { message: `This quoted text is missing its closing quote: add ${source[quote]} where the text ends.`, span: { start: quote, end: quote + 1 } };
  }
  if (/end with a [}\]]/.test(raw)) {
    const bracket = unclosedBracket(source, start);
    if (bracket !== undefined) return { message: `This \`${source[bracket]}\` is missing its closing bracket: add \`${source[bracket] === '{' ? '}' : ']'}\` where it ends.`, span: { start: bracket, end: bracket + 1 } };
  }
  if (error.code === 'MULTIPLE_DOCS') return { message: 'A pack is one YAML document: remove this `---` and what follows it, or move that into its own file.', span: { start, end: start + 3 } };
  if (error.code === 'BAD_INDENT') return { message: `The indentation here does not line up with the lines around it. (${raw})`, span: { start, end: Math.max(end, start + 1) } };
  return { message: `YAML syntax: ${raw}`, span: { start, end: Math.max(end, start + 1) } };
}

/** The offset of a tab in the leading whitespace of the line holding `offset`, if any. */
function indentingTab(source: string, offset: number): number | undefined {
  const lineStart = lineStartAt(source, offset);
  const leading = /^[ \t]*/.exec(source.slice(lineStart))![0];
  const tab = leading.indexOf('\t');
  return tab === -1 ? undefined : lineStart + tab;
}

/** The last quote before `offset` that opens a string on a line of its own. */
function unclosedQuote(source: string, offset: number): number | undefined {
  let found: number | undefined;
  let open: number | undefined;
  for (let i = 0; i < Math.min(offset, source.length); i++) {
    const c = source[i];
    if (open !== undefined) {
      if (c === source[open] && source[i - 1] !== '\\') open = undefined;
    } else if ((c === '"' || c === "'") && /[\s:[{,-]/.test(source[i - 1] ?? ' ')) {
      open = i;
      found = i;
    } else if (c === '#' && /\s/.test(source[i - 1] ?? ' ')) {
      const newline = source.indexOf('\n', i);
      i = newline === -1 ? source.length : newline;
    }
  }
  return open ?? found;
}

/** The innermost `{` or `[` still open at `offset`, ignoring quoted text. */
function unclosedBracket(source: string, offset: number): number | undefined {
  const stack: number[] = [];
  let quote = '';
  for (let i = 0; i < Math.min(offset, source.length); i++) {
    const c = source[i];
    if (quote) {
      if (c === quote && source[i - 1] !== '\\') quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '{' || c === '[') stack.push(i);
    else if ((c === '}' || c === ']') && stack.length > 0) stack.pop();
  }
  return stack.length > 0 ? stack[stack.length - 1] : undefined;
}
