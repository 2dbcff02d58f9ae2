import type { Rule } from './rule';

/** Reported by checkBrief (briefs/checks/initiative.ts). */
export const briefUnknownInitiative: Readonly<Rule<'RP702'>> = {
  code: 'RP702',
  name: 'brief-unknown-initiative',
  severity: 'error',
  summary: "A brief's `initiative` names an id that its pack (or any pack) does not define as an initiative.",
};
