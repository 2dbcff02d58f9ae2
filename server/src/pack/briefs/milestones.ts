import { MILESTONES } from './sectionNames';
import type { Line, MilestoneLine, Section } from './types';

/** `- <time>: <name>` at the top level (a nested bullet is detail): the time is one word with a digit in it, then a colon. */
const MILESTONE = /^( ?[-*+][ \t]+)([^\s:]*\d[^\s:]*)[ \t]*:(?:[ \t]+(.*))?$/;

/** Milestone bullets of the Milestones section(s); other bullets there are free text. */
export function findMilestones(lines: readonly Line[], sections: readonly Section[], skip: (line: number) => boolean): MilestoneLine[] {
  return sections
    .filter((section) => section.key === MILESTONES)
    .flatMap((section) => bodyLines(lines, section).filter((line) => !skip(line.number)))
    .flatMap(milestoneAt);
}

/** The lines after a section's heading up to its end: read from the heading on, not searched for in the whole text. */
function bodyLines(lines: readonly Line[], section: Section): Line[] {
  const body: Line[] = [];
  for (let number = section.heading.line + 1; number < lines.length && lines[number].start < section.end; number++) body.push(lines[number]);
  return body;
}

function milestoneAt(line: Line): MilestoneLine[] {
  const match = MILESTONE.exec(line.text);
  if (!match) return [];
  const [, bullet, time, name = ''] = match;
  const start = line.start + bullet.length;
  return [{ line: line.number, time, timeSpan: { start, end: start + time.length }, name: name.trim() }];
}
