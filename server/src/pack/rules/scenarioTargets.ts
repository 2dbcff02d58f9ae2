import type { Finding, Fix } from '../diagnostic';
import type { PackModel, ScenarioChange } from '../model/types';
import { changeTarget } from '../scenario/targets';
import { closest } from '../suggest';
import type { RuleContext } from './rule';

/** RP202's part for scenarios: every change names an entity that exists, of the kind it says. */
export function scenarioTargets({ model, span }: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const scenario of model.scenarios) {
    for (const change of scenario.changes) {
      if (changeTarget(model, change)) continue;
      const at = span([...change.path, change.kind]);
      const other = change.kind === 'team' ? undefined : model.byId.get(change.target);
      if (other) {
        findings.push({ code: 'RP202', message: `\`${change.target}\` is a ${other.kind}, not a ${change.kind}: write \`${other.kind}: ${change.target}\`.`, span: span([...change.path, change.kind], 'key'), related: [{ message: `\`${change.target}\` is defined here`, span: span([...other.path, 'id']) }] });
        continue;
      }
      const suggestion = closest(change.target, candidates(model, change));
      const fixes: Fix[] | undefined = suggestion ? [{ title: `Change to \`${suggestion}\``, edits: [{ span: at, newText: suggestion }], preferred: true }] : undefined;
      const hint = suggestion ? ` Did you mean \`${suggestion}\`?` : '';
      findings.push({ code: 'RP202', message: `This change names the ${change.kind} \`${change.target}\`, which no ${change.kind} defines.${hint}`, span: at, fixes });
    }
  }
  return findings;
}

/** The ids a change of this kind could have meant. */
function candidates(model: PackModel, change: ScenarioChange): string[] {
  if (change.kind === 'team') return model.teams.map((team) => team.id);
  return [...model.byId.values()].filter((entity) => entity.kind === change.kind).map((entity) => entity.id);
}
