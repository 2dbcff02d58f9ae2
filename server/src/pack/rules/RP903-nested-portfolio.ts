import type { Rule } from './rule';

/** Reported by the portfolio check (portfolio/includeFindings.ts). */
export const nestedPortfolio: Readonly<Rule<'RP903'>> = {
  code: 'RP903',
  name: 'nested-portfolio',
  severity: 'error',
  summary: 'A portfolio includes a file that is itself a portfolio (it has `includes`): portfolios do not nest, so that entry is not used.',
};
