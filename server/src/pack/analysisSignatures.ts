import type { PackModel } from './model/types';

/**
 * Everything the dependency-cycle analysis reads: the ids and every edge,
 * with the path it is reported at.
 */
export function cycleSignature(model: PackModel): unknown[] {
  const signature: unknown[] = [...model.byId.keys(), '|'];
  for (const edge of model.edges) {
    signature.push(edge.from, edge.to, edge.type, edge.lag, edge.milestone);
    for (const segment of edge.path) signature.push(segment);
  }
  return signature;
}

/**
 * Everything the capacity analysis reads: each initiative's place, status,
 * span, effort and owners; each team's headcount and BAU; the settings.
 */
export function capacitySignature(model: PackModel, ifHired: boolean): unknown[] {
  const { capacity, horizon } = model;
  const signature: unknown[] = [ifHired, capacity.estimate, capacity.bau, horizon?.first, horizon?.last, '|'];
  for (const team of model.teams) {
    signature.push(team.id, team.name, team.bau, ...team.path);
    for (const step of team.headcount) signature.push(step.from, step.count, step.confirmed);
    signature.push('|');
  }
  for (const initiative of model.initiatives) {
    signature.push(initiative.id, ...initiative.path, initiative.status, initiative.span?.first, initiative.span?.last, initiative.effort?.low, initiative.effort?.high);
    for (const owner of initiative.owners) signature.push(owner.name, owner.share, ...owner.path);
    signature.push('|');
  }
  return signature;
}
