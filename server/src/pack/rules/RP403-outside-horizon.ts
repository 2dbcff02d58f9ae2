import type { Finding } from '../diagnostic';
import type { Path } from '../parse/nodeLoc';
import { WeekSpan, formatSpan, spanContains } from '../time';
import type { Rule, RuleContext } from './rule';

export const outsideHorizon: Readonly<Rule<'RP403'>> = {
  code: 'RP403',
  name: 'outside-horizon',
  severity: 'warning',
  summary: "An initiative's `when`, a gate's `at` or a dependency's `needed_by` lies outside the pack's horizon.",
  check: (context) => {
    const horizon = context.model.horizon;
    if (!horizon) return [];
    const { model } = context;
    const checks: [string, WeekSpan | undefined, Path][] = [
      ...model.initiatives.map((i): [string, WeekSpan | undefined, Path] => [i.id, i.span, [...i.path, 'when']]),
      ...model.gates.map((g): [string, WeekSpan | undefined, Path] => [g.id, g.at === undefined ? undefined : { first: g.at, last: g.at }, [...g.path, 'at']]),
      ...model.dependencies.map((d): [string, WeekSpan | undefined, Path] => [d.id, d.neededBy === undefined ? undefined : { first: d.neededBy, last: d.neededBy }, [...d.path, 'needed_by']]),
    ];
    return checks.filter(([, span]) => span && !spanContains(horizon, span)).map(([id, span, path]) => finding(context, id, span!, path, horizon));
  },
};

function finding(context: RuleContext, id: string, span: WeekSpan, path: Path, horizon: WeekSpan): Finding {
  return {
    code: 'RP403',
    message: `${id} (${formatSpan(span)}) lies outside the pack's horizon ${formatSpan(horizon)}.`,
    span: context.span(path),
    related: [{ message: `The horizon is ${formatSpan(horizon)}`, span: context.span(['horizon']) }],
  };
}
