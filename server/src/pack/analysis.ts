import { AnalysisCache, CheckCache } from './cache/checkCache';
import { capacityInputs } from './capacity/capacityInputs';
import { Contribution, QuarterLoad, TeamLoad, quarterLoads } from './capacity/loads';
import { Misfit, misfits } from './capacity/misfits';
import { OverloadedRun, overloadedRuns } from './capacity/overloads';
import { TeamAnalysis, analyseTeam } from './capacity/teamAnalysis';
import { TeamIndex } from './capacity/teamIndex';
import { Chain, CycleInputs, FoundCycle, cycleInputs, findCycles } from './graph/cycles';
import type { Finding } from './diagnostic';
import { GoalStanding, goalStandings } from './strategy/goals';
import type { Edge, Initiative, PackModel, Team } from './model/types';
import type { MemberContext } from './portfolio/memberContext';
import { isQualified } from './portfolio/qualified';

/** An edge on a dependency cycle, with the chain of edges that closes it. */
export interface CycleEdge {
  edge: Edge;
  /** The ids around the cycle, starting and ending at edge.from (shortened past a dozen). */
  chain: Chain;
  /** The first edges along the cycle, from this one. */
  chainEdges: Edge[];
}

/**
 * Derived facts several rules share, each computed at most once per check and
 * only when a rule asks for it. The cycle and capacity analyses are reused
 * from the document's cache while their inputs are the same; their results
 * name initiatives, teams and edges by position, resolved here in this
 * check's model.
 */
export class PackAnalysis {
  private cachedTeams?: TeamIndex;
  private cachedLoads?: Map<Team, TeamLoad>;
  private cachedCycles?: CycleEdge[];
  private cachedCapacity?: (TeamAnalysis | undefined)[];
  private cachedTargetCounts?: ReadonlyMap<string, number>;
  private cachedCycleInputs?: CycleInputs;
  private cachedUnresolved?: number;
  private cachedTeamPositions?: Map<Team, number>;
  private cachedGoals?: GoalStanding[];

  constructor(
    readonly model: PackModel,
    readonly ifHired: boolean,
    private readonly cache: AnalysisCache = new CheckCache(),
    /** The portfolio the pack is checked in, if any: its teams after the pack's own. */
    readonly portfolio?: MemberContext,
  ) {}

  /** The pack's teams, then the portfolio's (an owner resolves to its own team first). */
  get teams(): TeamIndex {
    return (this.cachedTeams ??= this.portfolio?.teams.length ? new TeamIndex([...this.model.teams, ...this.portfolio.teams]) : TeamIndex.of(this.model));
  }

  /**
   * Weekly load and capacity per team with planned work, in the order of
   * `teams`. A portfolio's teams are not here: only the pack's own teams have
   * positions in the capacity inputs, and the portfolio's own teams are left
   * out when this pack is the portfolio, since their load is the sum over
   * every member (portfolio/sharedCapacity.ts).
   */
  get loads(): Map<Team, TeamLoad> {
    if (this.cachedLoads) return this.cachedLoads;
    const byTeam = new Map<Team, TeamLoad>();
    if (this.portfolio?.isPortfolio) return (this.cachedLoads = byTeam);
    this.capacity().forEach((analysis, index) => {
      const team = this.model.teams[index];
      if (analysis) byTeam.set(team, { ...analysis.load, team });
    });
    return (this.cachedLoads = byTeam);
  }

  /** The team's load per quarter (computed once for as long as the team's capacity inputs stay the same, as are the two below). */
  quarterLoads(team: Team): QuarterLoad[] {
    const analysis = this.teamAnalysis(team);
    return (analysis.quarters ??= quarterLoads(analysis.load));
  }

  /** The runs of weeks in which the team's load is above its capacity. */
  overloadedRuns(team: Team): OverloadedRun<Contribution>[] {
    const analysis = this.teamAnalysis(team);
    return (analysis.overloads ??= overloadedRuns(analysis.load));
  }

  /** The team's contributions larger than its whole capacity over their spans. */
  misfits(team: Team): Misfit<Contribution>[] {
    const analysis = this.teamAnalysis(team);
    return (analysis.misfits ??= misfits(analysis.load, analysis.inputs));
  }

  /**
   * A team's findings for one rule, reused from the document's last check
   * while what they are worded from is the same objects: the team's analysis,
   * the team, every initiative loading it, and the rule's `settings`.
   */
  teamFindings(code: string, team: Team, settings: readonly unknown[], word: () => Finding[]): Finding[] {
    const analysis = this.teamAnalysis(team);
    const inputs: unknown[] = [analysis, team, ...settings];
    for (const contribution of analysis.load.contributions) inputs.push(this.initiativeOf(contribution));
    return this.cache.teamFindings.get(`${code}\u0000${this.teamPosition(team)}`, inputs, this.model.parsed.text, this.cache.change, word);
  }

  /** The initiative of a capacity contribution, in this check's model. */
  initiativeOf(contribution: Contribution): Initiative {
    return this.model.initiatives[contribution.initiative];
  }

  /** Each goal's serving initiatives and whether it is met by its `by` (strategy/goals.ts). */
  get goals(): GoalStanding[] {
    return (this.cachedGoals ??= goalStandings(this.model));
  }

  /** How many edges name each id. */
  get edgeTargetCounts(): ReadonlyMap<string, number> {
    return (this.cachedTargetCounts ??= this.cache.edgeTargets.update(this.cycleInputs.groups));
  }

  /**
   * How many references (`depends_on`, `after`, `affects`, `serves`) name an
   * id that nothing defines. In a portfolio a qualified id (`name:id`) is the
   * portfolio's to resolve (its RP202 is an error on this file), so it is not
   * counted here.
   */
  get unresolvedReferences(): number {
    if (this.cachedUnresolved !== undefined) return this.cachedUnresolved;
    const unresolved = (id: string) => !this.model.byId.has(id) && !this.leftToPortfolio(id);
    let count = 0;
    for (const [id, edges] of this.edgeTargetCounts) if (unresolved(id)) count += edges;
    for (const entity of [...this.model.risks, ...this.model.tradeoffs]) for (const id of entity.input.affects ?? []) if (unresolved(id)) count++;
    for (const initiative of this.model.initiatives) for (const id of initiative.serves) if (unresolved(id)) count++;
    return (this.cachedUnresolved = count);
  }

  /** Whether the pack is checked in a portfolio and `id` is qualified: resolved across packs, not by this check. */
  leftToPortfolio(id: string): boolean {
    return this.portfolio !== undefined && isQualified(id);
  }

  /** Edges on a cycle, as this check's Edge objects. */
  get cycleEdges(): CycleEdge[] {
    return (this.cachedCycles ??= this.cache.cycles.get(this.cycleInputs, findCycles).map((cycle) => this.cycleEdge(cycle)));
  }

  /** The ids and each entity's edges, read once per check for the analyses of edges. */
  private get cycleInputs(): CycleInputs {
    return (this.cachedCycleInputs ??= cycleInputs(this.model));
  }

  private cycleEdge(cycle: FoundCycle): CycleEdge {
    const edges = this.model.edges;
    return { edge: edges[cycle.edge], chain: cycle.chain, chainEdges: cycle.chainEdges.map((n) => edges[n]) };
  }

  /** Each team's capacity analysis by team position, reused per team from the document's cache. */
  private capacity(): (TeamAnalysis | undefined)[] {
    return (this.cachedCapacity ??= this.cache.capacity.get(capacityInputs(this.model, this.teams, this.ifHired, this.cache.loadParts), analyseTeam));
  }

  /** Only for a team with planned work (a key of `loads`). */
  private teamAnalysis(team: Team): TeamAnalysis {
    return this.capacity()[this.teamPosition(team)]!;
  }

  /** The team's index in `model.teams`: looked up per team by every capacity rule, so a scan there was quadratic in teams. */
  private teamPosition(team: Team): number {
    this.cachedTeamPositions ??= new Map(this.model.teams.map((each, index) => [each, index]));
    return this.cachedTeamPositions.get(team) ?? -1;
  }
}
