import { sectionKey } from './sectionNames';
import type { Heading, Line, Section } from './types';

const ATX = /^( {0,3})(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;

/** ATX headings on the lines that `skip` does not exclude (fenced code, front matter). */
export function findHeadings(lines: readonly Line[], skip: (line: number) => boolean): Heading[] {
  return lines.flatMap((line) => (skip(line.number) ? [] : headingAt(line)));
}

function headingAt(line: Line): Heading[] {
  const match = ATX.exec(line.text);
  if (!match) return [];
  const [, indent, hashes, text = ''] = match;
  const start = line.start + indent.length;
  const textStart = text ? line.start + line.text.indexOf(text, indent.length + hashes.length) : start + hashes.length;
  const span = { start, end: line.start + line.text.trimEnd().length };
  return [{ level: hashes.length, text, line: line.number, span, textSpan: { start: textStart, end: textStart + text.length } }];
}

/** Level-2 headings with their bodies, each up to the next heading of level 1 or 2. */
export function findSections(headings: readonly Heading[], lines: readonly Line[], textLength: number): Section[] {
  const breaks = headings.filter((heading) => heading.level <= 2);
  return breaks.flatMap((heading, index) => {
    if (heading.level !== 2) return [];
    const next = breaks[index + 1];
    return [{ heading, key: sectionKey(heading.text), end: next ? lines[next.line].start : textLength }];
  });
}

/**
 * The section that holds an offset, if any, for offsets asked in increasing
 * order: one pass over the sections for all of them, where a search per
 * offset would make a brief of many tables and sections quadratic.
 */
export function sectionsInOrder(sections: readonly Section[]): (offset: number) => Section | undefined {
  let next = 0;
  return (offset) => {
    while (next < sections.length && sections[next].end <= offset) next++;
    const section = sections[next];
    return section && section.heading.span.start <= offset ? section : undefined;
  };
}
