import type { Path } from '../parse/nodeLoc';
import { lineStartAt } from '../text/format';
import { blockListIds, flowListIds, openBrackets } from './listItems';

/**
 * Where the cursor stands in the YAML structure, read from indentation alone
 * so that it works on the half-typed lines completion is asked for (which
 * often do not parse): the path of enclosing keys (list items as index 0),
 * and whether a key or a value is being typed.
 */
export interface YamlContext {
  /** Enclosing keys from the top; list items appear as 0. */
  path: Path;
  /** Typing a key (`  dep|`) or a value (`owner: inf|`, `  - gat|`, `[a, b|`). */
  typing: 'key' | 'value';
  /** For a value: the key it belongs to (the list's key for list items). */
  key?: string;
  /** The partial word before the cursor. */
  prefix: string;
  /** Offset where the partial word starts. */
  prefixStart: number;
  /** Values already in the flow list being typed (`[a, b, |]`), to leave out. */
  listed: string[];
}

interface LineInfo {
  indent: number;
  text: string;
}

/** Lists whose items name ids, plainly (`- a`) or as typed entries (`- { id: a, type: start-to-start }`). */
const ID_LISTS: ReadonlySet<string> = new Set(['depends_on', 'after', 'affects']);

export function yamlContextAt(text: string, offset: number): YamlContext {
  const context = lineContextAt(text, offset);
  return idListContext(text, offset, context) ?? context;
}

/** The context read from the cursor's line and the keys above it. */
function lineContextAt(text: string, offset: number): YamlContext {
  const lineStart = lineStartAt(text, offset);
  const before = text.slice(lineStart, offset);
  const prefix = /[^\s:[\],{}'"]*$/.exec(before)![0];
  const prefixStart = offset - prefix.length;
  const ancestors = ancestorsOf(text, lineStart, indentOf(before));
  const keyValue = /^(\s*)(-\s+)?([^\s:#][^:#]*?):\s+(.*)$/.exec(before);
  const flow = keyValue && flowMappingKey(before);
  if (flow) return { path: [...ancestors, ...(keyValue[2] ? [0] : [])], typing: 'value', key: flow.key, prefix, prefixStart, listed: flowListed(flow.value, prefix) };
  if (keyValue) return { path: [...ancestors, ...(keyValue[2] ? [0] : [])], typing: 'value', key: keyValue[3].trim(), prefix, prefixStart, listed: flowListed(keyValue[4], prefix) };
  const listItem = /^(\s*)-\s+([^:]*)$/.exec(before);
  if (listItem && !listItem[2].includes(' ')) {
    const parentKey = ancestors[ancestors.length - 1];
    const keyed = isKeyedList(String(parentKey));
    const listed = keyed ? [] : blockListIds(text.split('\n'), rowOf(text, lineStart), indentOf(before));
    return { path: ancestors, typing: keyed ? 'key' : 'value', key: String(parentKey), prefix, prefixStart, listed };
  }
  return { path: ancestors, typing: 'key', prefix, prefixStart, listed: [] };
}

/**
 * An id typed in a list of ids, as a plain item or as a typed entry's `id:`
 * (`[a, { id: |` or `- id: |`): the key is the list's, so the same ids are
 * offered, and every item of the list is read (before and after the cursor,
 * typed or plain) so that none is offered again.
 */
function idListContext(text: string, offset: number, context: YamlContext): YamlContext | undefined {
  if (context.typing !== 'value') return undefined;
  const lineStart = lineStartAt(text, offset);
  const lineEnd = text.indexOf('\n', offset);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  const column = offset - lineStart;
  const open = openBrackets(line.slice(0, column));
  const [outer, inner] = open.slice(-2);
  if (open.length > 0 && open[open.length - 1].char === '[') {
    const list = open[open.length - 1];
    return keyBefore(line, list.index) === context.key ? { ...context, listed: flowListIds(line, list.index, column) } : undefined;
  }
  if (context.key !== 'id') return undefined;
  const listKey = inner?.char === '{' && outer.char === '[' ? keyBefore(line, outer.index) : undefined;
  if (listKey && ID_LISTS.has(listKey)) return { ...context, key: listKey, listed: flowListIds(line, outer.index, column) };
  const [blockKey, item] = context.path.slice(-2);
  if (open.length > 1 || item !== 0 || !ID_LISTS.has(String(blockKey))) return undefined;
  const lines = text.split('\n');
  const dash = dashLineOf(lines, rowOf(text, lineStart));
  return dash ? { ...context, key: String(blockKey), path: context.path.slice(0, -1), listed: blockListIds(lines, dash.row, dash.indent) } : undefined;
}

/** The key a flow collection opening at `index` is the value of (`depends_on: [`), if any. */
function keyBefore(line: string, index: number): string | undefined {
  return /([A-Za-z_][\w-]*):\s*$/.exec(line.slice(0, index))?.[1];
}

/** The `- ` line of the block list item the row belongs to: the row itself, or the nearest less-indented line above. */
function dashLineOf(lines: readonly string[], row: number): { row: number; indent: number } | undefined {
  let limit = Infinity;
  for (let i = row; i >= 0; i--) {
    const line = lineInfo(lines[i]);
    if (!line || line.indent >= limit) continue;
    if (/^\s*-(\s|$)/.test(line.text)) return { row: i, indent: line.indent };
    if (i < row) return undefined;
    limit = line.indent;
  }
  return undefined;
}

function rowOf(text: string, lineStart: number): number {
  let row = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < lineStart; i = text.indexOf('\n', i + 1)) row++;
  return row;
}

/**
 * Inside a flow mapping (`- { id: x, depends_on: [a, |] }`) the line's first
 * key is `{ id`; the key that matters is the last one before the cursor.
 */
function flowMappingKey(before: string): { key: string; value: string } | undefined {
  if (!before.includes('{')) return undefined;
  const last = /([A-Za-z_][\w-]*):\s+(\[[^\][{}]*|[^\s:[\],{}'"]*)$/.exec(before);
  return last ? { key: last[1], value: last[2] } : undefined;
}

function flowListed(valueText: string, prefix: string): string[] {
  if (!valueText.trimStart().startsWith('[')) return [];
  const items = valueText.replace(/^\s*\[/, '').split(',').map((item) => item.trim());
  return items.filter((item) => item && item !== prefix);
}

/** Lists whose items are mappings: `- |` there starts a key, not a value. */
function isKeyedList(key: string): boolean {
  return !['depends_on', 'after', 'affects', 'serves', 'contributors', 'assumptions', 'summary', 'constraints', 'owner'].includes(key);
}

function indentOf(line: string): number {
  return /^\s*/.exec(line)![0].length;
}

/** Walks up from the cursor's line, collecting each less-indented key or list item. */
function ancestorsOf(text: string, lineStart: number, cursorIndent: number): Path {
  const path: (string | number)[] = [];
  let limit = cursorIndent;
  let end = lineStart - 1;
  while (end > 0 && limit > 0) {
    const start = lineStartAt(text, end);
    const line = lineInfo(text.slice(start, end));
    end = start - 1;
    if (!line || line.indent >= limit) continue;
    if (/^\s*-(\s|$)/.test(line.text)) {
      path.unshift(0);
      limit = line.indent;
      continue;
    }
    const key = /^\s*([^\s:#][^:#]*?):(\s|$)/.exec(line.text);
    if (key) {
      path.unshift(key[1].trim());
      limit = line.indent;
    }
  }
  return path;
}

function lineInfo(line: string): LineInfo | undefined {
  const text = line.replace(/\r$/, '');
  if (text.trim() === '' || text.trimStart().startsWith('#')) return undefined;
  return { indent: indentOf(text), text };
}
