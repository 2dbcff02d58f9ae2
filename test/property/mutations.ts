/**
 * Mutations of real packs for property-based tests: the example packs, read
 * at test time, with edits people (and editors mid-keystroke) really make —
 * truncation, stray characters, moved or deleted lines, swapped values, huge
 * numbers, other line endings, a BOM, unicode ids, quoted keys. A case is the
 * example's index plus a list of mutations whose positions are plain numbers
 * taken modulo the text's size, so fast-check shrinks them towards the start.
 */
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { repoRoot } from '../helpers/repoRoot';

export interface Example {
  name: string;
  text: string;
}

/** Every `examples/**\/*.roadmap.yaml`, sorted by path. */
export function loadExamples(): Example[] {
  const root = repoRoot();
  const found: Example[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.roadmap.yaml')) found.push({ name: relative(root, path), text: readFileSync(path, 'utf8') });
    }
  };
  walk(join(root, 'examples'));
  return found.sort((a, b) => a.name.localeCompare(b.name));
}

export type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'swapLines'; a: number; b: number }
  | { kind: 'deleteLines'; at: number; count: number }
  | { kind: 'duplicateLine'; at: number }
  | { kind: 'reindent'; at: number; delta: number }
  | { kind: 'swapValues'; a: number; b: number }
  | { kind: 'hugeNumber'; at: number; replacement: string }
  | { kind: 'lineEndings'; style: 'crlf' | 'cr' | 'mixed' }
  | { kind: 'bom' }
  | { kind: 'unicodeId'; at: number; replacement: string; everywhere: boolean }
  | { kind: 'quoteKey'; at: number; style: 'double' | 'single' | 'escaped' }
  | { kind: 'renameKey'; at: number; topLevel: boolean; replacement: string };

/** Characters that break parsers: controls, tabs, NUL, line and bidi marks, emoji, lone surrogates, YAML indicators. */
export const NASTY = [
  '\u0000', '\t', '\u0007', '\u0008', '\u000b', '\u000c', '\u001b', '\u007f', '\u0085', '\u00a0', '\u2028', '\u2029',
  '\u200e', '\u200f', '\u202e', '\u2066', '\u061c', '\u200b', '\ufeff', '\ufffe', '\ud800', '\udfff',
  '😀', '👩‍💻', '🇫🇷', 'é', 'e\u0301', 'İ', 'ß', '中文', 'ع',
  '\r', '\n', '\r\n', ':', ': ', '- ', '-', '[', ']', '{', '}', '"', "'", '#', ' #', ',', '?', '? ', '|', '>', '@', '`', '\\', '!',
  '&a ', '*a', '&x [1]', '*x', '!!str ', '!!binary ', '!tag ', '<<: ', '%YAML 1.1\n', '---\n', '...\n', '--- ', '\\x41', '\\u00e9',
];

export const HUGE_NUMBERS = ['1e308', '-1', '1e400', '-1e400', '1e-400', '99999999999999999999', '9007199254740993', '-0', '.inf', '-.inf', '.nan', '0x7FFFFFFF', '0o17', '1_000', 'NaN', '1.7976931348623157e308', '0', '-1w', '1e3'];

export const UNICODE_IDS = ['ïd-ü', '標識', 'init😀', 'a\u200fb', '\u202eevil', 'İd', 'e\u0301', 'x'.repeat(300), 'a b', '-x', '.', 'Ω-1', 'ت-2', '\u0000', 'id\tx', 'null', 'true', '1e400', '"q"'];

/** Keys that resolve to non-strings, unicode (and unicode whitespace), YAML-only escapes, complex keys. */
export const TRICKY_KEYS = ['null', '~', 'True', 'NULL', '1.0', '0x10', '1e3', '"a\\x41"', '"\\u00e9"', '"tab\there"', "'it''s'", '\u00a0title', '\ufeffpack', '\u3000key', '\u2028key', 'ключ', 'tïtle', '標題', '😀', '[a]', '{a: 1}', '? a', '<<', '__proto__', 'constructor', 'a b', '-x', '"quoted"'];

const position = fc.nat({ max: 1_000_000 });

const insertText = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 }) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...NASTY), { minLength: 2, maxLength: 4 }).map((parts) => parts.join('')) },
);

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: position }),
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: position, text: insertText }) },
  fc.record({ kind: fc.constant('swapLines' as const), a: position, b: position }),
  fc.record({ kind: fc.constant('deleteLines' as const), at: position, count: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ kind: fc.constant('duplicateLine' as const), at: position }),
  fc.record({ kind: fc.constant('reindent' as const), at: position, delta: fc.integer({ min: -4, max: 4 }) }),
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('swapValues' as const), a: position, b: position }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('hugeNumber' as const), at: position, replacement: fc.constantFrom(...HUGE_NUMBERS) }) },
  fc.record({ kind: fc.constant('lineEndings' as const), style: fc.constantFrom('crlf' as const, 'cr' as const, 'mixed' as const) }),
  fc.record({ kind: fc.constant('bom' as const) }),
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('unicodeId' as const), at: position, replacement: fc.constantFrom(...UNICODE_IDS), everywhere: fc.boolean() }) },
  fc.record({ kind: fc.constant('quoteKey' as const), at: position, style: fc.constantFrom('double' as const, 'single' as const, 'escaped' as const) }),
  fc.record({ kind: fc.constant('renameKey' as const), at: position, topLevel: fc.boolean(), replacement: fc.constantFrom(...TRICKY_KEYS) }),
);

export interface Case {
  example: number;
  mutations: Mutation[];
}

export function caseArbitrary(examples: Example[], mutations: fc.Arbitrary<Mutation> = mutation, maxMutations = 3): fc.Arbitrary<Case> {
  return fc.record({ example: fc.nat({ max: examples.length - 1 }), mutations: fc.array(mutations, { minLength: 1, maxLength: maxMutations }) });
}

export function applyCase(examples: Example[], testCase: Case): string {
  return testCase.mutations.reduce(applyMutation, examples[testCase.example].text);
}

const LINE_BREAK = /\r\n|\r|\n/;
const KEY_VALUE = /^(\s*(?:-\s+)?)([^\s:#'"[\]{},][^:#]*?|"[^"]*"|'[^']*'):([ \t]+)(\S.*)$/;

function lines(text: string): { parts: string[]; breaks: string[] } {
  const parts: string[] = [];
  const breaks: string[] = [];
  let rest = text;
  for (;;) {
    const match = LINE_BREAK.exec(rest);
    if (!match) {
      parts.push(rest);
      return { parts, breaks };
    }
    parts.push(rest.slice(0, match.index));
    breaks.push(match[0]);
    rest = rest.slice(match.index + match[0].length);
  }
}

function join_(parts: string[], breaks: string[]): string {
  return parts.map((part, i) => part + (i < parts.length - 1 ? (breaks[i] ?? '\n') : '')).join('');
}

/** `key` with its first character as a YAML escape (`\x65ey`), which JSON does not have. */
function escapeFirst(key: string): string {
  const code = key.charCodeAt(0);
  return (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`) + key.slice(1);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function applyMutation(text: string, m: Mutation): string {
  switch (m.kind) {
    case 'truncate':
      return text.slice(0, m.at % (text.length + 1));
    case 'insert': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + m.text + text.slice(at);
    }
    case 'swapLines': {
      const { parts, breaks } = lines(text);
      const a = m.a % parts.length;
      const b = m.b % parts.length;
      [parts[a], parts[b]] = [parts[b], parts[a]];
      return join_(parts, breaks);
    }
    case 'deleteLines': {
      const { parts, breaks } = lines(text);
      const at = m.at % parts.length;
      parts.splice(at, m.count);
      breaks.splice(at, m.count);
      return join_(parts, breaks);
    }
    case 'duplicateLine': {
      const { parts, breaks } = lines(text);
      const at = m.at % parts.length;
      parts.splice(at, 0, parts[at]);
      breaks.splice(at, 0, breaks[at] ?? '\n');
      return join_(parts, breaks);
    }
    case 'reindent': {
      const { parts, breaks } = lines(text);
      const at = m.at % parts.length;
      parts[at] = m.delta >= 0 ? ' '.repeat(m.delta) + parts[at] : parts[at].replace(new RegExp(`^ {0,${-m.delta}}`), '');
      return join_(parts, breaks);
    }
    case 'swapValues': {
      const { parts, breaks } = lines(text);
      const keyed = parts.map((line, index) => ({ index, match: KEY_VALUE.exec(line) })).filter((entry) => entry.match);
      if (keyed.length < 2) return text;
      const a = keyed[m.a % keyed.length];
      const b = keyed[m.b % keyed.length];
      const rebuild = (match: RegExpExecArray, value: string) => `${match[1]}${match[2]}:${match[3]}${value}`;
      parts[a.index] = rebuild(a.match!, b.match![4]);
      parts[b.index] = rebuild(b.match!, a.match![4]);
      return join_(parts, breaks);
    }
    case 'hugeNumber': {
      const numbers = [...text.matchAll(/-?\d+(?:\.\d+)?/g)];
      if (numbers.length === 0) return text;
      const found = numbers[m.at % numbers.length];
      return text.slice(0, found.index) + m.replacement + text.slice(found.index! + found[0].length);
    }
    case 'lineEndings': {
      if (m.style === 'crlf') return text.replace(/\r?\n/g, '\r\n');
      if (m.style === 'cr') return text.replace(/\r?\n/g, '\r');
      let count = 0;
      return text.replace(/\r?\n/g, () => (count++ % 2 === 0 ? '\r\n' : '\n'));
    }
    case 'bom':
      return '\ufeff' + text;
    case 'unicodeId': {
      const ids = [...text.matchAll(/\bid:[ \t]*([A-Za-z0-9][\w.-]*)/g)];
      if (ids.length === 0) return text;
      const found = ids[m.at % ids.length];
      const id = found[1];
      if (m.everywhere) return text.replace(new RegExp(`(?<![\\w.-])${escapeRegExp(id)}(?![\\w.-])`, 'g'), m.replacement);
      const start = found.index! + found[0].length - id.length;
      return text.slice(0, start) + m.replacement + text.slice(start + id.length);
    }
    case 'quoteKey': {
      const { parts, breaks } = lines(text);
      const keyed = parts.map((line, index) => ({ index, match: KEY_VALUE.exec(line) })).filter((entry) => entry.match && !/^["']/.test(entry.match[2]));
      if (keyed.length === 0) return text;
      const { index, match } = keyed[m.at % keyed.length];
      const key = match![2];
      const quoted = m.style === 'double' ? `"${key}"` : m.style === 'single' ? `'${key}'` : `"${escapeFirst(key)}"`;
      parts[index] = `${match![1]}${quoted}:${match![3]}${match![4]}`;
      return join_(parts, breaks);
    }
    case 'renameKey': {
      const { parts, breaks } = lines(text);
      const keyed = parts.map((line, index) => ({ index, match: KEY_VALUE.exec(line) })).filter((entry) => entry.match && (!m.topLevel || entry.match[1] === ''));
      if (keyed.length === 0) return text;
      const { index, match } = keyed[m.at % keyed.length];
      parts[index] = `${match![1]}${m.replacement}:${match![3]}${match![4]}`;
      return join_(parts, breaks);
    }
  }
}
