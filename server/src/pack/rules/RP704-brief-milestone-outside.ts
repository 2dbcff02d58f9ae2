import type { Rule } from './rule';

/** Reported by checkBrief (briefs/checks/milestones.ts); a milestone time that does not parse is RP103. */
export const briefMilestoneOutside: Readonly<Rule<'RP704'>> = {
  code: 'RP704',
  name: 'brief-milestone-outside',
  severity: 'warning',
  summary: "A milestone in a brief lies outside its initiative's `when` in the pack.",
};
