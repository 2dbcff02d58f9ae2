import { QuarterLoad, TeamLoad, computeLoads, quarterLoads } from './capacity/loads';
import { TeamIndex } from './capacity/teamIndex';
import { CycleEdge, findCycleEdges } from './graph/cycles';
import type { Edge, PackModel, Team } from './model/types';
import { capacitySignature, cycleSignature } from './analysisSignatures';
import { LastResult } from './lastResult';

/** The last analyses, reused while their inputs are unchanged (see lastResult.ts). */
const lastCycles = new LastResult<CycleEdge[]>();
const lastLoads = new LastResult<{ loads: Map<Team, TeamLoad>; quarters: Map<Team, QuarterLoad[]>; teams: readonly Team[] }>();

/**
 * Derived facts several rules share, each computed at most once per check and
 * only when a rule asks for it.
 */
export class PackAnalysis {
  private cachedTeams?: TeamIndex;
  private cachedLoads?: { loads: Map<Team, TeamLoad>; quarters: Map<Team, QuarterLoad[]> };
  private cachedCycles?: CycleEdge[];

  constructor(
    readonly model: PackModel,
    readonly ifHired: boolean,
  ) {}

  get teams(): TeamIndex {
    return (this.cachedTeams ??= TeamIndex.of(this.model));
  }

  /** Weekly load and capacity per team (keyed by the team objects of the check that computed them). */
  get loads(): Map<Team, TeamLoad> {
    return this.capacity().loads;
  }

  quarterLoads(team: Team, load: TeamLoad): QuarterLoad[] {
    const quarters = this.capacity().quarters;
    let result = quarters.get(team);
    if (!result) quarters.set(team, (result = quarterLoads(load)));
    return result;
  }

  /** Edges on a cycle, as this check's Edge objects (the analysis may be an earlier check's). */
  get cycleEdges(): CycleEdge[] {
    return (this.cachedCycles ??= withCurrentEdges(lastCycles.get(cycleSignature(this.model), () => findCycleEdges(this.model)), this.model));
  }

  /**
   * The capacity analysis, possibly from an earlier check with the same inputs:
   * its maps are re-keyed to this check's team objects (same place, same data).
   */
  private capacity() {
    if (this.cachedLoads) return this.cachedLoads;
    const last = lastLoads.get(capacitySignature(this.model, this.ifHired), () => ({ loads: computeLoads(this.model, this.teams, this.ifHired), quarters: new Map<Team, QuarterLoad[]>(), teams: this.model.teams }));
    const current = new Map(last.teams.map((team, index) => [team, this.model.teams[index]]));
    const rekey = <V>(map: Map<Team, V>) => new Map([...map].map(([team, value]) => [current.get(team)!, value]));
    this.cachedLoads = { loads: rekey(last.loads), quarters: last.teams === this.model.teams ? last.quarters : rekey(last.quarters) };
    if (last.teams !== this.model.teams) {
      // Share quarter figures computed from now on with later checks too.
      last.quarters = this.cachedLoads.quarters;
      last.teams = this.model.teams;
      last.loads = this.cachedLoads.loads;
    }
    return this.cachedLoads;
  }
}

function withCurrentEdges(cycles: CycleEdge[], model: PackModel): CycleEdge[] {
  if (cycles.length === 0) return cycles;
  const byPath = new Map(model.edges.map((edge) => [edge.path.join('\u0000'), edge]));
  const current = (edge: Edge) => byPath.get(edge.path.join('\u0000')) ?? edge;
  return cycles.map((cycle) => ({ ...cycle, edge: current(cycle.edge), chainEdges: cycle.chainEdges.map(current) }));
}
