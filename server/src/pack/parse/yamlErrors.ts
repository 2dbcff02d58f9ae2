import type { YAMLError } from 'yaml';
import type { Finding, Severity } from '../diagnostic';
import type { Span } from '../text/lineIndex';
import { lineStartAt } from '../text/format';

/**
 * How many syntax findings one piece shows; the rest are counted in one more.
 * After the first few, yaml's errors are mostly echoes of them.
 */
export const SHOWN_SYNTAX_ERRORS = 5;

/** One of yaml's errors, or a run of its "token in YAML stream" errors read as one. */
interface SyntaxProblem {
  error: YAMLError;
  /** Tokens after the first of a run that could not be read either (0 for a single error). */
  unreadTokens: number;
}

/**
 * Turns yaml's errors into findings a planner can act on, placed where the
 * mistake is rather than where the parser noticed it: the opening quote that
 * never closes, the `{` that is never closed, the tab that indents a line.
 * One mistake gives one finding (identical ones are dropped), and a piece
 * shows at most SHOWN_SYNTAX_ERRORS, then one finding saying how many more.
 * Spans are relative to the parsed source. Duplicate keys are reported by
 * toPlain, which knows both places.
 */
export function yamlErrorFindings(errors: readonly YAMLError[], source: string, severity: Severity): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const brackets = new BracketClaims(source);
  const problems = syntaxProblems(errors);
  // Placing one costs a scan of the source before it: a bounded number of tries keeps a piece of many copies linear.
  const tries = Math.min(problems.length, SHOWN_SYNTAX_ERRORS * 4);
  let index = 0;
  for (; index < tries && findings.length < SHOWN_SYNTAX_ERRORS; index++) {
    const finding = { code: 'RP001' as const, ...placed(problems[index], source, brackets), severity };
    const key = `${finding.span.start}:${finding.span.end}:${finding.message}`;
    if (!seen.has(key)) findings.push(finding);
    seen.add(key);
  }
  if (index < problems.length) findings.push(notShown(problems.length - index, problems[index].error, severity));
  return findings;
}

/**
 * Once yaml loses its place, it reports every token after that as "Unexpected
 * … token in YAML stream": a run of those is one mistake, not one per token.
 */
function syntaxProblems(errors: readonly YAMLError[]): SyntaxProblem[] {
  const problems: SyntaxProblem[] = [];
  let previousInStream = false;
  for (const error of errors) {
    if (error.code === 'DUPLICATE_KEY') continue;
    const inStream = error.code === 'UNEXPECTED_TOKEN' && / token in YAML stream/.test(error.message);
    if (inStream && previousInStream) problems[problems.length - 1].unreadTokens++;
    else problems.push({ error, unreadTokens: 0 });
    previousInStream = inStream;
  }
  return problems;
}

function notShown(count: number, first: YAMLError, severity: Severity): Finding {
  const errors = count === 1 ? '1 more YAML syntax error' : `${count} more YAML syntax errors`;
  return { code: 'RP001', message: `${errors} from here on are not listed: fix the ones above first.`, span: { start: first.pos[0], end: Math.max(first.pos[1], first.pos[0] + 1) }, severity };
}

function placed({ error, unreadTokens }: SyntaxProblem, source: string, brackets: BracketClaims): { message: string; span: Span } {
  const [start, end] = error.pos;
  const raw = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  const tab = indentingTab(source, start);
  if (tab !== undefined) return { message: 'Tabs cannot indent YAML: indent with spaces.', span: { start: tab, end: tab + 1 } };
  if (error.code === 'MISSING_CHAR' && /quote/i.test(raw)) {
    const quote = unclosedQuote(source, start);
    if (quote !== undefined) return { message: `This quoted text is missing its closing quote: add ${source[quote]} where the text ends.`, span: { start: quote, end: quote + 1 } };
  }
  const closer = /end with a ([}\]])/.exec(raw)?.[1];
  if (closer !== undefined) {
    const bracket = brackets.claim(start, closer === '}' ? '{' : '[');
    if (bracket !== undefined) return { message: `This \`${source[bracket]}\` is missing its closing bracket: add \`${closer}\` where it ends.`, span: { start: bracket, end: bracket + 1 } };
  }
  if (error.code === 'MULTIPLE_DOCS') return { message: 'A pack is one YAML document: remove this `---` and what follows it, or move that into its own file.', span: { start, end: start + 3 } };
  if (error.code === 'BAD_INDENT') return { message: `The indentation here does not line up with the lines around it. (${raw})`, span: { start, end: Math.max(end, start + 1) } };
  if (unreadTokens > 0) return { message: `YAML syntax: ${raw}; it and the ${unreadTokens} tokens after it cannot be read (check the indentation of this line and the lines above).`, span: { start, end: Math.max(end, start + 1) } };
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

/**
 * The brackets still open where yaml reports unclosed ones. yaml reports each
 * unclosed bracket at the same offset, innermost first, naming the closer it
 * expected: each report claims the innermost unclaimed opener of its kind, so
 * N unclosed brackets give N findings at their N openers, each named rightly.
 */
class BracketClaims {
  private readonly openAt = new Map<number, number[]>();

  constructor(private readonly source: string) {}

  claim(offset: number, opener: '{' | '['): number | undefined {
    const open = this.openAt.get(offset) ?? unclosedBrackets(this.source, offset);
    this.openAt.set(offset, open);
    for (let index = open.length - 1; index >= 0; index--) {
      if (this.source[open[index]] !== opener) continue;
      return open.splice(index, 1)[0];
    }
    return undefined;
  }
}

/** The offsets of the `{` and `[` still open at `offset`, outermost first, ignoring quoted text. */
function unclosedBrackets(source: string, offset: number): number[] {
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
  return stack;
}
