import { TeamInputs, ownedParts } from '../capacity/capacityInputs';
import type { CapacityPlaces } from '../capacity/describe';
import { LoadPart, QuarterLoad, quarterLoads } from '../capacity/loads';
import { misfits } from '../capacity/misfits';
import { overloadedRuns } from '../capacity/overloads';
import { TeamAnalysis, analyseTeam } from '../capacity/teamAnalysis';
import type { Initiative, Team } from '../model/types';
import { quarterLevelFindings } from '../rules/capacityQuarter';
import { weeklyOverloadFinding } from '../rules/RP503-weekly-overload';
import { cannotFitFinding } from '../rules/RP504-cannot-fit';
import { FileFinding, PortfolioPack, PortfolioPacks } from './portfolioPacks';

/** An initiative of some pack of the portfolio that loads a shared team: `LoadPart.initiative` is its position in `SharedCapacity.contributors`. */
export interface Contributor {
  pack: PortfolioPack;
  initiative: Initiative;
}

/** A shared team's load over every pack of the portfolio, with its quarters (for findings and views). */
export interface SharedTeam {
  team: Team;
  analysis: TeamAnalysis;
  quarters: QuarterLoad[];
}

/** The capacity of the portfolio's teams, summed over the portfolio's own initiatives and every member's. */
export interface SharedCapacity {
  contributors: Contributor[];
  /** The teams with planned work, in the order of the portfolio's `teams`. */
  teams: SharedTeam[];
}

/**
 * Each portfolio team's load: every initiative of every pack whose owner
 * resolves to it (a member's own team of the same id or name wins, as in its
 * own check), at that pack's `capacity.estimate`, against the team's
 * headcount and BAU as the portfolio defines them. The same analysis as a
 * pack's own teams (capacity/teamAnalysis.ts).
 */
export function sharedCapacity(packs: PortfolioPacks, ifHired: boolean): SharedCapacity {
  const shared = packs.portfolio.result.model.teams;
  const position = new Map(shared.map((team, index) => [team.id, index]));
  const contributors: Contributor[] = [];
  const parts: LoadPart[][] = shared.map(() => []);
  for (const pack of packs.all) {
    const teams = pack.result.analysis.teams;
    const place = { estimate: pack.result.model.capacity.estimate, teams: '' };
    for (const initiative of pack.result.model.initiatives) {
      const owned = ownedParts(initiative, contributors.length, place, (owner) => sharedPosition(pack, teams.find(owner), packs, position));
      if (owned.length === 0) continue;
      contributors.push({ pack, initiative });
      for (const { team, part } of owned) parts[team].push(part);
    }
  }
  const horizon = packs.portfolio.result.model.horizon;
  const teams: SharedTeam[] = [];
  shared.forEach((team, index) => {
    const inputs: TeamInputs = { ifHired, horizon: horizon && { first: horizon.first, last: horizon.last }, staffing: { headcount: team.headcount, bau: team.bau }, parts: parts[index] };
    const analysis = analyseTeam(inputs);
    if (analysis) teams.push({ team, analysis, quarters: quarterLoads(analysis.load) });
  });
  return { contributors, teams };
}

/**
 * The shared team an owner resolved to, by its id: a member's check kept
 * from an earlier call holds the portfolio's teams of that call, equal but
 * not the same objects. A member's own team of the same id is not shared.
 */
function sharedPosition(pack: PortfolioPack, team: Team | undefined, packs: PortfolioPacks, position: ReadonlyMap<string, number>): number | undefined {
  if (!team || (pack !== packs.portfolio && pack.result.model.teams.includes(team))) return undefined;
  return position.get(team.id);
}

/**
 * RP501, RP502 and RP503 on each shared team, in the portfolio's file at the
 * team's entry, with related information at every contributing initiative
 * in its own file; RP504 at the initiative that cannot fit. Worded as a
 * pack's own (rules/capacityQuarter.ts, RP503, RP504), the ids qualified.
 */
export function sharedCapacityFindings(packs: PortfolioPacks, capacity: SharedCapacity, ifHired: boolean): FileFinding[] {
  const places = sharedPlaces(packs, capacity);
  const settings = { warnAt: packs.portfolio.result.model.capacity.warnAt, ifHired };
  const findings: FileFinding[] = [];
  const atPortfolio = (finding: FileFinding['finding']) => findings.push({ path: packs.portfolio.path, finding });
  for (const { team, analysis, quarters } of capacity.teams) {
    for (const level of ['over', 'warn'] as const) quarterLevelFindings(places, team, quarters, level, settings).forEach(atPortfolio);
    for (const run of overloadedRuns(analysis.load)) atPortfolio(weeklyOverloadFinding(places, team, run, ifHired));
    for (const misfit of misfits(analysis.load, analysis.inputs)) findings.push({ path: capacity.contributors[misfit.contribution.initiative].pack.path, finding: cannotFitFinding(places, team, misfit, ifHired) });
  }
  return findings;
}

function sharedPlaces(packs: PortfolioPacks, capacity: SharedCapacity): CapacityPlaces {
  const contributor = (part: LoadPart) => capacity.contributors[part.initiative];
  return {
    initiativeOf: (part) => contributor(part).initiative,
    idOf: (part) => PortfolioPacks.shown(contributor(part).pack, contributor(part).initiative.id),
    effortOf: (part) => PortfolioPacks.place(contributor(part).pack, [...contributor(part).initiative.path, 'effort']),
    teamAt: (team) => PortfolioPacks.place(packs.portfolio, [...team.path, 'id']),
  };
}
