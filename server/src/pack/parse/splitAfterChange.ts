import { TextChange, shiftOf, spliceOffsets } from '../text/textChange';
import { LineScanner, TopLevelEntry, TopLevelSplit, hasMarker } from './splitTopLevel';

/**
 * The split of `text` derived from `previous`, the split of the text `change`
 * made it from, re-scanning only the lines the change touched: what
 * `splitTopLevel(text)` gives, at the cost of the edit and the entry's item
 * list. An editor's keystroke lands inside one entry and leaves its shape
 * alone; anything else (a key line or the prelude touched, a line that is no
 * longer an entry's content, an anchor or alias typed) returns undefined, and
 * the caller splits the whole text.
 */
export function splitAfterChange(previous: TopLevelSplit, text: string, change: TextChange): TopLevelSplit | undefined {
  const scanner = new LineScanner(text);
  // The changed lines: from the start of the first to the end of the last, in the new text.
  const from = change.start === 0 ? 0 : text.lastIndexOf('\n', change.start - 1) + 1;
  const to = scanner.next(change.newEnd);
  const shift = shiftOf(change);
  const index = previous.entries.findIndex((entry) => entry.start < from && to - shift <= entry.end);
  const entry = previous.entries[index];
  if (!entry || entry.shapeEnd === undefined || from < entry.shapeEnd) return undefined;
  if (introducesMarker(text, change) || !allContent(scanner, from, to)) return undefined;
  const split = entry.itemStarts.length > 0;
  const itemStarts = split ? itemStartsAfterChange(entry, scanner, from, to, shift) : entry.itemStarts;
  const edited = { ...entry, end: entry.end + shift, headerEnd: split ? entry.headerEnd : entry.headerEnd + shift, itemStarts };
  const entries = previous.entries.slice(0, index);
  entries.push(edited);
  for (let i = index + 1; i < previous.entries.length; i++) entries.push(shifted(previous.entries[i], shift));
  return { preludeEnd: previous.preludeEnd, entries };
}

/**
 * The split text has no anchor-and-alias pair (it would not have been split),
 * so it keeps none unless the change wrote a marker: an `&` or `*` whose own
 * character or a neighbour changed. The window's first character counts as
 * after a line start, which can only find more markers, never fewer.
 */
function introducesMarker(text: string, change: TextChange): boolean {
  const window = text.slice(Math.max(0, change.start - 2), change.newEnd + 2);
  return hasMarker(window, '&') || hasMarker(window, '*');
}

/** Whether every line in [from, to) continues the entry above it (no key, document marker or directive). */
function allContent(scanner: LineScanner, from: number, to: number): boolean {
  for (let line = from; line < to; line = scanner.next(line)) if (scanner.kind(line) !== 'content') return false;
  return true;
}

/** The entry's item starts: those before the changed lines kept, those in them scanned, those after shifted. */
function itemStartsAfterChange(entry: TopLevelEntry, scanner: LineScanner, from: number, to: number, shift: number): Int32Array {
  const indent = scanner.indentOf(entry.headerEnd);
  const found: number[] = [];
  for (let line = from; line < to; line = scanner.next(line)) if (scanner.indentOf(line) === indent && scanner.isItemAt(line, indent)) found.push(line);
  return spliceOffsets(entry.itemStarts, from, new Int32Array(found), to - shift, shift);
}

function shifted(entry: TopLevelEntry, shift: number): TopLevelEntry {
  return {
    key: entry.key,
    start: entry.start + shift,
    end: entry.end + shift,
    headerEnd: entry.headerEnd + shift,
    itemStarts: entry.itemStarts.map((start) => start + shift),
    shapeEnd: entry.shapeEnd === undefined ? undefined : entry.shapeEnd + shift,
  };
}
