import type { Finding } from '../diagnostic';
import type { GoalStanding } from '../strategy/goals';
import type { Rule, RuleContext } from './rule';

export const goalUnserved: Readonly<Rule<'RP801'>> = {
  code: 'RP801',
  name: 'goal-unserved',
  severity: 'warning',
  summary: 'A goal that no initiative (other than cut ones) names in its `serves`.',
  check: (context) => context.analysis.goals.filter((standing) => standing.state === 'unserved').map((standing) => finding(context, standing)),
};

function finding(context: RuleContext, { goal, cutServers }: GoalStanding): Finding {
  const span = context.span([...goal.path, 'id']);
  if (cutServers.length === 0) {
    return { code: 'RP801', message: `No initiative serves ${goal.id} ("${goal.title}"): add it to the \`serves\` of the work that advances it, or drop the goal.`, span };
  }
  const ids = cutServers.map((initiative) => initiative.id);
  return {
    code: 'RP801',
    message: `Only cut work serves ${goal.id} ("${goal.title}"): ${ids.join(', ')} ${cutServers.length === 1 ? 'was' : 'were'} cut, so nothing left in the plan advances it.`,
    span,
    related: cutServers.map((initiative) => ({ message: `${initiative.id} is cut`, span: context.span([...initiative.path, 'status']) })),
  };
}
