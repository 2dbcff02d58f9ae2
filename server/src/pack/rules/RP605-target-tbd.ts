import type { Finding } from '../diagnostic';
import type { Path } from '../parse/nodeLoc';
import type { MetricInput } from '../schema/packSchema';
import { isTbd } from '../strategy/completeness';
import type { EntityContext, Rule, RuleContext } from './rule';

export const targetTbd: Readonly<Rule<'RP605'>> = {
  code: 'RP605',
  name: 'target-tbd',
  severity: 'hint',
  summary: 'A target is still "TBD".',
  check: (context) => {
    const { model } = context;
    const findings: Finding[] = [];
    model.metrics.forEach((metric, index) => metricTbds(context, metric.input, ['metrics', index], findings));
    (model.input.strategy?.diagnosis?.evidence ?? []).forEach((row, index) => {
      if (isTbd(row.target)) findings.push(finding(context, row.signal, ['strategy', 'diagnosis', 'evidence', index, 'target']));
    });
    return findings;
  },
  each: {
    initiatives: (initiative, context) => {
      const findings: Finding[] = [];
      initiative.input.metrics?.forEach((metric, index) => metricTbds(context, metric, [...initiative.path, 'metrics', index], findings));
      return findings;
    },
  },
};

function metricTbds(context: Pick<EntityContext, 'span'>, metric: MetricInput, path: Path, findings: Finding[]): void {
  if (isTbd(metric.target)) findings.push(finding(context, metric.name, [...path, 'target']));
  for (const [quarter, target] of Object.entries(metric.targets ?? {})) if (isTbd(target)) findings.push(finding(context, `${metric.name} (${quarter})`, [...path, 'targets', quarter]));
}

function finding(context: Pick<RuleContext, 'span'>, name: string, path: Path): Finding {
  return { code: 'RP605', message: `The target for "${name}" is still TBD: until it has a value, nobody can tell whether the plan worked.`, span: context.span(path) };
}
