/**
 * Splits a pack's text into independently parseable pieces with a line scan:
 * one piece per top-level key, and, for a key whose value is a block sequence
 * (initiatives, gates, risks…), one piece per item. Parsing the pieces apart
 * gives the same data as parsing the whole, contains a syntax error to the
 * piece it is in, and lets an editor re-parse only the pieces an edit touched.
 *
 * When the text uses YAML that pieces cannot parse apart (directives, several
 * documents, anchors used across the file, a top level that is not a block
 * mapping), the split returns undefined and the caller parses the whole text.
 */
export interface TopLevelEntry {
  key: string;
  /** The entry's whole text span, header and items. */
  start: number;
  end: number;
  /** The key line and anything before the first item (the whole entry when unsplit). */
  headerEnd: number;
  /** Where the items of a block sequence value start, in order; each ends where the next starts, the last at `end`. */
  itemStarts: Int32Array;
  /**
   * The end of the line that decided whether the value is split into items
   * (the key line, when the value is on it); undefined while no line has. Lines
   * after it change the items, never the shape (see parse/splitAfterChange.ts).
   */
  shapeEnd: number | undefined;
}

export interface TopLevelSplit {
  /** Comments and document start before the first key. */
  preludeEnd: number;
  entries: TopLevelEntry[];
}

const KEY_LINE = /^(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"{[\]}>|!&*%@`,?:-][^#]*?|-[^\s][^#]*?)\s*:(?:\s|$)/;

const SPACE = 32;
const TAB = 9;
const HASH = 35;
const DASH = 45;
const LF = 10;
const CR = 13;

/**
 * One pass over line starts with `indexOf` and character codes: only lines at
 * column 0 are sliced and matched, so the scan stays a few milliseconds for
 * a 10,000-initiative file (the editor runs it on every keystroke).
 */
export function splitTopLevel(text: string): TopLevelSplit | undefined {
  if (usesAnchorsAndAliases(text)) return undefined;
  const scanner = new LineScanner(text);
  const preludeEnd = scanner.skipPrelude();
  const entries: TopLevelEntry[] = [];
  let current: EntryBuilder | undefined;
  for (let start = preludeEnd; start < text.length; start = scanner.next(start)) {
    const kind = scanner.kind(start);
    if (kind === 'content') {
      // Content before any top-level key (an indented first key, say): not a plain block mapping.
      if (!current && scanner.indentOf(start) !== -1) return undefined;
      current?.content(start, scanner);
      continue;
    }
    if (kind === 'other') return undefined;
    const line = scanner.lineText(start);
    const key = keyOf(line);
    if (key === undefined) return undefined;
    if (current) entries.push(current.finish(start));
    current = new EntryBuilder(key, start, /:\s*(#.*)?$/.test(line) ? undefined : scanner.next(start));
  }
  if (current) entries.push(current.finish(text.length));
  return { preludeEnd, entries };
}

export class LineScanner {
  constructor(readonly text: string) {}

  /** The start of the next line. */
  next(start: number): number {
    const newline = this.text.indexOf('\n', start);
    return newline === -1 ? this.text.length : newline + 1;
  }

  lineText(start: number): string {
    const newline = this.text.indexOf('\n', start);
    return this.text.slice(start, newline === -1 ? this.text.length : newline).replace(/\r$/, '');
  }

  /** A top-level key line, a line inside an entry, or something that is neither. */
  kind(start: number): 'key' | 'content' | 'other' {
    const c = this.text.charCodeAt(start);
    if (c === SPACE || c === TAB || c === HASH || c === LF || c === CR) return 'content';
    if (c === DASH && this.isSpaceOrEnd(start + 1)) return 'content';
    const head = this.text.slice(start, start + 4);
    if (/^(---|\.\.\.)(\s|$)/.test(head) || head.startsWith('%')) return 'other';
    return 'key';
  }

  /** Leading spaces, or -1 for a blank or comment line (which never starts an item). */
  indentOf(start: number): number {
    let i = start;
    while (this.text.charCodeAt(i) === SPACE) i++;
    const c = this.text.charCodeAt(i);
    return Number.isNaN(c) || c === LF || c === CR || c === HASH ? -1 : i - start;
  }

  isItemAt(start: number, indent: number): boolean {
    return this.text.charCodeAt(start + indent) === DASH && this.isSpaceOrEnd(start + indent + 1);
  }

  private isSpaceOrEnd(at: number): boolean {
    const c = this.text.charCodeAt(at);
    return Number.isNaN(c) || c === SPACE || c === TAB || c === LF || c === CR;
  }

  /** Leading comments, blank lines and one `---`. */
  skipPrelude(): number {
    let start = 0;
    let sawDocumentStart = false;
    while (start < this.text.length) {
      const line = this.lineText(start);
      // Spaces and tabs only: trimStart would also strip a second U+FEFF, which YAML reads as content (a key).
      const trimmed = line.replace(/^[ \t]+/, '');
      if (trimmed === '' || trimmed.startsWith('#')) start = this.next(start);
      else if (/^---\s*(#.*)?$/.test(line) && !sawDocumentStart) {
        sawDocumentStart = true;
        start = this.next(start);
      } else break;
    }
    return start;
  }
}

/** Collects one top-level entry's items as its lines go by. */
class EntryBuilder {
  private itemIndent: number | undefined;
  private headerEnd: number | undefined;
  private readonly itemStarts: number[] = [];

  /** `shapeEnd` is the key line's end when the value is on it: such a value (`title: x`, `teams: [ … ]`) is never split. */
  constructor(
    private readonly key: string,
    private readonly start: number,
    private shapeEnd: number | undefined,
  ) {}

  content(lineStart: number, scanner: LineScanner): void {
    if (this.shapeEnd !== undefined && this.itemIndent === undefined) return;
    const indent = scanner.indentOf(lineStart);
    if (indent === -1) return;
    if (this.shapeEnd === undefined) {
      this.shapeEnd = scanner.next(lineStart);
      if (!scanner.isItemAt(lineStart, indent)) return;
      this.itemIndent = indent;
      this.headerEnd = lineStart;
    }
    if (indent === this.itemIndent && scanner.isItemAt(lineStart, indent)) this.itemStarts.push(lineStart);
  }

  finish(end: number): TopLevelEntry {
    return { key: this.key, start: this.start, end, headerEnd: this.headerEnd ?? end, itemStarts: new Int32Array(this.itemStarts), shapeEnd: this.shapeEnd };
  }
}

/** The end of the entry's item at `index`: the next item's start, or the entry's end. */
export function itemEnd(entry: TopLevelEntry, index: number): number {
  return index + 1 < entry.itemStarts.length ? entry.itemStarts[index + 1] : entry.end;
}

function keyOf(text: string): string | undefined {
  const match = KEY_LINE.exec(text);
  if (!match) return undefined;
  // As written; the key as yaml reads it (escapes, `null`) comes from parsing the piece.
  return match[0].replace(/\s*:\s*$/, '').trim();
}

/**
 * Anchors defined in one piece and used in another would not resolve when the
 * pieces are parsed apart. The test errs on the side of whole-file parsing: it
 * only has to be cheap and never miss a real anchor-and-alias pair.
 */
function usesAnchorsAndAliases(text: string): boolean {
  return hasMarker(text, '&') && hasMarker(text, '*');
}

/**
 * Whether `marker` starts a name somewhere: after a line start, a space or a
 * flow indicator, before a name character. Found with indexOf, which is
 * native and fast, rather than a regular expression tried at every offset.
 */
export function hasMarker(text: string, marker: '&' | '*'): boolean {
  for (let at = text.indexOf(marker); at !== -1; at = text.indexOf(marker, at + 1)) {
    const before = at === 0 ? '\n' : text[at - 1];
    const after = text[at + 1];
    if (/[\s[{,]/.test(before) && after !== undefined && !/[\s,[\]{}]/.test(after)) return true;
  }
  return false;
}
