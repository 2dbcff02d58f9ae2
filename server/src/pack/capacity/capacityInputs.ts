import { ItemReuse } from '../cache/itemReuse';
import type { HeadcountStep, Initiative, PackModel } from '../model/types';
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
 * What reading one initiative's planned work depends on besides the
 * initiative: its position, the estimate, and the teams' ids and names in
 * order (which owner names resolve to which team position).
 */
export interface WorkPlace {
  index: number;
  estimate: PackModel['capacity']['estimate'];
  teams: string;
}

/**
 * Reads the capacity inputs from the model. Cut initiatives and those without
 * a span, an effort or a resolvable owner take no capacity (other rules report
 * what is missing). With the document's reuse, an initiative reused from the
 * last check keeps its planned work object, so comparing the inputs costs a
 * pointer test per initiative.
 */
export function capacityInputs(model: PackModel, teams: TeamIndex, ifHired: boolean, reuse = new ItemReuse<WorkPlace, PlannedWork | undefined>()): CapacityInputs {
  const position = new Map(model.teams.map((team, index) => [team, index]));
  const read = (initiative: Initiative, place: WorkPlace) => plannedWork(initiative, place, (owner) => position.get(teams.find(owner)!));
  const teamNames = model.teams.map((team) => `${team.id}\u0000${team.name}`).join('\u0001');
  const work: PlannedWork[] = [];
  model.initiatives.forEach((initiative, index) => {
    const planned = reuse.get(initiative, { index, estimate: model.capacity.estimate, teams: teamNames }, read);
    if (planned) work.push(planned);
  });
  const horizon = model.horizon && { first: model.horizon.first, last: model.horizon.last };
  return { ifHired, horizon, teams: model.teams.map((team) => ({ headcount: team.headcount, bau: team.bau })), work };
}

function plannedWork(initiative: Initiative, place: WorkPlace, teamOf: (owner: string) => number | undefined): PlannedWork | undefined {
  if (initiative.status === 'cut' || !initiative.span || !initiative.effort) return undefined;
  const owners = initiative.owners.flatMap((owner) => {
    const team = teamOf(owner.name);
    return team === undefined ? [] : [{ team, share: owner.share }];
  });
  if (owners.length === 0) return undefined;
  return { initiative: place.index, span: initiative.span, effort: effortAt(initiative.effort, place.estimate), owners };
}
