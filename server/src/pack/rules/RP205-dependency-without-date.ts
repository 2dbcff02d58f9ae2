import type { Finding } from '../diagnostic';
import type { Gate, Initiative } from '../model/types';
import type { EntityContext, Rule } from './rule';

export const dependencyWithoutDate: Readonly<Rule<'RP205'>> = {
  code: 'RP205',
  name: 'dependency-without-date',
  severity: 'error',
  summary: 'Work waits for a register dependency that has no `needed_by`, so nothing says when it is due.',
  each: {
    initiatives: (initiative, context) => undatedDependencies(initiative, context),
    gates: (gate, context) => undatedDependencies(gate, context),
  },
};

function undatedDependencies(entity: Initiative | Gate, context: EntityContext): Finding[] {
  const findings: Finding[] = [];
  for (const edge of entity.edges) {
    const target = context.entity(edge.to);
    if (target?.kind !== 'dependency' || target.input.needed_by !== undefined) continue;
    findings.push({
      code: 'RP205',
      message: `${edge.from} waits for ${target.id} ("${target.title}"), which has no \`needed_by\`: add the week it must be satisfied.`,
      span: context.span(edge.path),
      related: [{ message: `${target.id} is defined here`, span: context.span([...target.path, 'id']) }],
    });
  }
  return findings;
}
