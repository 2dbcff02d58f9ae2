import type { Rule } from './rule';

/** Reported by checkBrief (briefs/checks/tables.ts, briefs/checks/levels.ts). */
export const briefTable: Readonly<Rule<'RP705'>> = {
  code: 'RP705',
  name: 'brief-table',
  severity: 'warning',
  summary: 'A table in a brief is malformed: a row or delimiter of the wrong width, a required risk or metric column missing or empty, or a likelihood or impact that is not a level.',
};
