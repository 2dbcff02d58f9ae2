import type { Rule } from './rule';

export const noValueWork: Readonly<Rule<'RP805'>> = {
  code: 'RP805',
  name: 'no-value-work',
  severity: 'hint',
  summary: 'No initiative (other than cut ones) is marked `delivers: value`, so nothing says when a customer first sees a result.',
  check: ({ model, span }) => {
    const live = model.initiatives.filter((initiative) => initiative.status !== 'cut');
    if (live.length === 0 || live.some((initiative) => initiative.delivers === 'value')) return [];
    return [
      {
        code: 'RP805',
        message: 'No initiative is marked `delivers: value`: nothing says when a customer first sees a result. Mark the work a customer can use with `delivers: value` (the rest is `enabler`, the default).',
        span: span(['initiatives'], 'key'),
      },
    ];
  },
};
