import type { Path } from '../parse/nodeLoc';
import { lineStartAt } from '../text/format';

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

export function yamlContextAt(text: string, offset: number): YamlContext {
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
    const listed = keyed ? [] : blockListed(text, lineStart, indentOf(before), prefix);
    return { path: ancestors, typing: keyed ? 'key' : 'value', key: String(parentKey), prefix, prefixStart, listed };
  }
  return { path: ancestors, typing: 'key', prefix, prefixStart, listed: [] };
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

/** The other items of the block list the cursor's `- ` line is in, up and down to its end. */
function blockListed(text: string, lineStart: number, indent: number, prefix: string): string[] {
  const lines = text.split('\n');
  const row = text.slice(0, lineStart).split('\n').length - 1;
  const items: string[] = [];
  for (const step of [-1, 1]) {
    for (let i = row + step; i >= 0 && i < lines.length; i += step) {
      const line = lineInfo(lines[i]);
      if (!line) continue;
      if (line.indent !== indent || !/^\s*-\s/.test(line.text)) break;
      items.push(line.text.replace(/^\s*-\s+/, '').replace(/\s+#.*$/, '').trim());
    }
  }
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
