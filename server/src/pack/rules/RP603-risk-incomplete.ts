import { listAnd, missingFromRisk } from '../strategy/completeness';
import type { Rule } from './rule';

export const riskIncomplete: Readonly<Rule<'RP603'>> = {
  code: 'RP603',
  name: 'risk-incomplete',
  severity: 'hint',
  summary: 'A risk lacks an owner, a mitigation or a review date.',
  each: {
    risks: (risk, { span }) => {
      const missing = missingFromRisk(risk);
      return missing.length === 0 ? [] : [{ code: 'RP603', message: `Risk ${risk.id} is missing ${listAnd(missing)}.`, span: span([...risk.path, 'id']) }];
    },
  },
};
