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
  /** Spans of the items of a block sequence value, in order. */
  items: { start: number; end: number }[];
}

export interface TopLevelSplit {
  /** Comments and document start before the first key. */
  preludeEnd: number;
  entries: TopLevelEntry[];
}

interface Line {
  start: number;
  end: number; // after the line break
  text: string; // without the line break
}

const KEY_LINE = /^(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"{[\]}>|!&*%@`,?:-][^#]*?|-[^\s][^#]*?)\s*:(?:\s|$)/;

export function splitTopLevel(text: string): TopLevelSplit | undefined {
  if (usesAnchorsAndAliases(text)) return undefined;
  const lines = scanLines(text);
  let index = skipPrelude(lines);
  const preludeEnd = index < lines.length ? lines[index].start : text.length;
  const entries: TopLevelEntry[] = [];
  while (index < lines.length) {
    const line = lines[index];
    const key = keyOf(line.text);
    if (key === undefined) return undefined;
    const next = nextTopLevelLine(lines, index + 1);
    if (next === -1) return undefined;
    entries.push(entryOf(key, lines, index, next));
    index = next;
  }
  return { preludeEnd, entries };
}

function scanLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    end = end === -1 ? text.length : end + 1;
    lines.push({ start, end, text: text.slice(start, end).replace(/\r?\n$/, '') });
    start = end;
  }
  return lines;
}

function isBlankOrComment(text: string): boolean {
  const trimmed = text.trimStart();
  return trimmed === '' || trimmed.startsWith('#');
}

/** Leading comments, blank lines and one `---`. */
function skipPrelude(lines: Line[]): number {
  let index = 0;
  let sawDocumentStart = false;
  while (index < lines.length) {
    const text = lines[index].text;
    if (isBlankOrComment(text)) index++;
    else if (/^---\s*(#.*)?$/.test(text) && !sawDocumentStart) {
      sawDocumentStart = true;
      index++;
    } else break;
  }
  return index;
}

function keyOf(text: string): string | undefined {
  const match = KEY_LINE.exec(text);
  if (!match) return undefined;
  const raw = match[0].replace(/\s*:\s*$/, '').replace(/\s*:$/, '');
  if (raw.startsWith('"')) return JSON.parse(raw) as string;
  if (raw.startsWith("'")) return raw.slice(1, -1).replace(/''/g, "'");
  return raw.trim();
}

/**
 * The index of the next line that starts a top-level key (lines.length at the
 * end), or -1 when a line at column 0 is neither a key, an item, a comment nor
 * blank: then the file is not a plain block mapping and must be parsed whole.
 */
function nextTopLevelLine(lines: Line[], from: number): number {
  for (let index = from; index < lines.length; index++) {
    const text = lines[index].text;
    if (text === '' || /^[\s#]/.test(text) || /^-(\s|$)/.test(text)) continue;
    if (/^(---|\.\.\.)(\s|$)/.test(text) || text.startsWith('%')) return -1;
    return keyOf(text) === undefined ? -1 : index;
  }
  return lines.length;
}

function entryOf(key: string, lines: Line[], keyIndex: number, nextIndex: number): TopLevelEntry {
  const start = lines[keyIndex].start;
  const end = nextIndex < lines.length ? lines[nextIndex].start : lines[lines.length - 1].end;
  const unsplit: TopLevelEntry = { key, start, end, headerEnd: end, items: [] };
  if (!/:\s*(#.*)?$/.test(lines[keyIndex].text)) return unsplit; // value on the key line
  const firstContent = firstContentLine(lines, keyIndex + 1, nextIndex);
  if (firstContent === -1) return unsplit;
  const itemIndent = sequenceItemIndent(lines[firstContent].text);
  if (itemIndent === undefined) return unsplit;
  const items = itemSpans(lines, firstContent, nextIndex, itemIndent, end);
  return { key, start, end, headerEnd: lines[firstContent].start, items };
}

function firstContentLine(lines: Line[], from: number, to: number): number {
  for (let index = from; index < to; index++) if (!isBlankOrComment(lines[index].text)) return index;
  return -1;
}

function sequenceItemIndent(text: string): number | undefined {
  const match = /^( *)-(\s|$)/.exec(text);
  return match ? match[1].length : undefined;
}

/** Items begin at lines with `-` at exactly the first item's indent. */
function itemSpans(lines: Line[], from: number, to: number, indent: number, end: number) {
  const starts: number[] = [];
  for (let index = from; index < to; index++) {
    if (sequenceItemIndent(lines[index].text) === indent) starts.push(lines[index].start);
  }
  return starts.map((start, i) => ({ start, end: i + 1 < starts.length ? starts[i + 1] : end }));
}

/**
 * Anchors defined in one piece and used in another would not resolve when the
 * pieces are parsed apart. The test errs on the side of whole-file parsing: it
 * only has to be cheap and never miss a real anchor-and-alias pair.
 */
function usesAnchorsAndAliases(text: string): boolean {
  return /(^|[\s[{,])&[^\s,[\]{}]/m.test(text) && /(^|[\s[{,])\*[^\s,[\]{}]/m.test(text);
}
