import type { Rule } from './rule';

export const noNonGoals: Readonly<Rule<'RP604'>> = {
  code: 'RP604',
  name: 'no-non-goals',
  severity: 'hint',
  summary: 'The strategy names no non-goals: a plan that says no to nothing has made no trade-offs.',
  check: ({ model, span }) => {
    if ((model.input.strategy?.non_goals ?? []).length > 0) return [];
    const at = model.input.strategy ? span(['strategy'], 'key') : span(['title'], 'key');
    return [{ code: 'RP604', message: 'The strategy names no non-goals: add `strategy.non_goals` with what this plan will not do, and why.', span: at }];
  },
};
