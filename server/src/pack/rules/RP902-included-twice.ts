import type { Rule } from './rule';

/** Reported by the portfolio check (portfolio/includeFindings.ts), over every portfolio the host knows. */
export const includedTwice: Readonly<Rule<'RP902'>> = {
  code: 'RP902',
  name: 'included-twice',
  severity: 'error',
  summary: 'A pack is included by two portfolios, or twice by one: a pack belongs to one portfolio, so the second `includes` entry is not used.',
};
