import type { YAMLError } from 'yaml';
import type { RelatedInfo } from '../diagnostic';
import type { Span } from '../text/lineIndex';

/** One syntax mistake as a planner reads it, and the lines it spoils. */
export interface Mistake {
  message: string;
  /** Where the mistake is: the `[` never closed, the tab, the extra spaces. */
  span: Span;
  related?: RelatedInfo[];
  /**
   * Offsets on the first and the last line the mistake spoils: once they are
   * blanked, what yaml still reports is another mistake. Absent when the
   * rest of the text is spoilt (a second YAML document).
   */
  lines?: Span;
  /**
   * A later line the mistake spoils too, with the lines between read as
   * written: the line where a quote opened on a key line is closed.
   */
  alsoSpoils?: number;
  /**
   * yaml reads the spoilt lines as something else (`theme: : x` as a
   * mapping, a tab-indented line as the end of the item): their data is
   * better left out. Not so for a bracket or quote never closed, where
   * yaml keeps what it can of the line.
   */
  misread?: boolean;
}

/**
 * Names the mistake behind yaml's first error in `text`, placed where it is
 * rather than where yaml noticed it (often a line later, or at a healthy
 * token), in words that say what is wrong and how to put it right.
 */
export function describeMistake(error: YAMLError, text: string): Mistake {
  const at = error.pos[0];
  const raw = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  return (
    exhausted(error, raw) ??
    indentingTab(text, at) ??
    unclosedQuoteMistake(error, raw, text) ??
    bracketMistake(raw, text, at) ??
    (error.code === 'MULTIPLE_DOCS' ? secondDocument(at) : undefined) ??
    strayDash(raw, text, at) ??
    indentationMistake(error, raw, text, at) ??
    keyLineMistake(error, text, at) ??
    indentedFirstLine(error, text, at) ??
    strayIndent(error, text, at) ??
    lostPlace(error, raw, text) ??
    unreadable(raw, text, error)
  );
}

/**
 * The error to name first among yaml's, in text order. Inside a `{` or `[`
 * never closed, yaml trips over healthy lines (a comment, a `- ` line) before
 * it says the bracket is open: those are echoes of the bracket, which is
 * named first.
 */
export function firstCause(errors: readonly YAMLError[], text: string): YAMLError {
  const first = errors[0];
  const bracket = errors.find((error) => /end with a [}\]]/.test(error.message));
  // A quote never closed swallows the bracket's closer: then the quote is the cause.
  if (bracket === undefined || bracket === first || /quote/i.test(first.message)) return first;
  const open = unclosedBrackets(text, bracket.pos[0]);
  return open.length > 0 && open[0] < first.pos[0] ? bracket : first;
}

/** yaml gave up (a stack overflow on deep nesting): nothing to blank, the limit check reports it. */
function exhausted(error: YAMLError, raw: string): Mistake | undefined {
  if (error.code !== 'RESOURCE_EXHAUSTION') return undefined;
  return { message: `YAML cannot read this: ${raw.replace(/\.$/, '')}.`, span: { start: error.pos[0], end: error.pos[0] + 1 } };
}

function indentingTab(text: string, at: number): Mistake | undefined {
  const line = lineAt(text, at);
  const tab = text.slice(line.start, line.start + line.indentWithTabs).indexOf('\t');
  if (tab === -1) return undefined;
  return { message: 'Tabs cannot indent YAML: indent this line with spaces.', span: { start: line.start + tab, end: line.start + tab + 1 }, lines: { start: at, end: at }, misread: true };
}

function unclosedQuoteMistake(error: YAMLError, raw: string, text: string): Mistake | undefined {
  if (error.code !== 'MISSING_CHAR' || !/quote/i.test(raw)) return undefined;
  const quote = unclosedQuote(text, error.pos[0]);
  if (quote === undefined) return undefined;
  const mark = text[quote];
  return {
    message: `This ${mark} is never closed: end the text with ${mark} on the same line (or drop both quotes).`,
    span: { start: quote, end: quote + 1 },
    lines: { start: quote, end: error.pos[0] },
  };
}

/** yaml's "must … end with a ]": a `[` or `{` never closed, or a closer that closes nothing. */
function bracketMistake(raw: string, text: string, at: number): Mistake | undefined {
  const closer = /end with a ([}\]])/.exec(raw)?.[1];
  if (closer === undefined) return undefined;
  const open = unclosedBrackets(text, at);
  const found = text[at];
  if ((found === ']' || found === '}') && !open.some((offset) => text[offset] === opening(found))) return strayCloser(found, at);
  const opener = innermost(open, text, opening(closer)) ?? open[open.length - 1];
  if (opener === undefined) return undefined;
  return unclosedBracket(text, opener, at);
}

function unclosedBracket(text: string, opener: number, foundAt: number): Mistake {
  const list = text[opener] === '[';
  const message = list
    ? 'This `[` is never closed: close the list with `]` on the same line as its last item.'
    : 'This `{` is never closed: close it with `}` on the same line as its last `key: value`.';
  const mistake: Mistake = { message, span: { start: opener, end: opener + 1 }, lines: { start: opener, end: lastSpoiltOffset(text, opener, foundAt) } };
  if (lineAt(text, foundAt).start > lineAt(text, opener).start) {
    const here = Math.min(foundAt, text.length);
    mistake.related = [{ message: `YAML is still inside the ${list ? '`[`' : '`{`'} here, where it expected the \`${list ? ']' : '}'}\`.`, span: { start: here, end: Math.min(here + 1, text.length) } }];
  }
  return mistake;
}

/** Where yaml noticed an unclosed bracket: on a later line's first token, that line is healthy and kept. */
function lastSpoiltOffset(text: string, opener: number, foundAt: number): number {
  const found = lineAt(text, foundAt);
  return foundAt === found.start + found.indent && found.start > opener ? found.start - 1 : foundAt;
}

function strayCloser(found: ']' | '}', at: number): Mistake {
  const message = found === ']'
    ? 'This `]` closes a list that was never opened: add the `[` where the list starts, or remove the `]`.'
    : 'This `}` closes nothing: add the `{` where the mapping starts, or remove the `}`.';
  return { message, span: { start: at, end: at + 1 }, lines: { start: at, end: at } };
}

function secondDocument(at: number): Mistake {
  return { message: 'A pack is one YAML document: remove this `---` and what follows it, or move that into its own file.', span: { start: at, end: at + 3 } };
}

/** A `- ` item among `key: value` lines. */
function strayDash(raw: string, text: string, at: number): Mistake | undefined {
  if (!/block sequence may not be used as an implicit map key/i.test(raw)) return undefined;
  const line = contentLineAt(text, at);
  const dash = line.start + line.indent;
  if (text[dash] !== '-') return undefined;
  return keylessParent(text, line) ?? {
    message: 'This `-` starts a list item among `key: value` lines: remove the `-`, or put the list under a key of its own, one `- ` line per item.',
    span: { start: dash, end: dash + 1 },
    lines: { start: dash, end: dash },
    misread: true,
  };
}

/** A line indented less, or otherwise differently, than the mapping it belongs to. */
function indentationMistake(error: YAMLError, raw: string, text: string, at: number): Mistake | undefined {
  const badIndent = error.code === 'BAD_INDENT' || /sequence item without - indicator/i.test(raw);
  if (!badIndent) return undefined;
  const line = contentLineAt(text, at);
  return keylessAbove(text, line) ?? misaligned(text, line, previousContentLine(text, line.start));
}

/**
 * The mapping's first line lost its `:` (`summary` over its list): yaml reads
 * it, and the lines indented under it, as the text of the key above, so the
 * next line at its column is where it notices. The mistake is that line.
 */
function keylessAbove(text: string, line: Line): Mistake | undefined {
  let above = previousContentLine(text, line.start);
  while (above !== undefined && above.indent > line.indent) above = previousContentLine(text, above.start);
  if (above === undefined || above.indent !== line.indent) return undefined;
  const content = keylessContent(text, above);
  return content === undefined ? undefined : keylessLine(text, above, content);
}

/** The list under a key that lost its `:` (`summary` over `- …` lines): the key line is the mistake, not the dashes. */
function keylessParent(text: string, line: Line): Mistake | undefined {
  let above = previousContentLine(text, line.start);
  while (above !== undefined && above.indent >= line.indent) above = previousContentLine(text, above.start);
  const content = above && keylessContent(text, above);
  return content === undefined ? undefined : keylessLine(text, above!, content);
}

/** A line's text, when it is written as a key but has no `: ` (nor is an item, a quote or a flow collection). */
function keylessContent(text: string, line: Line): string | undefined {
  if (line.keyColumn !== line.indent) return undefined;
  const content = withoutComment(text.slice(line.start + line.indent, line.end));
  return /:(\s|$)/.test(content) || /^[[{"']/.test(content) ? undefined : content;
}

/**
 * A key line with no `: `. What is indented under it was its value and
 * reads as part of the line now, so those lines are spoilt with it.
 */
function keylessLine(text: string, line: Line, content: string): Mistake {
  const start = line.start + line.indent;
  const span = { start, end: start + Math.max(content.length, 1) };
  const lines = { start, end: lastLineUnder(text, line) };
  if (/:\S/.test(content)) return { message: `Put a space after the \`:\` in \`${content}\`: YAML needs \`key: value\`.`, span, lines, misread: true };
  return { message: `This line has no \`:\`: write it as \`key: value\`, or join it to the line above if it continues that text.`, span, lines, misread: true };
}

/** The end of the last line indented under `line`, past `column` (its own end when none is). */
function lastLineUnder(text: string, line: Line, column = line.indent): number {
  let last = line;
  for (let next = nextContentLine(text, line.end); next !== undefined && next.indent > column; next = nextContentLine(text, next.end)) last = next;
  return last.end;
}

/** A line out of line with the one above; what is indented under it (its value, written for where it should stand) goes with it. */
function misaligned(text: string, line: Line, above: Line | undefined): Mistake {
  const end = line.start + Math.max(line.indent, 1);
  if (above === undefined) {
    return { message: 'This line is indented, but nothing above it holds it: start it at the first column.', span: { start: line.start, end }, lines: { start: line.start, end: line.start }, misread: true };
  }
  const expected = above.keyColumn;
  const message = `This line is indented by ${spaces(line.indent)} where the line above uses ${spaces(expected)}: YAML reads the structure from the indentation, so line it up with \`${above.key}\`.`;
  const related = [{ message: `The line to line up with.`, span: { start: above.start + expected, end: above.start + expected + Math.max(above.key.length, 1) } }];
  return { message, span: { start: line.start, end }, related, lines: { start: line.start, end: lastLineUnder(text, line, Math.max(expected, line.indent)) }, misread: true };
}

/**
 * yaml's "Implicit keys need to be on a single line" and "Nested mappings are
 * not allowed in compact mappings": a key line with no `: `, a value with a
 * second `: ` in it, or a line indented under a plain value.
 */
function keyLineMistake(error: YAMLError, text: string, at: number): Mistake | undefined {
  const keyWithoutValue = error.code === 'MISSING_CHAR' && /followed by map values/.test(error.message);
  if (error.code !== 'MULTILINE_IMPLICIT_KEY' && error.code !== 'BLOCK_AS_IMPLICIT_KEY' && !keyWithoutValue) return undefined;
  const line = lineAt(text, at);
  const content = withoutComment(text.slice(at, line.end));
  const lines = { start: at, end: at };
  const misread = true;
  if (at === line.start + line.keyColumn) return quotedKeyAcrossLines(text, at) ?? keylessLine(text, line, content);
  if (keyWithoutValue) return undefined;
  const colon = /:(\s|$)/.exec(content);
  if (colon) {
    const start = at + colon.index;
    return { message: 'A second `:` in this value makes YAML read it as another `key: value`: put the value in quotes ("…") if the colon belongs to it, or remove the `:`.', span: { start, end: start + 1 }, lines, misread };
  }
  return overIndentedBelow(text, line);
}

/**
 * A quote opening a key line that does not close on it: YAML reads on to the
 * next such quote, lines below, and takes all of it for one key.
 */
function quotedKeyAcrossLines(text: string, at: number): Mistake | undefined {
  const mark = text[at];
  if (mark !== '"' && mark !== "'") return undefined;
  const close = closingQuote(text, at);
  const lineEnd = lineAt(text, at).end;
  if (close !== undefined && close < lineEnd) return undefined;
  const mistake: Mistake = {
    message: `This ${mark} is never closed on its line: end the text with ${mark} on the same line (or drop both quotes).`,
    span: { start: at, end: at + 1 },
    lines: { start: at, end: at },
    misread: true,
  };
  if (close === undefined) return mistake;
  // The lines between are what the planner wrote and are checked so; the line yaml ends the text on is neither.
  return { ...mistake, alsoSpoils: close, related: [{ message: `YAML reads the text on to this ${mark}, lines below.`, span: { start: close, end: close + 1 } }] };
}

/** The quote that closes the one at `open` (`\"` escapes a double quote, `''` a single one). */
function closingQuote(text: string, open: number): number | undefined {
  const mark = text[open];
  for (let i = open + 1; i < text.length; i++) {
    if (mark === '"' && text[i] === '\\') i++;
    else if (text[i] === mark && mark === "'" && text[i + 1] === "'") i++;
    else if (text[i] === mark) return i;
  }
  return undefined;
}

/** A plain value followed by a line indented more than its key: YAML reads the two as one key. */
function overIndentedBelow(text: string, line: Line): Mistake | undefined {
  const below = nextContentLine(text, line.end);
  if (below === undefined || below.indent <= line.keyColumn) return undefined;
  const expected = line.keyColumn;
  return {
    message: `This line is indented by ${spaces(below.indent)}, more than \`${line.key}\` above it (${spaces(expected)}), so YAML reads it as part of that value: line it up with \`${line.key}\`.`,
    span: { start: below.start + expected, end: below.start + below.indent },
    related: [{ message: `The key it should line up with.`, span: { start: line.start + expected, end: line.start + expected + line.key.length } }],
    lines: { start: below.start, end: below.start },
    misread: true,
  };
}

/** The piece's first line indented, the lines after it not: yaml reads the first as a block the others cannot join. */
function indentedFirstLine(error: YAMLError, text: string, at: number): Mistake | undefined {
  if (error.code !== 'UNEXPECTED_TOKEN') return undefined;
  const line = lineAt(text, at);
  const first = firstContentLine(text);
  // A list item's piece starts indented by design: its dash is where its list's items stand.
  if (first === undefined || first.indent === 0 || first.keyColumn !== first.indent || first.start >= line.start || line.indent >= first.indent || at !== line.start + line.indent) return undefined;
  return {
    message: `This line is indented by ${spaces(first.indent)}, but the lines after it start at column ${line.indent + 1}: YAML reads them as outside it. Start \`${first.key}\` at the column of the lines below.`,
    span: { start: first.start, end: first.start + first.indent },
    related: [{ message: 'The first line YAML cannot fit in.', span: { start: at, end: at + Math.max(line.key.length, 1) } }],
    lines: { start: first.start, end: first.start },
    misread: true,
  };
}

/**
 * yaml stops at a line's first token, the line lined up with neither the
 * keys above it nor their list's dash (` toString: x` under `  - id: a`):
 * the indentation is the mistake, and the line is all it spoils.
 */
function strayIndent(error: YAMLError, text: string, at: number): Mistake | undefined {
  if (error.code !== 'UNEXPECTED_TOKEN') return undefined;
  const line = lineAt(text, at);
  const above = previousContentLine(text, line.start);
  if (above === undefined || at !== line.start + line.indent || line.indent === above.keyColumn || line.indent === above.indent) return undefined;
  return misaligned(text, line, above);
}

/**
 * yaml's "Unexpected … token in YAML stream": it lost its place here and
 * cannot read anything after it, so what follows is not reported token by token.
 */
function lostPlace(error: YAMLError, raw: string, text: string): Mistake | undefined {
  if (error.code !== 'UNEXPECTED_TOKEN') return undefined;
  const [start, end] = error.pos;
  return {
    message: `YAML loses its place here and cannot read the rest of this part of the file (${raw.replace(/\.$/, '')}): check this line's indentation and punctuation against the lines above.`,
    span: { start, end: Math.max(Math.min(end, lineAt(text, start).end), start + 1) },
  };
}

function unreadable(raw: string, text: string, error: YAMLError): Mistake {
  const [start, end] = error.pos;
  return { message: `YAML cannot read this: ${raw.replace(/\.$/, '')}.`, span: { start, end: Math.max(Math.min(end, lineAt(text, start).end), start + 1) }, lines: { start, end: start } };
}

export interface Line {
  start: number;
  /** The offset of the line end (its `\n`, `\r`, or the text's end). */
  end: number;
  /** Leading spaces. */
  indent: number;
  /** Leading spaces and tabs. */
  indentWithTabs: number;
  /** The column of the line's key: after `- ` for a list item. */
  keyColumn: number;
  /** The key as written with its colon, or the line's first word. */
  key: string;
}

function lineAt(text: string, offset: number): Line {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const newline = text.indexOf('\n', start);
  const end = newline === -1 ? text.length : text[newline - 1] === '\r' ? newline - 1 : newline;
  const body = text.slice(start, end);
  const indent = /^ */.exec(body)![0].length;
  const indentWithTabs = /^[ \t]*/.exec(body)![0].length;
  const item = /^(- +)*/.exec(body.slice(indent))![0].length;
  const key = /^[^\s:]*:?/.exec(body.slice(indent + item))![0];
  return { start, end, indent, indentWithTabs, keyColumn: indent + item, key };
}

function isContent(text: string, line: Line): boolean {
  const body = text.slice(line.start + line.indentWithTabs, line.end);
  return body !== '' && !body.startsWith('#');
}

function previousContentLine(text: string, lineStart: number): Line | undefined {
  for (let end = lineStart - 1; end > 0; ) {
    const line = lineAt(text, end);
    if (isContent(text, line)) return line;
    end = line.start - 1;
  }
  return undefined;
}

/** The line at `offset`, or the next with content when yaml points into the blank lines before it. */
function contentLineAt(text: string, offset: number): Line {
  const line = lineAt(text, offset);
  return isContent(text, line) ? line : (nextContentLine(text, line.end) ?? line);
}

function firstContentLine(text: string): Line | undefined {
  const first = lineAt(text, 0);
  return isContent(text, first) ? first : nextContentLine(text, first.end);
}

/** The first line after the one ending at `lineEnd` that holds more than a comment. */
export function nextContentLine(text: string, lineEnd: number): Line | undefined {
  for (let start = text.indexOf('\n', lineEnd) + 1; start > 0 && start < text.length; ) {
    const line = lineAt(text, start);
    if (isContent(text, line)) return line;
    start = text.indexOf('\n', line.end) + 1;
  }
  return undefined;
}

function withoutComment(rest: string): string {
  return rest.replace(/\s+#.*$/, '').trimEnd();
}

function spaces(count: number): string {
  return count === 1 ? '1 space' : `${count} spaces`;
}

function opening(closer: string): '[' | '{' {
  return closer === ']' ? '[' : '{';
}

function innermost(open: readonly number[], text: string, opener: '[' | '{'): number | undefined {
  for (let index = open.length - 1; index >= 0; index--) if (text[open[index]] === opener) return open[index];
  return undefined;
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

/** The offsets of the `{` and `[` still open at `offset`, outermost first, ignoring quoted text and comments. */
function unclosedBrackets(source: string, offset: number): number[] {
  const stack: number[] = [];
  let quote = '';
  for (let i = 0; i < Math.min(offset, source.length); i++) {
    const c = source[i];
    if (quote) {
      if (c === quote && source[i - 1] !== '\\') quote = '';
    } else if ((c === '"' || c === "'") && /[\s:[{,]/.test(source[i - 1] ?? ' ')) quote = c;
    else if (c === '#' && /\s/.test(source[i - 1] ?? ' ')) {
      const newline = source.indexOf('\n', i);
      i = newline === -1 ? source.length : newline;
    } else if (c === '{' || c === '[') stack.push(i);
    else if ((c === '}' || c === ']') && stack.length > 0) stack.pop();
  }
  return stack;
}
