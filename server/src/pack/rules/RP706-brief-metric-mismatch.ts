import type { Rule } from './rule';

/** Reported by checkBrief (briefs/checks/metrics.ts). */
export const briefMetricMismatch: Readonly<Rule<'RP706'>> = {
  code: 'RP706',
  name: 'brief-metric-mismatch',
  severity: 'warning',
  summary: "A brief's success metric names a metric of its initiative in the pack but states another baseline or target.",
};
