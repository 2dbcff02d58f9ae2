import type { Fence, Line } from './types';

const OPENING = /^( {0,3})(`{3,}|~{3,})(.*)$/;

/**
 * Fenced code blocks as CommonMark reads them: an opening fence of three or
 * more backticks or tildes indented up to three spaces, closed by a fence of
 * the same character at least as long; an unclosed block runs to the end.
 * Only blocks at the top level are found (not inside lists or quotes).
 */
export function findFences(lines: readonly Line[], from = 0): Fence[] {
  const fences: Fence[] = [];
  for (let index = from; index < lines.length; index++) {
    const fence = openingAt(lines, index);
    if (!fence) continue;
    fences.push(fence);
    index = fence.closeLine;
  }
  return fences;
}

function openingAt(lines: readonly Line[], index: number): Fence | undefined {
  const match = OPENING.exec(lines[index].text);
  if (!match) return undefined;
  const [, indent, marker, info] = match;
  if (marker[0] === '`' && info.includes('`')) return undefined;
  const closeLine = closingLine(lines, index + 1, marker);
  return { info: info.trim(), indent: indent.length, openLine: index, closeLine };
}

function closingLine(lines: readonly Line[], from: number, marker: string): number {
  const closing = new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}[ \\t]*$`);
  for (let index = from; index < lines.length; index++) if (closing.test(lines[index].text)) return index;
  return lines.length;
}

/** Lines inside fences (fences included), which hold no headings, tables or bullets. */
export function fencedLines(fences: readonly Fence[]): Set<number> {
  const inside = new Set<number>();
  for (const fence of fences) for (let line = fence.openLine; line <= fence.closeLine; line++) inside.add(line);
  return inside;
}
