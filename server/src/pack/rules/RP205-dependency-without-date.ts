import type { Finding } from '../diagnostic';
import type { Rule } from './rule';

export const dependencyWithoutDate: Readonly<Rule<'RP205'>> = {
  code: 'RP205',
  name: 'dependency-without-date',
  severity: 'error',
  summary: 'Work waits for a register dependency that has no `needed_by`, so nothing says when it is due.',
  check: ({ model, analysis, span }) => {
    const { targets } = analysis.edgeEnds;
    const findings: Finding[] = [];
    model.edges.forEach((edge, n) => {
      const target = targets[n];
      if (target?.kind !== 'dependency' || target.input.needed_by !== undefined) return;
      findings.push({
        code: 'RP205',
        message: `${edge.from} waits for ${target.id} ("${target.title}"), which has no \`needed_by\`: add the week it must be satisfied.`,
        span: span(edge.path),
        related: [{ message: `${target.id} is defined here`, span: span([...target.path, 'id']) }],
      });
    });
    return findings;
  },
};
