import { parseDocument } from 'yaml';
import type { Finding } from '../diagnostic';
import { Span } from '../text/lineIndex';
import { NodeLoc, Path, deepestLoc } from './nodeLoc';
import { splitTopLevel } from './splitTopLevel';
import { yamlErrorFinding } from './yamlErrors';
import { PlainLimits, toPlain } from './toPlain';

export interface ParseLimits extends PlainLimits {
  /** Largest file checked, in bytes (UTF-8). */
  maxFileSize: number;
}

export const DEFAULT_PARSE_LIMITS: ParseLimits = {
  maxFileSize: 5 * 1024 * 1024,
  maxDepth: 64,
  maxAliasNodes: 100_000,
};

/** One piece of text parsed on its own; its locations are relative to `base`. */
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
}

export function parsePack(text: string, limits: ParseLimits = DEFAULT_PARSE_LIMITS): ParsedPack {
  const tooLarge = sizeFinding(text, limits.maxFileSize);
  if (tooLarge) return { text, entries: new Map(), value: Object.create(null), findings: [tooLarge] };
  const split = splitTopLevel(text);
  const entries = split ? parseSplit(text, split, limits) : parseWhole(text, limits);
  return assemble(text, entries.entries, entries.findings);
}

function parseSplit(text: string, split: NonNullable<ReturnType<typeof splitTopLevel>>, limits: ParseLimits) {
  const findings: Finding[] = [];
  if (split.preludeEnd > 0) findings.push(...parseChunk(text, 0, split.preludeEnd, limits).findings);
  const entries: ParsedEntry[] = [];
  for (const entry of split.entries) {
    const header = parseChunk(text, entry.start, entry.headerEnd, limits);
    const items = entry.items.map((item) => parseChunk(text, item.start, item.end, limits));
    const keyLoc = header.loc?.props?.[entry.key];
    const keySpan = keyLoc?.keyStart !== undefined ? { start: entry.start + keyLoc.keyStart, end: entry.start + (keyLoc.keyEnd ?? keyLoc.keyStart) } : { start: entry.start, end: entry.start + entry.key.length };
    entries.push({ key: entry.key, keySpan, header, items });
  }
  return { entries, findings };
}

/** Whole-file parse, for YAML the line split cannot take apart. */
function parseWhole(text: string, limits: ParseLimits) {
  const whole = parseChunk(text, 0, text.length, limits);
  const entries: ParsedEntry[] = [];
  const root = whole.value;
  const findings = [...whole.findings];
  whole.findings = [];
  if (root !== null && root !== undefined && (typeof root !== 'object' || Array.isArray(root))) {
    findings.push({ code: 'RP101', message: 'A roadmap pack is a YAML mapping of keys such as `pack`, `title`, `teams` and `initiatives`.', span: { start: whole.loc?.start ?? 0, end: whole.loc?.end ?? 0 } });
    return { entries, findings };
  }
  for (const key of Object.keys((root ?? {}) as object)) {
    const loc = whole.loc?.props?.[key];
    const keySpan = { start: loc?.keyStart ?? 0, end: loc?.keyEnd ?? 0 };
    entries.push({ key, keySpan, header: whole, items: [] });
  }
  return { entries, findings };
}

function parseChunk(text: string, start: number, end: number, limits: ParseLimits): ParsedChunk {
  const source = text.slice(start, end);
  const chunk: ParsedChunk = { base: start, source, value: undefined, loc: undefined, findings: [] };
  const deepAt = flowNestingBeyond(source, limits.maxDepth);
  if (deepAt !== -1) {
    chunk.findings.push(limitFinding(`Nesting deeper than ${limits.maxDepth} levels is not checked.`, start + deepAt));
    return chunk;
  }
  const doc = parseDocument(source, { prettyErrors: false, keepSourceTokens: false });
  for (const error of doc.errors) chunk.findings.push(yamlErrorFinding(error, start, 'error'));
  for (const warning of doc.warnings) chunk.findings.push(yamlErrorFinding(warning, start, 'warning'));
  const plain = toPlain(doc, doc.contents, limits);
  if (plain.problem) {
    const message = plain.problem.kind === 'depth' ? `Nesting deeper than ${limits.maxDepth} levels is not checked.` : 'Aliases here expand to too much data (an "alias bomb"); this part is not checked.';
    chunk.findings.push(limitFinding(message, start + plain.problem.start, start + plain.problem.end));
    return chunk;
  }
  chunk.value = plain.value;
  chunk.loc = plain.loc;
  return chunk;
}

function assemble(text: string, entries: ParsedEntry[], findings: Finding[]): ParsedPack {
  const byKey = new Map<string, ParsedEntry>();
  const value: Record<string, unknown> = Object.create(null);
  for (const entry of entries) {
    findings.push(...entry.header.findings, ...entry.items.flatMap((item) => item.findings));
    if (byKey.has(entry.key)) {
      const first = byKey.get(entry.key)!;
      findings.push({ code: 'RP003', message: `\`${entry.key}\` appears twice at the top level; only the first one is read.`, span: entry.keySpan, related: [{ message: 'First defined here', span: first.keySpan }] });
      continue;
    }
    byKey.set(entry.key, entry);
    value[entry.key] = entry.items.length > 0 ? entry.items.map(firstItemValue) : (entry.header.value as Record<string, unknown> | undefined)?.[entry.key];
  }
  return { text, entries: byKey, value, findings };
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
  const item = typeof path[1] === 'number' ? entry.items[path[1]] : undefined;
  const chunk = item ?? entry.header;
  const root = item ? item.loc?.items?.[0] : entry.header.loc?.props?.[entry.key];
  if (!root) return entry.keySpan;
  const rest = item ? path.slice(2) : path.slice(1);
  const { loc, depth } = deepestLoc(root, rest);
  const wantsKey = part === 'key' || depth < rest.length;
  const start = wantsKey && loc.keyStart !== undefined ? loc.keyStart : loc.start;
  const end = wantsKey && loc.keyEnd !== undefined ? loc.keyEnd : loc.end;
  return trimSpan(chunk.source, { start, end }, chunk.base);
}

/** yaml ranges of block nodes run to the next line; report only the text itself. */
function trimSpan(source: string, span: Span, base: number): Span {
  let end = span.end;
  while (end > span.start && /\s/.test(source[end - 1])) end--;
  const firstLineEnd = source.indexOf('\n', span.start);
  const isBlock = firstLineEnd !== -1 && firstLineEnd < end;
  const cappedEnd = isBlock && span.start === span.end ? span.end : end;
  return { start: base + span.start, end: base + Math.max(span.start, cappedEnd) };
}

function firstLineLength(text: string): number {
  const newline = text.indexOf('\n');
  return newline === -1 ? text.length : newline;
}

function sizeFinding(text: string, maxBytes: number): Finding | undefined {
  if (text.length * 3 <= maxBytes) return undefined;
  const bytes = utf8Length(text);
  if (bytes <= maxBytes) return undefined;
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return limitFinding(`This file is ${mb(bytes)} MB, over the ${mb(maxBytes)} MB limit for checking (setting \`roadmapPacks.maxFileSize\`).`, 0, firstLineLength(text));
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function limitFinding(message: string, start: number, end = start + 1): Finding {
  return { code: 'RP002', message, span: { start, end } };
}

/** Offset of the first `[`/`{` nested beyond the limit, or -1; quotes and comments are skipped. */
function flowNestingBeyond(source: string, maxDepth: number): number {
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

function skipToLineEnd(source: string, from: number): number {
  const newline = source.indexOf('\n', from);
  return newline === -1 ? source.length : newline;
}
