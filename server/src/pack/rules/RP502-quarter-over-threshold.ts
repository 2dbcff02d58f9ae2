import { quarterFindings } from './capacityQuarter';
import type { Rule } from './rule';

export const quarterOverThreshold: Readonly<Rule<'RP502'>> = {
  code: 'RP502',
  name: 'quarter-over-threshold',
  severity: 'warning',
  summary: "A team's planned effort in a quarter is above `capacity.warn_at` (default 85%) of its capacity, leaving little slack.",
  check: (context) => quarterFindings(context, 'warn'),
};
