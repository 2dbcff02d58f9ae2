import type { Rule } from './rule';

/** Reported by the portfolio check (portfolio/includeFindings.ts): only it knows which files the host could read. */
export const missingInclude: Readonly<Rule<'RP901'>> = {
  code: 'RP901',
  name: 'missing-include',
  severity: 'error',
  summary: "A portfolio's `includes` names a pack file that does not exist or cannot be read (paths are relative to the portfolio).",
};
