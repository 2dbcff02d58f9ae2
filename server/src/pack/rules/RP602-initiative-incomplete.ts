import { listAnd, missingFromInitiative } from '../strategy/completeness';
import type { Rule } from './rule';

export const initiativeIncomplete: Readonly<Rule<'RP602'>> = {
  code: 'RP602',
  name: 'initiative-incomplete',
  severity: 'hint',
  summary: 'An initiative lacks an owner, an effort, an outcome or a metric with baseline and target.',
  each: {
    initiatives: (initiative, { span }) => {
      if (initiative.status === 'cut') return [];
      const missing = missingFromInitiative(initiative);
      return missing.length === 0 ? [] : [{ code: 'RP602', message: `${initiative.id} is missing ${listAnd(missing)}.`, span: span([...initiative.path, 'id']) }];
    },
  },
};
