import { NodeLoc, Path, propEntries, propLoc } from '../parse/nodeLoc';
import type { ParsedChunk, ParsedPack } from '../parse/parsePack';
import type { Span } from '../text/lineIndex';

/** What stands at an offset: the path of the innermost key or value there. */
export interface NodeAt {
  path: Path;
  part: 'key' | 'value';
  span: Span;
}

/** The innermost key or value containing the offset, or undefined between entries. */
export function nodeAt(parsed: ParsedPack, offset: number): NodeAt | undefined {
  for (const entry of parsed.entries.values()) {
    if (entry.keySpan.start <= offset && offset <= entry.keySpan.end) return { path: [entry.key], part: 'key', span: entry.keySpan };
    const itemIndex = entry.items.findIndex((item) => contains(item, offset));
    if (itemIndex !== -1) {
      const item = entry.items[itemIndex];
      const root = item.loc?.item(0);
      return root ? descend(root, offset - item.base, [entry.key, itemIndex], item.base) : undefined;
    }
    const value = propLoc(entry.header.loc, entry.key);
    if (value && contains(entry.header, offset) && value.start <= offset - entry.header.base && offset - entry.header.base <= value.end) {
      return descend(value, offset - entry.header.base, [entry.key], entry.header.base);
    }
  }
  return undefined;
}

function contains(chunk: ParsedChunk, offset: number): boolean {
  return chunk.base <= offset && offset <= chunk.base + chunk.source.length;
}

function descend(loc: NodeLoc, relative: number, path: Path, base: number): NodeAt {
  for (const [key, child] of propEntries(loc)) {
    if (child.keyStart !== undefined && child.keyStart <= relative && relative <= (child.keyEnd ?? child.keyStart)) {
      return { path: [...path, key], part: 'key', span: { start: base + child.keyStart, end: base + (child.keyEnd ?? child.keyStart) } };
    }
    if (child.start <= relative && relative <= child.end && child.end > child.start) return descend(child, relative, [...path, key], base);
  }
  const items = loc.items ?? [];
  for (let index = 0; index < items.length; index++) {
    if (items[index].start <= relative && relative <= items[index].end) return descend(items[index], relative, [...path, index], base);
  }
  return { path, part: 'value', span: { start: base + loc.start, end: base + loc.end } };
}

/** The list item (`['initiatives', 3]`) whose text contains the offset, even while it does not parse. */
export function enclosingItem(parsed: ParsedPack, offset: number): [string, number] | undefined {
  for (const entry of parsed.entries.values()) {
    const index = entry.items.findIndex((item) => item.base <= offset && offset < item.base + item.source.length);
    if (index !== -1) return [entry.key, index];
  }
  const node = nodeAt(parsed, offset);
  return node && typeof node.path[1] === 'number' ? [String(node.path[0]), node.path[1]] : undefined;
}
