import type { HeadcountStep, PackModel } from '../model/types';
import { effortAt } from '../model/values';
import type { WeekSpan } from '../time';
import { TeamIndex } from './teamIndex';

/** One initiative's planned work, with its owners resolved to team positions. */
export interface PlannedWork {
  /** Position in the model's `initiatives`. */
  initiative: number;
  span: WeekSpan;
  /** Engineer-weeks at the pack's estimate. */
  effort: number;
  owners: { team: number; share: number }[];
}

/** Everything the capacity analysis reads, as plain data (see cache/reuse.ts). */
export interface CapacityInputs {
  ifHired: boolean;
  horizon: WeekSpan | undefined;
  /** Per position in the model's `teams`. */
  teams: { headcount: HeadcountStep[]; bau: number }[];
  work: PlannedWork[];
}

/**
 * Reads the capacity inputs from the model. Cut initiatives and those without
 * a span, an effort or a resolvable owner take no capacity (other rules report
 * what is missing).
 */
export function capacityInputs(model: PackModel, teams: TeamIndex, ifHired: boolean): CapacityInputs {
  const position = new Map(model.teams.map((team, index) => [team, index]));
  const work: PlannedWork[] = [];
  model.initiatives.forEach((initiative, index) => {
    if (initiative.status === 'cut' || !initiative.span || !initiative.effort) return;
    const owners = initiative.owners.flatMap((owner) => {
      const team = teams.find(owner.name);
      return team ? [{ team: position.get(team)!, share: owner.share }] : [];
    });
    if (owners.length > 0) work.push({ initiative: index, span: initiative.span, effort: effortAt(initiative.effort, model.capacity.estimate), owners });
  });
  const horizon = model.horizon && { first: model.horizon.first, last: model.horizon.last };
  return { ifHired, horizon, teams: model.teams.map((team) => ({ headcount: team.headcount, bau: team.bau })), work };
}
