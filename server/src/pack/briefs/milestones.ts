import { MILESTONES } from './sectionNames';
import type { Line, MilestoneLine, Section } from './types';

/** `- <time>: <name>` at the top level (a nested bullet is detail): the time is one word with a digit in it, then a colon. */
const MILESTONE = /^( ?[-*+][ \t]+)([^\s:]*\d[^\s:]*)[ \t]*:(?:[ \t]+(.*))?$/;

/** Milestone bullets of the Milestones section(s); other bullets there are free text. */
export function findMilestones(lines: readonly Line[], sections: readonly Section[], skip: (line: number) => boolean): MilestoneLine[] {
  return sections
    .filter((section) => section.key === MILESTONES)
    .flatMap((section) => lines.filter((line) => line.start > section.heading.span.end && line.start < section.end && !skip(line.number)))
    .flatMap(milestoneAt);
}

function milestoneAt(line: Line): MilestoneLine[] {
  const match = MILESTONE.exec(line.text);
  if (!match) return [];
  const [, bullet, time, name = ''] = match;
  const start = line.start + bullet.length;
  return [{ line: line.number, time, timeSpan: { start, end: start + time.length }, name: name.trim() }];
}
