import type { Finding } from '../diagnostic';
import { formatSpan, spanContains } from '../time';
import type { Rule } from './rule';

export const milestoneOutside: Readonly<Rule<'RP402'>> = {
  code: 'RP402',
  name: 'milestone-outside-initiative',
  severity: 'warning',
  summary: "A milestone lies outside its initiative's `when`.",
  each: {
    initiatives: (initiative, { span }) => {
      const findings: Finding[] = [];
      for (const milestone of initiative.milestones) {
        if (!initiative.span || !milestone.span || spanContains(initiative.span, milestone.span)) continue;
        findings.push({
          code: 'RP402',
          message: `The milestone "${milestone.name}" (${formatSpan(milestone.span)}) falls outside ${initiative.id}, which runs ${formatSpan(initiative.span)}.`,
          span: span([...milestone.path, 'when']),
          related: [{ message: `${initiative.id} runs ${formatSpan(initiative.span)}`, span: span([...initiative.path, 'when']) }],
        });
      }
      return findings;
    },
  },
};
