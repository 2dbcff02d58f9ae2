import type { PackModel } from '../model/types';
import type { Path } from '../parse/nodeLoc';
import { TeamIndex } from '../capacity/teamIndex';

export interface Occurrence {
  path: Path;
  /** Where the id is defined, or where it is used. */
  role: 'definition' | 'reference';
  /** The span is a mapping key (`owner: { infra: 70% }`), not a value. */
  part: 'key' | 'value';
}

/** Every place an entity id is defined or referenced in the pack. */
export function entityOccurrences(model: PackModel, id: string): Occurrence[] {
  const definitions = [...model.initiatives, ...model.gates, ...model.risks, ...model.dependencies, ...model.goals, ...model.tradeoffs]
    .filter((entity) => entity.id === id)
    .map((entity): Occurrence => ({ path: [...entity.path, 'id'], role: 'definition', part: 'value' }));
  const edges = model.edges.filter((edge) => edge.to === id).map((edge): Occurrence => ({ path: edge.path, role: 'reference', part: 'value' }));
  const affects = [...model.risks, ...model.tradeoffs].flatMap((entity) => listReferences(entity.input.affects, [...entity.path, 'affects'], id));
  const serves = model.initiatives.flatMap((initiative) => listReferences(initiative.serves, [...initiative.path, 'serves'], id));
  return [...definitions, ...edges, ...affects, ...serves];
}

/** The places in a list of ids (`affects`, `serves`) that name `id`. */
function listReferences(ids: readonly string[] | undefined, path: Path, id: string): Occurrence[] {
  return (ids ?? []).flatMap((target, index): Occurrence[] => (target === id ? [{ path: [...path, index], role: 'reference', part: 'value' }] : []));
}

/**
 * Every place a team is defined or named as an owner. `exactId` keeps only
 * owners written as the team's id (what a rename of the id must change).
 */
export function teamOccurrences(model: PackModel, teamId: string, exactId = false): Occurrence[] {
  const index = TeamIndex.of(model);
  const team = index.find(teamId);
  const definitions = model.teams.filter((candidate) => candidate === team).map((candidate): Occurrence => ({ path: [...candidate.path, 'id'], role: 'definition', part: 'value' }));
  const owners = model.initiatives.flatMap((initiative) =>
    initiative.owners
      .filter((owner) => (exactId ? owner.name === team?.id : index.find(owner.name) === team))
      .map((owner): Occurrence => ({ path: owner.path, role: 'reference', part: owner.path[owner.path.length - 1] === owner.name ? 'key' : 'value' })),
  );
  return team ? [...definitions, ...owners] : [];
}
