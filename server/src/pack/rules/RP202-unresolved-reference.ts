import type { Finding, Fix } from '../diagnostic';
import type { Edge, Entity, EntityKind, Gate, Initiative, Risk, Tradeoff } from '../model/types';
import type { Path } from '../parse/nodeLoc';
import { closest } from '../suggest';
import { scenarioTargets } from './scenarioTargets';
import type { EntityContext, Rule } from './rule';

export const unresolvedReference: Readonly<Rule<'RP202'>> = {
  code: 'RP202',
  name: 'unresolved-reference',
  severity: 'error',
  summary: 'A `depends_on`, `after`, `affects`, `serves` or scenario change names an id that nothing defines, or something of the wrong kind.',
  check: scenarioTargets,
  each: {
    initiatives: (initiative, context) => [...edgeReferences(initiative, context), ...servesReferences(initiative, context)],
    gates: (gate, context) => edgeReferences(gate, context),
    risks: (risk, context) => affectsReferences(risk, context),
    tradeoffs: (tradeoff, context) => affectsReferences(tradeoff, context),
  },
};

/** What each field takes, and how a message names those kinds. */
interface Field {
  name: string;
  kinds: ReadonlySet<EntityKind>;
  /** "initiative, gate or dependency": after "which no". */
  nothing: string;
  /** "initiatives, gates and register dependencies": after "takes". */
  takes: string;
}

const SCHEDULABLE: ReadonlySet<EntityKind> = new Set(['initiative', 'gate', 'dependency']);
const AFFECTS: Readonly<Field> = { name: 'affects', kinds: new Set(['initiative', 'gate']), nothing: 'initiative or gate', takes: 'initiatives and gates' };
const SERVES: Readonly<Field> = { name: 'serves', kinds: new Set(['goal']), nothing: 'goal', takes: 'goals' };

function edgeReferences(entity: Initiative | Gate, context: EntityContext): Finding[] {
  const findings: Finding[] = [];
  for (const edge of entity.edges) {
    const target = context.entity(edge.to);
    if (target && SCHEDULABLE.has(target.kind)) continue;
    const field = fieldOf(edge);
    findings.push(target ? wrongKind(context, target, edge.path, `\`${field}\` takes initiatives, gates and register dependencies`) : missing(context, edge.to, edge.path, SCHEDULABLE, `\`${field}\` names`, 'initiative, gate or dependency'));
  }
  return findings;
}

function fieldOf(edge: Edge): string {
  return edge.milestone === undefined ? 'depends_on' : 'after';
}

function affectsReferences(entity: Risk | Tradeoff, context: EntityContext): Finding[] {
  return listReferences(entity.input.affects ?? [], [...entity.path, 'affects'], AFFECTS, context);
}

/** A cut initiative's `serves` is checked too: a typo is a typo, whatever the status. */
function servesReferences(initiative: Initiative, context: EntityContext): Finding[] {
  return listReferences(initiative.serves, [...initiative.path, 'serves'], SERVES, context);
}

function listReferences(ids: readonly string[], listPath: Path, field: Field, context: EntityContext): Finding[] {
  const findings: Finding[] = [];
  ids.forEach((id, index) => {
    const path = [...listPath, index];
    const target = context.entity(id);
    if (!target) findings.push(missing(context, id, path, field.kinds, `\`${field.name}\` names`, field.nothing));
    else if (!field.kinds.has(target.kind)) findings.push(wrongKind(context, target, path, `\`${field.name}\` takes ${field.takes}`));
  });
  return findings;
}

/** Candidates for "did you mean" are only gathered when something is missing. */
function missing(context: EntityContext, id: string, path: Path, kinds: ReadonlySet<EntityKind>, what: string, nothing: string): Finding {
  const span = context.span(path);
  const suggestion = closest(id, context.ids(kinds));
  const fixes: Fix[] | undefined = suggestion ? [{ title: `Change to \`${suggestion}\``, edits: [{ span, newText: suggestion }], preferred: true }] : undefined;
  const hint = suggestion ? ` Did you mean \`${suggestion}\`?` : '';
  return { code: 'RP202', message: `${what} \`${id}\`, which no ${nothing} defines.${hint}`, span, fixes };
}

function wrongKind(context: EntityContext, target: Entity, path: Path, rule: string): Finding {
  return {
    code: 'RP202',
    message: `\`${target.id}\` is ${KIND_NAMES[target.kind]}, but ${rule}.`,
    span: context.span(path),
    related: [{ message: `\`${target.id}\` is defined here`, span: context.span([...target.path, 'id']) }],
  };
}

const KIND_NAMES: Readonly<Record<EntityKind, string>> = { initiative: 'an initiative', gate: 'a gate', risk: 'a risk', dependency: 'a register dependency', goal: 'a goal', tradeoff: 'a trade-off' };
