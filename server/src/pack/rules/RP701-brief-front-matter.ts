import type { Rule } from './rule';

/** Reported by checkBrief (briefs/checks/frontMatter.ts). */
export const briefFrontMatter: Readonly<Rule<'RP701'>> = {
  code: 'RP701',
  name: 'brief-front-matter',
  severity: 'error',
  summary: "A brief's front matter is missing, not valid YAML, has no `initiative`, or has a key briefs do not use or a `status` other than draft, review or approved (warnings).",
};
