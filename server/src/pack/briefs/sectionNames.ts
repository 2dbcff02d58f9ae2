/** The sections of the seed's briefs, in the order the seed writes them. */
export const DEFAULT_REQUIRED_SECTIONS: readonly string[] = [
  'Problem / opportunity',
  'Proposed approach',
  'Why now',
  'Scope',
  'Dependencies',
  'Milestones',
  'Risks + mitigations',
  'Success metrics',
];

/**
 * A section title reduced for matching: case, spacing, punctuation and a
 * leading number do not count, and `&`, `+` and "and" are one word, so
 * "Risks & Mitigations" and "3. Risks and mitigations" match "Risks + mitigations".
 */
export function sectionKey(title: string): string {
  return title
    .toLowerCase()
    .replace(/^\s*\d+[.)]?\s+/, '')
    .replace(/\s*[&+]\s*|\band\b/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

export const MILESTONES = sectionKey('Milestones');
export const RISKS = sectionKey('Risks + mitigations');
export const SUCCESS_METRICS = sectionKey('Success metrics');
