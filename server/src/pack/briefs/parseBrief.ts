import { metricRows } from './columns';
import { fencedLines, findFences } from './fences';
import { readFrontMatter } from './frontMatter';
import { findHeadings, findSections } from './headings';
import { splitLines } from './lines';
import { findMilestones } from './milestones';
import { findTables } from './tables';
import { firstLineLength } from '../text/format';
import type { Brief } from './types';

/**
 * Reads a Markdown initiative brief with a line scan: front matter, ATX
 * headings, level-2 sections, GitHub tables and milestone bullets, each with
 * exact offsets. Fenced code blocks hold none of these. Never throws.
 */
export function parseBrief(text: string): Brief {
  const lines = splitLines(text);
  const { frontMatter, bodyLine, findings } = readFrontMatter(text, lines);
  const fences = findFences(lines, bodyLine);
  const fenced = fencedLines(fences);
  const skip = (line: number) => line < bodyLine || fenced.has(line);
  const headings = findHeadings(lines, skip);
  const sections = findSections(headings, lines, text.length);
  const tables = findTables(lines, skip, sections);
  const field = (key: string) => frontMatter?.fields.get(key);
  return {
    text,
    lines,
    frontMatter,
    initiative: field('initiative'),
    pack: field('pack'),
    title: field('title'),
    owner: field('owner'),
    headings,
    sections,
    tables,
    milestones: findMilestones(lines, sections, skip),
    metrics: metricRows(tables),
    fences,
    findings,
  };
}

/** What a host needs to find a brief's pack: the front matter's `initiative` and `pack`, as text. */
export interface BriefHeader {
  initiative: string | undefined;
  pack: string | undefined;
}

/**
 * The front matter's `initiative` and `pack`, or undefined when the text has
 * no front matter. A Markdown file whose header has an `initiative` is a brief.
 */
export function briefHeader(text: string): BriefHeader | undefined {
  const { frontMatter } = readFrontMatter(text, splitLines(headOf(text)));
  if (!frontMatter) return undefined;
  return { initiative: textOf(frontMatter.fields.get('initiative')?.value), pack: textOf(frontMatter.fields.get('pack')?.value) };
}

/**
 * The text up to the end of the line that could close a front matter (only
 * the first line when none does): the header needs no more, and splitting a
 * whole large file into lines to read its first few would cost its size.
 */
function headOf(text: string): string {
  const close = /(?:\r\n|\n|\r)(?:---|\.\.\.)[ \t]*(?=\r\n|\n|\r|$)/.exec(text);
  return close ? text.slice(0, close.index + close[0].length) : text.slice(0, firstLineLength(text));
}

/** A scalar front-matter value as text (an id such as `2026` may read as a number). */
export function textOf(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}
