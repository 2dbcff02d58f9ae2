import type { Finding } from '../diagnostic';
import type { GoalStanding } from '../strategy/goals';
import { plural } from '../text/format';
import { formatSpan, formatWeek } from '../time';
import type { Rule, RuleContext } from './rule';

export const goalLate: Readonly<Rule<'RP803'>> = {
  code: 'RP803',
  name: 'goal-late',
  severity: 'warning',
  summary: 'A goal with `by` whose last serving initiative ends after the end of `by`.',
  check: (context) => context.analysis.goals.filter((standing) => standing.state === 'late').map((standing) => finding(context, standing)),
};

function finding(context: RuleContext, { goal, last }: GoalStanding): Finding {
  const [by, end] = [goal.by!, last!.span!.last];
  return {
    code: 'RP803',
    message: `${goal.id} ("${goal.title}") is due by ${formatWeek(by)}, but ${last!.id}, the last initiative serving it, ends ${formatWeek(end)}: ${plural(end - by, 'week')} late.`,
    span: context.span([...goal.path, 'id']),
    related: [
      { message: `${goal.id} is due by the end of ${goal.input.by} (${formatWeek(by)})`, span: context.span([...goal.path, 'by']) },
      { message: `${last!.id} runs ${formatSpan(last!.span!)}`, span: context.span([...last!.path, 'when']) },
    ],
  };
}
