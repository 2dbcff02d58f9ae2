import type { Rule } from './rule';

export const missingBrief: Readonly<Rule<'RP204'>> = {
  code: 'RP204',
  name: 'missing-brief',
  severity: 'error',
  summary: "An initiative's `brief` names a file that does not exist.",
  check: ({ model, options, span }) => {
    const exists = options.fileExists;
    if (!exists) return [];
    return model.initiatives
      .filter((initiative) => initiative.input.brief !== undefined && !exists(initiative.input.brief))
      .map((initiative) => ({
        code: 'RP204',
        message: `The brief \`${initiative.input.brief}\` of ${initiative.id} does not exist (paths are relative to the pack).`,
        span: span([...initiative.path, 'brief']),
      }));
  },
};
