import { parseDocument } from 'yaml';
import { Finding, shiftFinding } from '../diagnostic';
import { firstLineLength } from '../text/format';
import { Span } from '../text/lineIndex';
import { TextChange, changeBetween } from '../text/textChange';
import { fastParsePiece } from './fastPiece';
import { CountedText, sizeFinding, sizeToCheck } from './sizeLimit';
import { splitAfterChange } from './splitAfterChange';
import { NodeLoc, Path, deepestLoc, propLoc } from './nodeLoc';
import { TopLevelSplit, itemEnd, splitTopLevel } from './splitTopLevel';
import { UnchangedPieces } from './unchangedPieces';
import { PIECE_OPTIONS, readPieceSyntax } from './yamlErrors';
import { DuplicateKey, PlainLimits, toPlain } from './toPlain';

export interface ParseLimits extends PlainLimits {
  /** Largest file checked, in bytes (UTF-8). */
  maxFileSize: number;
}

export const DEFAULT_PARSE_LIMITS: Readonly<ParseLimits> = {
  maxFileSize: 5 * 1024 * 1024,
  maxDepth: 64,
  maxAliasNodes: 100_000,
};

/**
 * One piece of text parsed on its own. Locations and findings are relative
 * to `base`, so an unchanged piece can be reused at a new offset after an edit.
 */
export interface ParsedChunk {
  base: number;
  source: string;
  value: unknown;
  loc: NodeLoc | undefined;
  findings: Finding[];
}

export interface ParsedEntry {
  key: string;
  keySpan: Span;
  /** The entry as a one-key mapping (the whole file, when it could not be split). */
  header: ParsedChunk;
  /** A block sequence's items, each a one-item sequence, when the entry was split. */
  items: ParsedChunk[];
}

/** A pack file parsed into plain data with the location of every value. */
export interface ParsedPack {
  text: string;
  entries: Map<string, ParsedEntry>;
  /** The top level as plain data: what `toJS()` of the whole document would give. */
  value: Record<string, unknown>;
  findings: Finding[];
  /** Every piece in text order, for re-parsing after an edit. */
  pieces: ParsedChunk[];
}

/**
 * Parses a pack. With the previous parse of the same document, pieces whose
 * text did not change are reused instead of parsed again, so an edit costs
 * the pieces it touched plus a line scan.
 */
export function parsePack(text: string, limits: ParseLimits = DEFAULT_PARSE_LIMITS, previous?: ParsedPack): ParsedPack {
  return parseAfterChange(text, limits, previous && { parsed: previous, facts: undefined, change: changeBetween(previous.text, text) }).parsed;
}

/** What a parse keeps beside its ParsedPack, from which the next parse of the document derives its own. */
export interface ParseFacts extends CountedText {
  /** The text's split, or undefined when it was parsed whole (or not at all). */
  split: TopLevelSplit | undefined;
}

/** The previous parse of the document, its facts when kept, and the edit between its text and the next. */
export interface PreviousParse {
  parsed: ParsedPack;
  facts: ParseFacts | undefined;
  change: TextChange;
}

/**
 * `parsePack`, with the previous parse's facts too: then the split and the
 * size are derived from the previous ones and the edit, not found again in
 * the whole text (see parse/splitAfterChange.ts).
 */
export function parseAfterChange(text: string, limits: ParseLimits, previous: PreviousParse | undefined): { parsed: ParsedPack; facts: ParseFacts } {
  const change = previous?.change;
  const facts = previous?.facts?.text === previous?.parsed.text ? previous?.facts : undefined;
  const bytes = sizeToCheck(text, limits.maxFileSize, facts, change);
  const tooLarge = sizeFinding(text, limits.maxFileSize, bytes);
  if (tooLarge) return { parsed: { text, entries: new Map(), value: Object.create(null), findings: [tooLarge], pieces: [] }, facts: { text, bytes, split: undefined } };
  const parser = new ChunkParser(text, limits, previous && new UnchangedPieces(previous.parsed.pieces, previous.change));
  const split = (facts?.split && change && splitAfterChange(facts.split, text, change)) || splitTopLevel(text);
  const entries = split ? parseSplit(parser, split) : parseWhole(parser);
  return { parsed: assemble(text, entries, parser.pieces), facts: { text, bytes, split } };
}

class ChunkParser {
  readonly pieces: ParsedChunk[] = [];

  constructor(
    private readonly text: string,
    private readonly limits: ParseLimits,
    private readonly unchanged: UnchangedPieces | undefined,
  ) {}

  parse(start: number, end: number): ParsedChunk {
    const stop = Math.min(end, this.text.length);
    const reused = this.unchanged?.at(start, stop);
    const chunk = reused ? (reused.base === start ? reused : movedChunk(reused, start)) : parseChunk(detached(this.text.slice(start, stop)), start, this.limits);
    this.pieces.push(chunk);
    return chunk;
  }
}

/** The piece at a new offset; written out rather than spread, which costs several times more per piece of a 10,000-item file. */
function movedChunk(chunk: ParsedChunk, base: number): ParsedChunk {
  return { base, source: chunk.source, value: chunk.value, loc: chunk.loc, findings: chunk.findings };
}

/**
 * A copy of a slice that does not keep the whole text alive. V8 represents a
 * slice as a view into its parent string, and every value yaml reads from the
 * piece would then pin the full text of the version it came from: an editor
 * that reuses pieces across keystrokes would keep every old version in memory.
 */
function detached(slice: string): string {
  return slice.length < 64 ? slice : (slice + ' ').slice(0, -1);
}

/** The pseudo-entry holding the prelude's (or a whole-file parse's) findings: no YAML key can be this. */
const NO_KEY = '\u0000';

function parseSplit(parser: ChunkParser, split: TopLevelSplit): ParsedEntry[] {
  const entries: ParsedEntry[] = [];
  if (split.preludeEnd > 0) entries.push({ key: NO_KEY, keySpan: { start: 0, end: 0 }, header: parser.parse(0, split.preludeEnd), items: [] });
  for (const entry of split.entries) {
    const header = parser.parse(entry.start, entry.headerEnd);
    const items: ParsedChunk[] = [];
    for (let i = 0; i < entry.itemStarts.length; i++) items.push(parser.parse(entry.itemStarts[i], itemEnd(entry, i)));
    // The key as yaml reads it (`null:` is the key "", `"a b":` is `a b`).
    const key = Object.keys((header.value ?? {}) as object)[0] ?? entry.key;
    const keyLoc = propLoc(header.loc, key);
    const keySpan = keyLoc?.keyStart !== undefined ? { start: entry.start + keyLoc.keyStart, end: entry.start + (keyLoc.keyEnd ?? keyLoc.keyStart) } : { start: entry.start, end: entry.start + entry.key.length };
    entries.push({ key, keySpan, header, items });
  }
  return entries;
}

/**
 * Whole-file parse, for YAML the line split cannot take apart. The file's
 * findings ride on a pseudo-entry with an empty key, as the prelude's do.
 */
function parseWhole(parser: ChunkParser): ParsedEntry[] {
  const whole = parser.parse(0, Number.MAX_SAFE_INTEGER);
  const entries: ParsedEntry[] = [{ key: NO_KEY, keySpan: { start: 0, end: 0 }, header: whole, items: [] }];
  const root = whole.value;
  if (root === null || root === undefined) return entries;
  if (typeof root !== 'object' || Array.isArray(root)) {
    const span = { start: whole.loc?.start ?? 0, end: whole.loc?.end ?? 0 };
    const notAMapping: Finding = { code: 'RP101', message: 'A roadmap pack is a YAML mapping of keys such as `pack`, `title`, `teams` and `initiatives`.', span };
    entries[0] = { ...entries[0], header: { ...whole, findings: [...whole.findings, notAMapping] } };
    return entries;
  }
  for (const key of Object.keys(root)) {
    const loc = propLoc(whole.loc, key);
    entries.push({ key, keySpan: { start: loc?.keyStart ?? 0, end: loc?.keyEnd ?? 0 }, header: { ...whole, findings: [] }, items: [] });
  }
  return entries;
}

function parseChunk(source: string, base: number, limits: ParseLimits): ParsedChunk {
  const deepAt = flowNestingBeyond(source, limits.maxDepth);
  if (deepAt !== -1) {
    const findings = [limitFinding(`Nesting deeper than ${limits.maxDepth} levels is not checked.`, deepAt)];
    return { base, source, value: undefined, loc: undefined, findings };
  }
  const fast = fastParsePiece(source, limits.maxDepth);
  if (fast) return { base, source, value: fast.value, loc: fast.loc, findings: [] };
  return { base, source, ...parsePieceWithYaml(source, limits) };
}

/** A piece parsed by yaml: the reference the fast path must equal, and its fallback. */
export function parsePieceWithYaml(source: string, limits: ParseLimits): Pick<ParsedChunk, 'value' | 'loc' | 'findings'> {
  // A syntax error's lines are blanked before the data is read (yamlErrors.ts).
  const { findings, doc } = readPieceSyntax(parseDocument(source, PIECE_OPTIONS), source);
  const plain = toPlain(doc, doc.contents, limits);
  for (const duplicate of plain.duplicates) findings.push(duplicateKeyFinding(duplicate)); // a loop: a spread of 100,000 overflows the stack
  if (plain.problem) {
    const message = plain.problem.kind === 'depth' ? `Nesting deeper than ${limits.maxDepth} levels is not checked.` : 'Aliases here expand to too much data (an "alias bomb"); this part is not checked.';
    findings.push(limitFinding(message, plain.problem.start, plain.problem.end));
    return { value: undefined, loc: undefined, findings };
  }
  return { value: plain.value, loc: plain.loc, findings };
}

function assemble(text: string, entries: ParsedEntry[], pieces: ParsedChunk[]): ParsedPack {
  const byKey = new Map<string, ParsedEntry>();
  const value: Record<string, unknown> = Object.create(null);
  const findings: Finding[] = [];
  for (const entry of entries) {
    addFindings(findings, entry.header);
    for (const item of entry.items) addFindings(findings, item);
    if (entry.key === NO_KEY) continue;
    const first = byKey.get(entry.key);
    if (first) {
      findings.push({ code: 'RP003', message: `\`${entry.key}\` appears twice at the top level; only the first one is read.`, span: entry.keySpan, related: [{ message: 'First defined here', span: first.keySpan }] });
      continue;
    }
    byKey.set(entry.key, entry);
    value[entry.key] = entry.items.length > 0 ? entry.items.map(firstItemValue) : (entry.header.value as Record<string, unknown> | undefined)?.[entry.key];
  }
  return { text, entries: byKey, value, findings, pieces };
}

function addFindings(findings: Finding[], chunk: ParsedChunk): void {
  for (const finding of chunk.findings) findings.push(shiftFinding(finding, chunk.base));
}

function duplicateKeyFinding(duplicate: DuplicateKey): Finding {
  return {
    code: 'RP003',
    message: `\`${duplicate.key}\` appears twice in this mapping; only the first one is read.`,
    span: duplicate.span,
    related: [{ message: `\`${duplicate.key}\` first set here`, span: duplicate.first }],
  };
}

function firstItemValue(chunk: ParsedChunk): unknown {
  return Array.isArray(chunk.value) ? chunk.value[0] : chunk.value;
}

/**
 * The absolute span of the value (or its key) at a path such as
 * `['initiatives', 3, 'depends_on', 0]`; the nearest enclosing node when the
 * path goes further than the source (a missing key points at its parent).
 */
export function locate(parsed: ParsedPack, path: Path, part: 'key' | 'value' = 'value'): Span {
  const entry = parsed.entries.get(String(path[0]));
  if (!entry) return { start: 0, end: Math.min(parsed.text.length, firstLineLength(parsed.text)) };
  if (path.length === 1 && part === 'key') return entry.keySpan;
  const { chunk, root, rest } = entryRoot(entry, path);
  if (!root) return entry.keySpan;
  const { loc, depth } = deepestLoc(root, rest);
  const wantsKey = part === 'key' || depth < rest.length;
  const start = wantsKey && loc.keyStart !== undefined ? loc.keyStart : loc.start;
  const end = wantsKey && loc.keyEnd !== undefined ? loc.keyEnd : loc.end;
  return trimSpan(chunk.source, { start, end }, chunk.base);
}

/** Where a path below a top-level entry starts: its list item's piece when split, else the entry's. */
function entryRoot(entry: ParsedEntry, path: Path): { chunk: ParsedChunk; root: NodeLoc | undefined; rest: Path } {
  const item = typeof path[1] === 'number' ? entry.items[path[1]] : undefined;
  if (item) return { chunk: item, root: item.loc?.item(0), rest: path.slice(2) };
  return { chunk: entry.header, root: propLoc(entry.header.loc, entry.key), rest: path.slice(1) };
}

/** The node at exactly this path with its piece (offsets in it are relative to the piece's base), or undefined where the source has none. */
export function nodeLocAt(parsed: ParsedPack, path: Path): { chunk: ParsedChunk; loc: NodeLoc } | undefined {
  const entry = parsed.entries.get(String(path[0]));
  if (!entry) return undefined;
  const { chunk, root, rest } = entryRoot(entry, path);
  if (!root) return undefined;
  const { loc, depth } = deepestLoc(root, rest);
  return depth === rest.length ? { chunk, loc } : undefined;
}

/** yaml ranges of block nodes run to the next line; report only the text itself. */
function trimSpan(source: string, span: Span, base: number): Span {
  let end = span.end;
  while (end > span.start && /\s/.test(source[end - 1])) end--;
  const isBlock = hasLineBreak(source, span.start, end);
  const cappedEnd = isBlock && span.start === span.end ? span.end : end;
  return { start: base + span.start, end: base + Math.max(span.start, cappedEnd) };
}

/** Whether [start, end) holds a line break: scanned within the span only, for a span on a line of a megabyte costs its own length. */
function hasLineBreak(source: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (source.charCodeAt(i) === 10) return true;
  return false;
}

function limitFinding(message: string, start: number, end = start + 1): Finding {
  return { code: 'RP002', message, span: { start, end } };
}

/** Offset of the first `[`/`{` nested beyond the limit, or -1; quotes and comments are skipped. */
function flowNestingBeyond(source: string, maxDepth: number): number {
  // Nesting needs as many brackets as levels: most pieces have a few, and
  // counting them is much cheaper than the scan below.
  if (!hasMoreBrackets(source, maxDepth)) return -1;
  let depth = 0;
  let quote = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (quote) {
      if (c === quote && source[i - 1] !== '\\') quote = '';
    } else if (c === '"' || (c === "'" && /[\s[{,:]/.test(source[i - 1] ?? ' '))) quote = c;
    else if (c === '#' && /\s/.test(source[i - 1] ?? ' ')) i = skipToLineEnd(source, i);
    else if (c === '[' || c === '{') {
      if (++depth > maxDepth) return i;
    } else if ((c === ']' || c === '}') && depth > 0) depth--;
  }
  return -1;
}

/** Whether the source holds more than `count` opening brackets, `[` and `{` together. */
function hasMoreBrackets(source: string, count: number): boolean {
  let found = 0;
  for (const bracket of ['[', '{']) {
    for (let at = source.indexOf(bracket); at !== -1; at = source.indexOf(bracket, at + 1)) if (++found > count) return true;
  }
  return false;
}

function skipToLineEnd(source: string, from: number): number {
  const newline = source.indexOf('\n', from);
  return newline === -1 ? source.length : newline;
}
