import type { Finding, Fix } from '../diagnostic';
import type { Edge, Entity, EntityKind, Gate, Initiative, Risk } from '../model/types';
import type { Path } from '../parse/nodeLoc';
import { closest } from '../suggest';
import type { EntityContext, Rule } from './rule';

export const unresolvedReference: Readonly<Rule<'RP202'>> = {
  code: 'RP202',
  name: 'unresolved-reference',
  severity: 'error',
  summary: 'A `depends_on`, `after` or `affects` names an id that nothing defines, or something of the wrong kind.',
  each: {
    initiatives: (initiative, context) => edgeReferences(initiative, context),
    gates: (gate, context) => edgeReferences(gate, context),
    risks: (risk, context) => affectsReferences(risk, context),
  },
};

const SCHEDULABLE: ReadonlySet<EntityKind> = new Set(['initiative', 'gate', 'dependency']);
const AFFECTABLE: ReadonlySet<EntityKind> = new Set(['initiative', 'gate']);

function edgeReferences(entity: Initiative | Gate, context: EntityContext): Finding[] {
  const findings: Finding[] = [];
  for (const edge of entity.edges) {
    const target = context.entity(edge.to);
    if (target && SCHEDULABLE.has(target.kind)) continue;
    const field = fieldOf(edge);
    findings.push(target ? wrongKind(context, target, edge.path, `\`${field}\` takes initiatives, gates and register dependencies`) : missing(context, edge.to, edge.path, SCHEDULABLE, `\`${field}\` names`));
  }
  return findings;
}

function fieldOf(edge: Edge): string {
  return edge.milestone === undefined ? 'depends_on' : 'after';
}

function affectsReferences(risk: Risk, context: EntityContext): Finding[] {
  const findings: Finding[] = [];
  (risk.input.affects ?? []).forEach((id, index) => {
    const path = [...risk.path, 'affects', index];
    const target = context.entity(id);
    if (!target) findings.push(missing(context, id, path, AFFECTABLE, '`affects` names'));
    else if (!AFFECTABLE.has(target.kind)) findings.push(wrongKind(context, target, path, '`affects` takes initiatives and gates'));
  });
  return findings;
}

/** Candidates for "did you mean" are only gathered when something is missing. */
function missing(context: EntityContext, id: string, path: Path, kinds: ReadonlySet<EntityKind>, what: string): Finding {
  const span = context.span(path);
  const suggestion = closest(id, context.ids(kinds));
  const fixes: Fix[] | undefined = suggestion ? [{ title: `Change to \`${suggestion}\``, edits: [{ span, newText: suggestion }], preferred: true }] : undefined;
  const hint = suggestion ? ` Did you mean \`${suggestion}\`?` : '';
  return { code: 'RP202', message: `${what} \`${id}\`, which no initiative, gate or dependency defines.${hint}`, span, fixes };
}

function wrongKind(context: EntityContext, target: Entity, path: Path, rule: string): Finding {
  return {
    code: 'RP202',
    message: `\`${target.id}\` is a ${target.kind === 'dependency' ? 'register dependency' : target.kind}, but ${rule}.`,
    span: context.span(path),
    related: [{ message: `\`${target.id}\` is defined here`, span: context.span([...target.path, 'id']) }],
  };
}
