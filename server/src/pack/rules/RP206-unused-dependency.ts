import type { Rule } from './rule';

export const unusedDependency: Readonly<Rule<'RP206'>> = {
  code: 'RP206',
  name: 'unused-dependency',
  severity: 'information',
  summary: 'A register dependency that no initiative, milestone or gate waits for.',
  check: ({ model, analysis, span }) => {
    if (model.dependencies.length === 0) return [];
    const waitedFor = analysis.edgeTargetCounts;
    return model.dependencies
      .filter((dependency) => dependency.id && !waitedFor.has(dependency.id))
      .map((dependency) => ({
        code: 'RP206',
        message: `Nothing in the plan waits for ${dependency.id} ("${dependency.title}"); add it to the \`depends_on\` of the work it blocks, or drop it from the register.`,
        span: span([...dependency.path, 'id']),
      }));
  },
};
