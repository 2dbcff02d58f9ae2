import { findFences } from './fences';
import { splitLines } from './lines';
import type { Fence, Line } from './types';

/** A fenced ```roadmap block: a whole pack inside a Markdown file. */
export interface RoadmapBlock {
  fence: Fence;
  /** The block's lines with the fence's indentation removed: the pack's text. */
  content: string;
  /** Maps an offset in `content` to the Markdown file. */
  toMarkdown(offset: number): number;
}

/** Where a content line starts, in the content and in the Markdown file. */
interface Segment {
  content: number;
  markdown: number;
}

/** Fenced blocks whose info string starts with the word `roadmap` (``` or ~~~, indented up to three spaces). */
export function roadmapBlocks(text: string): RoadmapBlock[] {
  const lines = splitLines(text);
  return findFences(lines)
    .filter((fence) => fence.info.split(/\s+/)[0].toLowerCase() === 'roadmap')
    .map((fence) => block(text, lines, fence));
}

function block(text: string, lines: readonly Line[], fence: Fence): RoadmapBlock {
  const segments: Segment[] = [];
  let content = '';
  for (let index = fence.openLine + 1; index < fence.closeLine; index++) {
    const line = lines[index];
    const strip = Math.min(fence.indent, /^ */.exec(line.text)![0].length);
    segments.push({ content: content.length, markdown: line.start + strip });
    const lineBreak = index + 1 < lines.length ? text.slice(line.end, lines[index + 1].start) : '';
    content += line.text.slice(strip) + lineBreak;
  }
  if (segments.length === 0) segments.push({ content: 0, markdown: lines[fence.openLine].end });
  return { fence, content, toMarkdown: (offset) => mapOffset(segments, offset) };
}

function mapOffset(segments: readonly Segment[], offset: number): number {
  let low = 0;
  let high = segments.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (segments[mid].content <= offset) low = mid;
    else high = mid - 1;
  }
  return segments[low].markdown + offset - segments[low].content;
}
