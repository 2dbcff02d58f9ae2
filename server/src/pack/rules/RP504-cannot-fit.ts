import type { Finding } from '../diagnostic';
import type { Contribution, TeamLoad } from '../capacity/loads';
import { isAbove } from '../capacity/loads';
import { hiresNote } from '../capacity/describe';
import { weeklyCapacity } from '../capacity/teamCapacity';
import { oneDecimal } from '../text/format';
import { WeekSpan, formatSpan } from '../time';
import type { Rule, RuleContext } from './rule';

export const cannotFit: Readonly<Rule<'RP504'>> = {
  code: 'RP504',
  name: 'cannot-fit',
  severity: 'error',
  summary: "An initiative's effort exceeds its owners' whole capacity over its own span, even with nothing else planned.",
  check: (context) => [...context.analysis.loads.values()].flatMap((load) => load.contributions.flatMap((c) => check(context, load, c))),
};

/** The team's engineer-weeks over the span: from the weekly figures the load already holds, where it covers the span. */
function capacityOver(load: TeamLoad, span: WeekSpan, ifHired: boolean): number {
  let available = 0;
  for (let week = span.first; week <= span.last; week++) {
    const index = week - load.firstWeek;
    available += index >= 0 && index < load.capacity.length ? load.capacity[index] : weeklyCapacity(load.team, week, ifHired);
  }
  return available;
}

function check(context: RuleContext, load: TeamLoad, contribution: Contribution): Finding[] {
  const { span, total } = contribution;
  const { team } = load;
  const initiative = context.analysis.initiativeOf(contribution);
  const available = capacityOver(load, span, context.options.ifHired);
  if (!isAbove(total, available)) return [];
  const share = initiative.owners.length > 1 ? ` (its share for ${team.name})` : '';
  return [
    {
      code: 'RP504',
      message: `${initiative.id} needs ${oneDecimal(total)} engineer-weeks${share} in ${formatSpan(span)}, but ${team.name} has only ${oneDecimal(available)} engineer-weeks in all of that span: widen \`when\`, add owners or cut scope.${hiresNote(team, context.options.ifHired)}`,
      span: context.span([...initiative.path, 'effort']),
      related: [{ message: `${team.name} is defined here`, span: context.span([...team.path, 'id']) }],
    },
  ];
}
