import { firstValue } from '../strategy/goals';
import { formatSpan, formatWeek } from '../time';
import type { Rule } from './rule';

export const lateFirstValue: Readonly<Rule<'RP804'>> = {
  code: 'RP804',
  name: 'late-first-value',
  severity: 'warning',
  summary: "The first `delivers: value` initiative ends after the horizon's middle week: customers see nothing for more than half the plan.",
  check: ({ model, span }) => {
    const first = firstValue(model);
    if (!first?.late) return [];
    const { initiative, week, weekOfHorizon, horizonWeeks, middle } = first;
    const horizon = model.horizon!;
    return [
      {
        code: 'RP804',
        message: `Customers see nothing until ${formatWeek(week)}, when ${initiative.id} ends: week ${weekOfHorizon} of the ${horizonWeeks}-week horizon, past its middle (week ${middle}, ${formatWeek(horizon.first + middle - 1)}). Slice off a part a customer can use earlier and mark it \`delivers: value\`.`,
        span: span([...initiative.path, 'when']),
        related: [{ message: `The horizon is ${formatSpan(horizon)}`, span: span(['horizon']) }],
      },
    ];
  },
};
