import type { Finding, Fix } from '../../diagnostic';
import type { Span } from '../../text/lineIndex';
import type { BriefCheck } from '../context';
import { DEFAULT_REQUIRED_SECTIONS, sectionKey } from '../sectionNames';
import type { Brief, Section } from '../types';

/** RP703: every required section is there, matched by title whatever its case and punctuation. */
export function checkSections({ brief, context }: BriefCheck): Finding[] {
  const required = context.requiredSections ?? DEFAULT_REQUIRED_SECTIONS;
  const present = required.map((title) => brief.sections.find((section) => section.key === sectionKey(title)));
  const span = anchor(brief);
  return required.flatMap((title, index) =>
    present[index]
      ? []
      : [{ code: 'RP703', message: `The brief has no "${title}" section (a \`## ${title}\` heading).`, span, fixes: [addSection(brief, title, insertionPoint(brief, present, index))] }],
  );
}

/** The front matter's `initiative` line, else the first title heading, else the first line. */
function anchor(brief: Brief): Span {
  if (brief.initiative) return { start: brief.initiative.keySpan.start, end: Math.max(brief.initiative.valueSpan.end, brief.initiative.keySpan.end) };
  const title = brief.headings.find((heading) => heading.level === 1);
  if (title) return title.span;
  return { start: 0, end: brief.lines[0].text.trimEnd().length };
}

/** After the body of the nearest earlier required section; else before the next one; else at the end. */
function insertionPoint(brief: Brief, present: (Section | undefined)[], index: number): number {
  const before = present.slice(0, index).reverse().find(Boolean);
  if (before) return before.end;
  const after = present.slice(index + 1).find(Boolean);
  return after ? brief.lines[after.heading.line].start : brief.text.length;
}

function addSection(brief: Brief, title: string, offset: number): Fix {
  return { title: `Add a "${title}" section`, edits: [{ span: { start: offset, end: offset }, newText: sectionText(brief.text, offset, title) }] };
}

/** The heading, followed by a blank line before the next heading, or after one at the end of the text. */
function sectionText(text: string, offset: number, title: string): string {
  const heading = `## ${title}\n`;
  if (offset < text.length) return `${heading}\n`;
  if (text === '' || text.endsWith('\n\n')) return heading;
  return text.endsWith('\n') ? `\n${heading}` : `\n\n${heading}`;
}
