import { commentStart, scalarCanStart } from './lineComments';

/**
 * The items of the id list the cursor is in, read from the text around it (the
 * half-typed lines completion is asked for rarely parse): flow lists
 * (`[a, { id: b, type: start-to-start }, |]`) and block lists (`- a`,
 * `- id: b`, `- { id: c }`, `- type: …` with `id:` below). A typed entry
 * names the same id as a plain one, so both are left out of completion alike.
 */

export interface OpenBracket {
  char: '[' | '{';
  index: number;
}

interface Span {
  text: string;
  start: number;
  end: number;
}

/** What an item names: `a`, `"a"`, `id: a`, `{ id: a, lag: 1w }` and `type: …, id: a` all name a. */
export function itemId(item: string): string {
  const text = item.trim();
  const keyed = /(?:^|[{,]\s*)id:\s*([^\s,}]*)/.exec(text);
  const value = keyed ? keyed[1] : text.replace(/^[[{]\s*|\s*[\]}]$/g, '');
  return /^(["'])(.*)\1$/.exec(value)?.[2] ?? value;
}

/** The brackets still open at the end of `before`, outermost first (quoted text skipped). */
export function openBrackets(before: string): OpenBracket[] {
  const stack: OpenBracket[] = [];
  let quote: string | undefined;
  for (let i = 0; i < before.length; i++) {
    const c = before[i];
    if (quote) {
      if (c === quote) quote = undefined;
    } else if ((c === '"' || c === "'") && scalarCanStart(before, i)) quote = c;
    else if (c === '[' || c === '{') stack.push({ char: c, index: i });
    else if (c === ']' || c === '}') stack.pop();
  }
  return stack;
}

/** The ids of a flow list's items, the list opening at `open` on `line`, leaving out the item at `column`. */
export function flowListIds(line: string, open: number, column: number): string[] {
  return flowItems(line, open)
    .filter((item) => column < item.start || column > item.end)
    .map((item) => itemId(item.text))
    .filter((id) => id !== '');
}

/** The items of the flow collection opening at `open`, up to its closing bracket, a comment or the line's end. */
function flowItems(whole: string, open: number): Span[] {
  const comment = commentStart(whole);
  const line = comment < 0 ? whole : whole.slice(0, comment);
  const items: Span[] = [];
  let depth = 0;
  let start = open + 1;
  let quote: string | undefined;
  const push = (end: number) => items.push({ text: line.slice(start, end), start, end });
  for (let i = open + 1; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === quote) quote = undefined;
    } else if ((c === '"' || c === "'") && scalarCanStart(line, i)) quote = c;
    else if (c === '[' || c === '{') depth++;
    else if ((c === ']' || c === '}') && depth > 0) depth--;
    else if (c === ']' || c === '}') return [...items, { text: line.slice(start, i), start, end: i }];
    else if (c === ',' && depth === 0) {
      push(i);
      start = i + 1;
    }
  }
  push(line.length);
  return items;
}

/**
 * The ids of the other items of the block list whose `- ` items stand at
 * `indent`, the item being edited starting on `row`: each item is its dash
 * line with its more-indented continuation lines.
 */
export function blockListIds(lines: readonly string[], row: number, indent: number): string[] {
  const { first, last } = listExtent(lines, row, indent);
  const ids: string[] = [];
  let item: string[] = [];
  let itemRow = -1;
  const flush = () => {
    if (itemRow >= 0 && itemRow !== row) ids.push(itemId(item.join(', ')));
    item = [];
  };
  for (let i = first; i <= last; i++) {
    const text = contentOf(lines[i]);
    if (text === undefined) continue;
    if (indentOf(lines[i]) === indent) {
      flush();
      itemRow = i;
      item.push(text.replace(/^-\s*/, ''));
    } else item.push(text);
  }
  flush();
  return ids.filter((id) => id !== '');
}

/** The rows of the block list around `row`: its `- ` lines at `indent` and what is indented under them. */
function listExtent(lines: readonly string[], row: number, indent: number): { first: number; last: number } {
  const inList = (i: number): boolean => {
    const text = contentOf(lines[i]);
    return text === undefined || indentOf(lines[i]) > indent || (indentOf(lines[i]) === indent && /^-(\s|$)/.test(text));
  };
  let first = row;
  while (first > 0 && inList(first - 1)) first--;
  let last = row;
  while (last + 1 < lines.length && inList(last + 1)) last++;
  return { first, last };
}

/** The line without its indent and comment; undefined for a blank or comment line. */
function contentOf(line: string): string | undefined {
  const bare = line.replace(/\r$/, '');
  const comment = commentStart(bare);
  const text = (comment < 0 ? bare : bare.slice(0, comment)).trim();
  return text === '' ? undefined : text;
}

function indentOf(line: string): number {
  return /^\s*/.exec(line)![0].length;
}
