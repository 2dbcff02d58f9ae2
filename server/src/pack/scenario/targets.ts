import type { Entity, EntityKind, PackModel, ScenarioChange, Team } from '../model/types';

/** What a change names: an entity of the model, a team, or the pack-wide capacity. */
export type ChangeTarget = { kind: 'entity'; entity: Entity } | { kind: 'team'; team: Team } | { kind: 'capacity' };

/**
 * The entity a change names, when it exists and is of the kind the change
 * says; undefined otherwise (RP202 reports that). A team is named by its id.
 */
export function changeTarget(model: PackModel, change: ScenarioChange): ChangeTarget | undefined {
  if (change.kind === 'capacity') return { kind: 'capacity' };
  if (change.kind === 'team') {
    const team = model.teams.find((candidate) => candidate.id === change.target);
    return team && { kind: 'team', team };
  }
  const entity = model.byId.get(change.target);
  return entity?.kind === (change.kind satisfies EntityKind) ? { kind: 'entity', entity } : undefined;
}
