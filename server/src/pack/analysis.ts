import { QuarterLoad, TeamLoad, computeLoads, quarterLoads } from './capacity/loads';
import { TeamIndex } from './capacity/teamIndex';
import { CycleEdge, findCycleEdges } from './graph/cycles';
import type { PackModel, Team } from './model/types';

/**
 * Derived facts several rules share, each computed at most once per check and
 * only when a rule asks for it.
 */
export class PackAnalysis {
  private cachedTeams?: TeamIndex;
  private cachedLoads?: Map<Team, TeamLoad>;
  private cachedCycles?: CycleEdge[];
  private readonly cachedQuarters = new Map<Team, QuarterLoad[]>();

  constructor(
    readonly model: PackModel,
    readonly ifHired: boolean,
  ) {}

  get teams(): TeamIndex {
    return (this.cachedTeams ??= TeamIndex.of(this.model));
  }

  get loads(): Map<Team, TeamLoad> {
    return (this.cachedLoads ??= computeLoads(this.model, this.teams, this.ifHired));
  }

  quarterLoads(team: Team, load: TeamLoad): QuarterLoad[] {
    let quarters = this.cachedQuarters.get(team);
    if (!quarters) this.cachedQuarters.set(team, (quarters = quarterLoads(load)));
    return quarters;
  }

  get cycleEdges(): CycleEdge[] {
    return (this.cachedCycles ??= findCycleEdges(this.model));
  }
}
