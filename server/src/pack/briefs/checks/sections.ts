import type { Finding, Fix } from '../../diagnostic';
import type { Span } from '../../text/lineIndex';
import type { BriefCheck } from '../context';
import { DEFAULT_REQUIRED_SECTIONS, sectionKey } from '../sectionNames';
import type { Brief, Section } from '../types';

/** RP703: every required section is there, matched by title whatever its case and punctuation. */
export function checkSections({ brief, context }: BriefCheck): Finding[] {
  const required = context.requiredSections ?? DEFAULT_REQUIRED_SECTIONS;
  const present = required.map((title) => brief.sections.find((section) => section.key === sectionKey(title)));
  return required.flatMap((title, index) => {
    if (present[index]) return [];
    const offset = insertionPoint(brief, present, index);
    return [{ code: 'RP703', message: `The brief has no "${title}" section (a \`## ${title}\` heading); it belongs ${where(present, index)}.`, span: anchor(brief, present, index, offset), fixes: [addSection(brief, title, offset)] }];
  });
}

function where(present: (Section | undefined)[], index: number): string {
  const previous = present.slice(0, index).reverse().find(Boolean);
  if (previous) return `after "${previous.heading.text}"`;
  const next = present.slice(index + 1).find(Boolean);
  return next ? `before "${next.heading.text}"` : 'at the end';
}

/**
 * Where the section should go, so the planner sees the gap in place: the
 * heading of the required section it follows, else the last heading before
 * the place it goes, else that place's line (the next section's heading, or
 * the last line of text at the end of the file).
 */
function anchor(brief: Brief, present: (Section | undefined)[], index: number, offset: number): Span {
  const previous = present.slice(0, index).reverse().find(Boolean);
  if (previous) return previous.heading.span;
  const heading = [...brief.headings].reverse().find((candidate) => candidate.span.start < offset);
  if (heading) return heading.span;
  const line = offset < brief.text.length ? brief.lines.find((candidate) => candidate.end > offset) : [...brief.lines].reverse().find((candidate) => candidate.text.trim() !== '');
  return line ? { start: line.start, end: line.start + line.text.trimEnd().length } : { start: 0, end: 0 };
}

/** After the body of the nearest earlier required section; else before the next one; else at the end. */
function insertionPoint(brief: Brief, present: (Section | undefined)[], index: number): number {
  const before = present.slice(0, index).reverse().find(Boolean);
  if (before) return before.end;
  const after = present.slice(index + 1).find(Boolean);
  return after ? brief.lines[after.heading.line].start : brief.text.length;
}

function addSection(brief: Brief, title: string, offset: number): Fix {
  return { title: `Add a "${title}" section`, edits: [{ span: { start: offset, end: offset }, newText: sectionText(brief.text, offset, title) }], preferred: true };
}

/**
 * What each default section should answer, as an italic placeholder to
 * replace. None is a list item or a table, so no other rule reads it (a
 * `- …` line under Milestones would be a milestone with a bad time).
 */
const PLACEHOLDERS: Readonly<Record<string, string>> = {
  [sectionKey('Problem / opportunity')]: '_What is broken, the evidence, and the outcome sought._',
  [sectionKey('Proposed approach')]: '_What we will do, and what we will not do._',
  [sectionKey('Why now')]: '_Why this cannot wait a quarter._',
  [sectionKey('Scope')]: '_What is in, and what is out._',
  [sectionKey('Dependencies')]: '_The teams, gates and decisions this needs, and by when._',
  [sectionKey('Milestones')]: '_One line per milestone: `- <weeks>: <what is delivered>`._',
  [sectionKey('Risks + mitigations')]: '_A table: Risk | Likelihood | Impact | Mitigation._',
  [sectionKey('Success metrics')]: '_A table: Metric | Baseline | Target, as the pack states them._',
};

/** The heading and a placeholder body, then a blank line before the next heading, or after one at the end of the text. */
function sectionText(text: string, offset: number, title: string): string {
  const section = `## ${title}\n\n${PLACEHOLDERS[sectionKey(title)] ?? '_…_'}\n`;
  if (offset < text.length) return `${section}\n`;
  if (text === '' || text.endsWith('\n\n')) return section;
  return text.endsWith('\n') ? `\n${section}` : `\n\n${section}`;
}
