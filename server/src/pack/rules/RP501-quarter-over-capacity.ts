import { quarterFindings } from './capacityQuarter';
import type { Rule } from './rule';

export const quarterOverCapacity: Readonly<Rule<'RP501'>> = {
  code: 'RP501',
  name: 'quarter-over-capacity',
  severity: 'error',
  summary: "A team's planned effort in a quarter exceeds its capacity there (engineers × weeks × (1 − BAU)).",
  check: (context) => quarterFindings(context, 'over'),
};
