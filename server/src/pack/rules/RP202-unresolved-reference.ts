import type { Finding, Fix, RelatedInfo } from '../diagnostic';
import type { Span } from '../text/lineIndex';
import type { Edge, Entity, EntityKind, Gate, Initiative, Risk, Tradeoff } from '../model/types';
import type { Path } from '../parse/nodeLoc';
import { isQualified } from '../portfolio/qualified';
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
export interface Field {
  name: string;
  kinds: ReadonlySet<EntityKind>;
  /** "initiative, gate or dependency": after "which no". */
  nothing: string;
  /** "initiatives, gates and register dependencies": after "takes". */
  takes: string;
}

export const SCHEDULABLE: ReadonlySet<EntityKind> = new Set(['initiative', 'gate', 'dependency']);
export const AFFECTS: Readonly<Field> = { name: 'affects', kinds: new Set(['initiative', 'gate']), nothing: 'initiative or gate', takes: 'initiatives and gates' };
export const SERVES: Readonly<Field> = { name: 'serves', kinds: new Set(['goal']), nothing: 'goal', takes: 'goals' };

/** What an edge's field takes, as `affects` and `serves` say it. */
export function edgeField(edge: Edge): Field {
  return { name: fieldOf(edge), kinds: SCHEDULABLE, nothing: 'initiative, gate or dependency', takes: 'initiatives, gates and register dependencies' };
}

function edgeReferences(entity: Initiative | Gate, context: EntityContext): Finding[] {
  const findings: Finding[] = [];
  for (const edge of entity.edges) {
    if (isQualified(edge.to)) {
      if (!context.inPortfolio()) findings.push(needsPortfolio(context, edge.to, edge.path));
      continue;
    }
    const target = context.entity(edge.to);
    if (target && SCHEDULABLE.has(target.kind)) continue;
    const field = edgeField(edge);
    findings.push(target ? wrongKind(context, target, edge.path, `\`${field.name}\` takes ${field.takes}`) : missing(context, edge.to, edge.path, field));
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
    if (isQualified(id)) {
      if (!context.inPortfolio()) findings.push(needsPortfolio(context, id, path));
      return;
    }
    const target = context.entity(id);
    if (!target) findings.push(missing(context, id, path, field));
    else if (!field.kinds.has(target.kind)) findings.push(wrongKind(context, target, path, `\`${field.name}\` takes ${field.takes}`));
  });
  return findings;
}

/** Candidates for "did you mean" are only gathered when something is missing. */
function missing(context: EntityContext, id: string, path: Path, field: Field): Finding {
  const span = context.span(path);
  return missingReference(span, closest(id, context.ids(field.kinds)), `\`${field.name}\` names \`${id}\`, which no ${field.nothing} defines.`);
}

/** A reference to nothing, at `span`, with the closest id as its fix. */
export function missingReference(span: Span, suggestion: string | undefined, message: string): Finding {
  const fixes: Fix[] | undefined = suggestion ? [{ title: `Change to \`${suggestion}\``, edits: [{ span, newText: suggestion }], preferred: true }] : undefined;
  const hint = suggestion ? ` Did you mean \`${suggestion}\`?` : '';
  return { code: 'RP202', message: `${message}${hint}`, span, fixes };
}

/**
 * A qualified reference is resolved by the portfolio that includes the pack
 * (portfolio/crossReferences.ts); checked alone, the pack cannot know it.
 */
function needsPortfolio(context: EntityContext, reference: string, path: Path): Finding {
  const name = reference.slice(0, reference.indexOf(':'));
  return {
    code: 'RP202',
    message: `\`${reference}\` names an entity of the pack included as \`${name}\` in a portfolio, but this pack is checked alone: check its portfolio (the pack with \`includes\`) to resolve it.`,
    span: context.span(path),
  };
}

function wrongKind(context: EntityContext, target: Entity, path: Path, rule: string): Finding {
  return wrongKindReference(context.span(path), target, target.id, rule, { message: `\`${target.id}\` is defined here`, span: context.span([...target.path, 'id']) });
}

/** A reference to an entity of the wrong kind (`shown` as the reference names it), with related information where it is defined. */
export function wrongKindReference(span: Span, target: Entity, shown: string, rule: string, definedAt: RelatedInfo): Finding {
  return { code: 'RP202', message: `\`${shown}\` is ${KIND_NAMES[target.kind]}, but ${rule}.`, span, related: [definedAt] };
}

const KIND_NAMES: Readonly<Record<EntityKind, string>> = { initiative: 'an initiative', gate: 'a gate', risk: 'a risk', dependency: 'a register dependency', goal: 'a goal', tradeoff: 'a trade-off' };
