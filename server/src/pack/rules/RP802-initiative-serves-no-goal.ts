import type { Finding, Fix } from '../diagnostic';
import type { Initiative } from '../model/types';
import type { EntityContext, Rule } from './rule';

/** More goals than this and the quick fixes would be a menu to read, not a choice: completion in `serves` does better. */
const MOST_GOAL_FIXES = 6;

export const initiativeServesNoGoal: Readonly<Rule<'RP802'>> = {
  code: 'RP802',
  name: 'initiative-serves-no-goal',
  severity: 'information',
  summary: 'Where the pack has goals, an initiative (not cut) whose `serves` names none of them.',
  each: {
    initiatives: (initiative, context) => servesNoGoal(initiative, context),
  },
};

function servesNoGoal(initiative: Initiative, context: EntityContext): Finding[] {
  if (initiative.status === 'cut' || initiative.serves.length > 0) return [];
  const goals = context.goalIds();
  if (goals.length === 0) return [];
  return [
    {
      code: 'RP802',
      message: `${initiative.id} serves none of the pack's goals: name the goal it advances in \`serves\`, or say in the plan why the work is there.`,
      span: context.span([...initiative.path, 'id']),
      fixes: goals.length <= MOST_GOAL_FIXES ? serveFixes(initiative, goals, context) : undefined,
    },
  ];
}

/** One fix per goal, adding `serves: [G]`; none where `serves` is written (as `[]`) or the mapping cannot take a key cleanly. */
function serveFixes(initiative: Initiative, goals: readonly string[], context: EntityContext): Fix[] | undefined {
  const fixes: Fix[] = [];
  for (const goal of goals) {
    const edit = context.insertKeysEdit(initiative.path, [['serves', `[${goal}]`]]);
    if (!edit) return undefined;
    fixes.push({ title: `Serve goal ${goal}`, edits: [edit] });
  }
  return fixes;
}
