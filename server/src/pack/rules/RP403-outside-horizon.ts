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
    const findings: Finding[] = [];
    // Loops, and a path only for what lies outside: this runs on every keystroke over every initiative.
    const check = (id: string, span: WeekSpan | undefined, path: Path, field: string) => {
      if (span && !spanContains(horizon, span)) findings.push(finding(context, id, span, [...path, field], horizon));
    };
    for (const i of model.initiatives) check(i.id, i.span, i.path, 'when');
    for (const g of model.gates) check(g.id, g.at === undefined ? undefined : { first: g.at, last: g.at }, g.path, 'at');
    for (const d of model.dependencies) check(d.id, d.neededBy === undefined ? undefined : { first: d.neededBy, last: d.neededBy }, d.path, 'needed_by');
    return findings;
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
