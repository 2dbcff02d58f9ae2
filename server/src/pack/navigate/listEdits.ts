import type { TextEdit } from '../diagnostic';
import type { Path } from '../parse/nodeLoc';
import { locate, type ParsedPack } from '../parse/parsePack';
import { valueAt } from './symbolAt';
import { lineStartAt, newlineOf } from '../text/format';
import { commentsIn } from './lineComments';

/**
 * Minimal text edits for structural changes, computed from exact node ranges
 * so that every byte outside the edited node stays as it was (re-rendering a
 * yaml Document would reflow untouched flow mappings and quotes).
 *
 * Removing a list item removes the item and nothing else: comments on its
 * lines stay (at the item's indentation), and the only item of a block list
 * leaves `key: []` behind rather than taking the key's line and its comment.
 */
export function removeListItem(parsed: ParsedPack, itemPath: Path, siblings: number): TextEdit {
  const text = parsed.text;
  const item = locate(parsed, itemPath);
  const listPath = itemPath.slice(0, -1);
  if (text[locate(parsed, listPath).start] === '[') return removeFlowItem(text, item);
  if (siblings <= 1) return emptyBlockList(parsed, listPath, item);
  const lines = wholeLines(text, item.start, item.end);
  return { span: lines, newText: keptComments(text, lines) };
}

/** Appends a block or flow list item after the last one. */
export function appendListItem(parsed: ParsedPack, listPath: Path, lastIndex: number, flowText: string): TextEdit | undefined {
  const text = parsed.text;
  if (lastIndex < 0) return undefined;
  const last = locate(parsed, [...listPath, lastIndex]);
  if (text[locate(parsed, listPath).start] === '[') return { span: { start: last.end, end: last.end }, newText: `, ${flowText}` };
  const lineStart = lineStartAt(text, last.start);
  const dash = /^(\s*)-\s/.exec(text.slice(lineStart, last.start + 1));
  const indent = dash ? dash[1] : ' '.repeat(Math.max(0, last.start - lineStart - 2));
  const end = wholeLines(text, last.start, last.end).end;
  const newline = newlineOf(text);
  const prefix = end === text.length && !text.endsWith('\n') ? newline : '';
  return { span: { start: end, end }, newText: `${prefix}${indent}- ${flowText}${newline}` };
}

/**
 * An item with the comma after it (or, for the last, the comma before it
 * when only blanks stand between). Blanks before a comment are kept, since a
 * `#` right after `[` or `,` would no longer start one.
 */
function removeFlowItem(text: string, item: { start: number; end: number }): TextEdit {
  const after = /^[ \t]*,(\s*)/.exec(text.slice(item.end));
  if (after) {
    const keepBlanks = text[item.end + after[0].length] === '#';
    return { span: { start: item.start, end: item.end + after[0].length - (keepBlanks ? after[1].length : 0) }, newText: '' };
  }
  // A scan back from the item, not a regex over the text before it: that costs the whole file per fix.
  let start = item.start;
  while (start > 0 && /\s/.test(text[start - 1])) start--;
  return { span: { start: text[start - 1] === ',' ? start - 1 : item.start, end: item.end }, newText: '' };
}

/** `key: []` for a block list losing its only item; the key line's comment and the item's stay. */
function emptyBlockList(parsed: ParsedPack, listPath: Path, item: { start: number; end: number }): TextEdit {
  const text = parsed.text;
  const colon = text.indexOf(':', locate(parsed, listPath, 'key').end);
  const lines = wholeLines(text, item.start, item.end);
  return { span: { start: colon, end: lines.end }, newText: `: []${text.slice(colon + 1, lines.start)}${keptComments(text, lines)}` };
}

/** The comments on the lines being removed, each on a line of its own at the item's indentation. */
function keptComments(text: string, lines: { start: number; end: number }): string {
  const removed = text.slice(lines.start, lines.end);
  const indent = /^[ \t]*/.exec(removed)![0];
  const newline = newlineOf(text);
  return commentsIn(removed).map((comment) => `${indent}${comment}${newline}`).join('');
}

/** From the start of the first line to just after the last line's break. */
function wholeLines(text: string, start: number, end: number): { start: number; end: number } {
  const lineStart = lineStartAt(text, start);
  const newline = text.indexOf('\n', Math.max(end - 1, start));
  return { start: lineStart, end: newline === -1 ? text.length : newline + 1 };
}

/** After the last team; or a new `teams:` list at the end when the pack has none. */
export function appendTeamEdit(parsed: ParsedPack, item: string): TextEdit | undefined {
  const teams = valueAt(parsed.value, ['teams']);
  if (Array.isArray(teams) && teams.length > 0) return appendListItem(parsed, ['teams'], teams.length - 1, item);
  if (parsed.entries.has('teams')) return undefined; // `teams:` written some other way: not ours to rewrite
  const { text } = parsed;
  const newline = newlineOf(text);
  return { span: { start: text.length, end: text.length }, newText: `${text.endsWith('\n') ? '' : newline}teams:${newline}  - ${item}${newline}` };
}

/**
 * Adds `key: value` entries to the mapping at `mapPath` after its last
 * entry: in a flow mapping as `, key: value` before the closing brace, in a
 * block mapping as lines of their own at the indentation of its first key,
 * after the last entry's line (its comment stays where it is). Undefined
 * when the path is not a mapping with an entry, or a key is already written
 * (a second would be a duplicate key). `newline` is the text's own, passed
 * by a caller that makes many such edits (finding it reads the whole text).
 */
export function insertKeysEdit(parsed: ParsedPack, mapPath: Path, entries: readonly (readonly [string, string])[], newline = newlineOf(parsed.text)): TextEdit | undefined {
  const value = valueAt(parsed.value, mapPath);
  if (entries.length === 0 || value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const keys = Object.keys(value);
  if (keys.length === 0 || entries.some(([key]) => Object.hasOwn(value, key))) return undefined;
  const text = parsed.text;
  const ends = keys.map((key) => locate(parsed, [...mapPath, key]).end);
  const lastEnd = Math.max(...ends);
  if (text[locate(parsed, mapPath).start] === '{') return { span: { start: lastEnd, end: lastEnd }, newText: entries.map(([key, written]) => `, ${key}: ${written}`).join('') };
  const firstKey = locate(parsed, [...mapPath, keys[0]], 'key').start;
  const indent = ' '.repeat(firstKey - lineStartAt(text, firstKey));
  // A scan for the line's end, not a regex over the text after it: that costs the whole file per fix.
  const lineFeed = text.indexOf('\n', lastEnd);
  // Whole lines after the mapping's last line, so that no other line changes; at the end of a file without a final line break, after its last character.
  if (lineFeed !== -1) return { span: { start: lineFeed + 1, end: lineFeed + 1 }, newText: entries.map(([key, written]) => `${indent}${key}: ${written}${newline}`).join('') };
  return { span: { start: text.length, end: text.length }, newText: entries.map(([key, written]) => `${newline}${indent}${key}: ${written}`).join('') };
}
