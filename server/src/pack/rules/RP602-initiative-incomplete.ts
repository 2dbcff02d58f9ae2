import type { Finding } from '../diagnostic';
import { listAnd, missingFromInitiative } from '../strategy/completeness';
import type { Rule } from './rule';

export const initiativeIncomplete: Readonly<Rule<'RP602'>> = {
  code: 'RP602',
  name: 'initiative-incomplete',
  severity: 'hint',
  summary: 'An initiative lacks an owner, an effort, an outcome or a metric with baseline and target.',
  check: ({ model, span }) => {
    const findings: Finding[] = [];
    for (const initiative of model.initiatives) {
      if (initiative.status === 'cut') continue;
      const missing = missingFromInitiative(initiative);
      if (missing.length > 0) findings.push({ code: 'RP602', message: `${initiative.id} is missing ${listAnd(missing)}.`, span: span([...initiative.path, 'id']) });
    }
    return findings;
  },
};
