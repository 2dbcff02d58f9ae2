import type { PackAnalysis } from '../analysis';
import { formatQuarter } from '../time';
import type { QuarterLoadOf } from './loads';

export interface CapacityHeadline {
  team: string;
  quarter: string;
  utilisation: number;
}

/** A team's name and its load quarter by quarter, as the headline reads them. */
export interface LoadedTeam {
  name: string;
  quarters: readonly QuarterLoadOf<unknown>[];
}

/** The most loaded team-quarter of the pack, for a status bar. */
export function capacityHeadline(analysis: PackAnalysis): CapacityHeadline | undefined {
  return mostLoaded(loadedTeams(analysis));
}

/** The pack's teams with planned work, each with its quarters. */
export function loadedTeams(analysis: PackAnalysis): LoadedTeam[] {
  return [...analysis.loads.keys()].map((team) => ({ name: team.name, quarters: analysis.quarterLoads(team) }));
}

/** The most loaded quarter of any of the teams; a quarter with no capacity counts as infinitely loaded. */
export function mostLoaded(teams: Iterable<LoadedTeam>): CapacityHeadline | undefined {
  let best: CapacityHeadline | undefined;
  for (const team of teams) {
    for (const quarter of team.quarters) {
      const utilisation = quarter.capacity > 0 ? quarter.load / quarter.capacity : Infinity;
      if (!best || utilisation > best.utilisation) best = { team: team.name, quarter: formatQuarter(quarter.quarter), utilisation };
    }
  }
  return best;
}
