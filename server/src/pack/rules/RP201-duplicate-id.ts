import type { Finding } from '../diagnostic';
import type { Rule, RuleContext } from './rule';

export const duplicateId: Readonly<Rule<'RP201'>> = {
  code: 'RP201',
  name: 'duplicate-id',
  severity: 'error',
  summary: 'Two initiatives, gates, risks or dependencies (or two teams, or two scenarios) share an id.',
  check: (context) => [...entityDuplicates(context), ...teamDuplicates(context), ...scenarioDuplicates(context)],
};

function entityDuplicates({ model, span }: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const entity of model.repeated) {
    const first = model.byId.get(entity.id)!;
    findings.push({
      code: 'RP201',
      message: `The id \`${entity.id}\` is already used by the ${first.kind} "${first.title}"; ids must be unique across initiatives, gates, risks and dependencies.`,
      span: span([...entity.path, 'id']),
      related: [{ message: `\`${entity.id}\` first defined here`, span: span([...first.path, 'id']) }],
    });
  }
  return findings;
}

function teamDuplicates({ model, span }: RuleContext): Finding[] {
  const seen = new Map<string, (typeof model.teams)[number]>();
  const findings: Finding[] = [];
  for (const team of model.teams) {
    const first = seen.get(team.id.toLowerCase());
    if (!first) {
      seen.set(team.id.toLowerCase(), team);
      continue;
    }
    findings.push({
      code: 'RP201',
      message: `Team id \`${team.id}\` is already used by ${first.name}.`,
      span: span([...team.path, 'id']),
      related: [{ message: 'First defined here', span: span([...first.path, 'id']) }],
    });
  }
  return findings;
}

/** Scenario ids are their own namespace: `check --scenario ID` picks one by it. */
function scenarioDuplicates({ model, span }: RuleContext): Finding[] {
  const seen = new Map<string, (typeof model.scenarios)[number]>();
  const findings: Finding[] = [];
  for (const scenario of model.scenarios) {
    const first = seen.get(scenario.id);
    if (!first) {
      seen.set(scenario.id, scenario);
      continue;
    }
    findings.push({ code: 'RP201', message: `Scenario id \`${scenario.id}\` is already used by "${first.title}"; scenario ids must be unique.`, span: span([...scenario.path, 'id']), related: [{ message: 'First defined here', span: span([...first.path, 'id']) }] });
  }
  return findings;
}
