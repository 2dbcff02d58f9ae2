import type { Finding } from '../diagnostic';
import type { Contribution } from '../capacity/loads';
import { hiresNote } from '../capacity/describe';
import type { Misfit } from '../capacity/misfits';
import type { Team } from '../model/types';
import { oneDecimal } from '../text/format';
import { formatSpan } from '../time';
import type { Rule, RuleContext } from './rule';

export const cannotFit: Readonly<Rule<'RP504'>> = {
  code: 'RP504',
  name: 'cannot-fit',
  severity: 'error',
  summary: "An initiative's effort exceeds its owners' whole capacity over its own span, even with nothing else planned.",
  // The misfits are reused while the team's capacity inputs are the same; only their wording is this check's.
  check: (context) => [...context.analysis.loads.keys()].flatMap((team) => context.analysis.teamFindings('RP504', team, [context.options.ifHired], () => context.analysis.misfits(team).map((misfit) => finding(context, team, misfit)))),
};

function finding(context: RuleContext, team: Team, { contribution, available }: Misfit<Contribution>): Finding {
  const initiative = context.analysis.initiativeOf(contribution);
  const share = initiative.owners.length > 1 ? ` (its share for ${team.name})` : '';
  return {
    code: 'RP504',
    message: `${initiative.id} needs ${oneDecimal(contribution.total)} engineer-weeks${share} in ${formatSpan(contribution.span)}, but ${team.name} has only ${oneDecimal(available)} engineer-weeks in all of that span: widen \`when\`, add owners or cut scope.${hiresNote(team, context.options.ifHired)}`,
    span: context.span([...initiative.path, 'effort']),
    related: [{ message: `${team.name} is defined here`, span: context.span([...team.path, 'id']) }],
  };
}
