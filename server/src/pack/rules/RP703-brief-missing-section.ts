import type { Rule } from './rule';

/** Reported by checkBrief (briefs/checks/sections.ts). */
export const briefMissingSection: Readonly<Rule<'RP703'>> = {
  code: 'RP703',
  name: 'brief-missing-section',
  severity: 'warning',
  summary: 'A brief lacks one of the required `##` sections (by default the eight of the seed: Problem / opportunity … Success metrics).',
};
