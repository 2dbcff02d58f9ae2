import { parseBrief } from '../briefs/parseBrief';
import type { BriefChange } from './types';

/**
 * What a change did to one brief's sections (level-2 headings, matched by
 * their normalised key, so "## Risks" and "## risks" are one section): added
 * and removed by heading. Undefined when the brief kept its sections (edits
 * inside them are the prose's business, not the plan's). A side without text
 * is a brief added or removed.
 */
export function briefChange(path: string, before: string | undefined, after: string | undefined): BriefChange | undefined {
  if (before === undefined && after === undefined) return undefined;
  const old = sections(before);
  const now = sections(after);
  const sectionsAdded = [...now].filter(([key]) => !old.has(key)).map(([, heading]) => heading);
  const sectionsRemoved = [...old].filter(([key]) => !now.has(key)).map(([, heading]) => heading);
  const change = before === undefined ? 'added' : after === undefined ? 'removed' : 'changed';
  if (change === 'changed' && sectionsAdded.length + sectionsRemoved.length === 0) return undefined;
  return { path, change, sectionsAdded, sectionsRemoved };
}

/** Section key → heading text, the first of a key. */
function sections(text: string | undefined): Map<string, string> {
  const byKey = new Map<string, string>();
  if (text === undefined) return byKey;
  for (const section of parseBrief(text).sections) if (!byKey.has(section.key)) byKey.set(section.key, section.heading.text);
  return byKey;
}
