import type { Finding } from '../diagnostic';
import type { Path } from '../parse/nodeLoc';
import { WeekSpan, formatSpan, spanContains } from '../time';
import type { EntityContext, Rule } from './rule';

export const outsideHorizon: Readonly<Rule<'RP403'>> = {
  code: 'RP403',
  name: 'outside-horizon',
  severity: 'warning',
  summary: "An initiative's `when`, a gate's `at` or a dependency's `needed_by` lies outside the pack's horizon.",
  each: {
    initiatives: (initiative, context) => outside(context, initiative.id, initiative.span, [...initiative.path, 'when']),
    gates: (gate, context) => outside(context, gate.id, gate.at === undefined ? undefined : { first: gate.at, last: gate.at }, [...gate.path, 'at']),
    dependencies: (dependency, context) => outside(context, dependency.id, dependency.neededBy === undefined ? undefined : { first: dependency.neededBy, last: dependency.neededBy }, [...dependency.path, 'needed_by']),
  },
};

function outside(context: EntityContext, id: string, span: WeekSpan | undefined, path: Path): Finding[] {
  if (!span) return [];
  const horizon = context.horizon();
  return horizon && !spanContains(horizon, span) ? [finding(context, id, span, path, horizon)] : [];
}

function finding(context: EntityContext, id: string, span: WeekSpan, path: Path, horizon: WeekSpan): Finding {
  return {
    code: 'RP403',
    message: `${id} (${formatSpan(span)}) lies outside the pack's horizon ${formatSpan(horizon)}.`,
    span: context.span(path),
    related: [{ message: `The horizon is ${formatSpan(horizon)}`, span: context.span(['horizon']) }],
  };
}
