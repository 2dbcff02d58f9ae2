import { closest } from '../suggest';
import { relatedAt } from '../capacity/describe';
import type { Finding } from '../diagnostic';
import type { Entity } from '../model/types';
import type { Path } from '../parse/nodeLoc';
import { locate } from '../parse/parsePack';
import { AFFECTS, Field, SERVES, edgeField, missingReference, wrongKindReference } from '../rules/RP202-unresolved-reference';
import { FileFinding, PortfolioPack, PortfolioPacks } from './portfolioPacks';
import { isQualified, qualify, splitQualified } from './qualified';

/** A qualified reference as written: where, and what its field takes. */
interface Reference {
  id: string;
  path: Path;
  field: Field;
}

/**
 * RP202 for every qualified reference (`name:id`) of every pack of the
 * portfolio: a name the portfolio does not include, an id that pack does not
 * define, or an entity of the wrong kind, each with "did you mean" among the
 * include names or that pack's ids. (A pack's own check passes over them.)
 */
export function crossReferenceFindings(packs: PortfolioPacks): FileFinding[] {
  const findings: FileFinding[] = [];
  for (const pack of packs.all) {
    for (const reference of qualifiedReferences(pack)) {
      const finding = resolve(packs, pack, reference);
      if (finding) findings.push({ path: pack.path, finding });
    }
  }
  return findings;
}

function qualifiedReferences(pack: PortfolioPack): Reference[] {
  const model = pack.result.model;
  const references: Reference[] = [];
  const add = (id: string, path: Path, field: Field) => {
    if (isQualified(id)) references.push({ id, path, field });
  };
  for (const entity of [...model.initiatives, ...model.gates]) for (const edge of entity.edges) add(edge.to, edge.path, edgeField(edge));
  for (const initiative of model.initiatives) initiative.serves.forEach((id, index) => add(id, [...initiative.path, 'serves', index], SERVES));
  for (const entity of [...model.risks, ...model.tradeoffs]) (entity.input.affects ?? []).forEach((id, index) => add(id, [...entity.path, 'affects', index], AFFECTS));
  return references;
}

function resolve(packs: PortfolioPacks, pack: PortfolioPack, { id, path, field }: Reference): Finding | undefined {
  const span = locate(pack.result.parsed, path);
  const { name, id: local } = splitQualified(id)!;
  const target = packs.member(name);
  if (!target) {
    // Only a pack that defines the id is worth suggesting, the closest name among those.
    const defines = (member: PortfolioPack) => {
      const kind = member.result.model.byId.get(local)?.kind;
      return kind !== undefined && field.kinds.has(kind);
    };
    const defining = packs.members.filter(defines);
    const suggestion = closest(name, defining.map((member) => member.name)) ?? (defining.length === 1 ? defining[0].name : undefined);
    return missingReference(span, suggestion && qualify(suggestion, local), `\`${field.name}\` names \`${id}\`, but the portfolio includes no pack named \`${name}\` (its packs: ${packs.names().join(', ') || 'none'}).`);
  }
  const entity = target.result.model.byId.get(local);
  if (!entity) return missingReference(span, closest(id, packs.qualifiedIds(target, field.kinds)), `\`${field.name}\` names \`${id}\`, which no ${field.nothing} of the pack \`${name}\` defines.`);
  if (!field.kinds.has(entity.kind)) return wrongKindReference(span, entity, id, `\`${field.name}\` takes ${field.takes}`, definedAt(target, entity, id));
  return undefined;
}

function definedAt(target: PortfolioPack, entity: Entity, shown: string) {
  return relatedAt(PortfolioPacks.place(target, [...entity.path, 'id']), `\`${shown}\` is defined here`);
}
