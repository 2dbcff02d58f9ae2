import { QuarterLoad, TeamLoad, computeLoads, quarterLoads } from './capacity/loads';
import { TeamIndex } from './capacity/teamIndex';
import { CycleEdge, findCycleEdges } from './graph/cycles';
import type { Edge, PackModel, Team } from './model/types';
import { capacitySignature, cycleSignature } from './analysisSignatures';
import { LastResult } from './lastResult';

/** The last analyses, reused while their inputs are unchanged (see lastResult.ts). */
const lastCycles = new LastResult<CycleEdge[]>();
/** Capacity by team position in `teams` (positions and team data are part of the signature). */
const lastLoads = new LastResult<{ loads: (TeamLoad | undefined)[]; quarters: (QuarterLoad[] | undefined)[] }>();

/**
 * Derived facts several rules share, each computed at most once per check and
 * only when a rule asks for it.
 */
export class PackAnalysis {
  private cachedTeams?: TeamIndex;
  private cachedLoads?: Map<Team, TeamLoad>;
  private cachedCapacity?: { loads: (TeamLoad | undefined)[]; quarters: (QuarterLoad[] | undefined)[] };
  private cachedCycles?: CycleEdge[];

  constructor(
    readonly model: PackModel,
    readonly ifHired: boolean,
  ) {}

  get teams(): TeamIndex {
    return (this.cachedTeams ??= TeamIndex.of(this.model));
  }

  /** Weekly load and capacity per team with planned work, keyed by this check's team objects. */
  get loads(): Map<Team, TeamLoad> {
    if (this.cachedLoads) return this.cachedLoads;
    const { loads } = this.capacity();
    const byTeam = new Map<Team, TeamLoad>();
    this.model.teams.forEach((team, index) => {
      if (loads[index]) byTeam.set(team, loads[index]);
    });
    return (this.cachedLoads = byTeam);
  }

  /** The team's load per quarter, computed once for as long as the capacity inputs stay the same. */
  quarterLoads(team: Team, load: TeamLoad): QuarterLoad[] {
    const { quarters } = this.capacity();
    const index = this.model.teams.indexOf(team);
    if (index === -1) return quarterLoads(load);
    return (quarters[index] ??= quarterLoads(load));
  }

  /** Edges on a cycle, as this check's Edge objects (the analysis may be an earlier check's). */
  get cycleEdges(): CycleEdge[] {
    return (this.cachedCycles ??= withCurrentEdges(lastCycles.get(cycleSignature(this.model), () => findCycleEdges(this.model)), this.model));
  }

  /** The capacity analysis, possibly an earlier check's with the same inputs. */
  private capacity() {
    return (this.cachedCapacity ??= lastLoads.get(capacitySignature(this.model, this.ifHired), () => {
      const byTeam = computeLoads(this.model, this.teams, this.ifHired);
      return { loads: this.model.teams.map((team) => byTeam.get(team)), quarters: [] };
    }));
  }
}

function withCurrentEdges(cycles: CycleEdge[], model: PackModel): CycleEdge[] {
  if (cycles.length === 0) return cycles;
  const byPath = new Map(model.edges.map((edge) => [edge.path.join('\u0000'), edge]));
  const current = (edge: Edge) => byPath.get(edge.path.join('\u0000')) ?? edge;
  return cycles.map((cycle) => ({ ...cycle, edge: current(cycle.edge), chainEdges: cycle.chainEdges.map(current) }));
}
