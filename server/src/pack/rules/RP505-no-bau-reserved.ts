import type { Rule } from './rule';

export const noBauReserved: Readonly<Rule<'RP505'>> = {
  code: 'RP505',
  name: 'no-bau-reserved',
  severity: 'hint',
  summary: 'No share of capacity is kept for BAU, on-call and support (`capacity.bau`), so every engineer-week counts as plannable.',
  check: ({ model, span, analysis }) => {
    if (model.capacity.bauSet || model.teams.length === 0 || analysis.loads.size === 0) return [];
    const at = model.input.capacity ? span(['capacity'], 'key') : span(['teams'], 'key');
    return [{ code: 'RP505', message: 'No BAU share is reserved (`capacity.bau`), so capacity assumes every engineer works on the roadmap full time; teams usually keep 20–40% for BAU, on-call and support.', span: at }];
  },
};
