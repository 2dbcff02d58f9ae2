import { type CapacityHeadline, loadedTeams, mostLoaded } from '../capacity/headline';
import type { PortfolioResult } from './checkPortfolios';
import type { SharedTeam } from './sharedCapacity';
import type { CheckedFile } from './types';

/**
 * The most loaded team-quarter a file of a portfolio shows in the status bar:
 * its own teams', or a shared team's summed over every pack, where the file
 * adds to that team (the portfolio's file: every shared team). A member that
 * is under capacity alone while its squad is not must not read as fine.
 */
export function portfolioHeadline(result: PortfolioResult, file: CheckedFile): CapacityHeadline | undefined {
  const own = loadedTeams(file.result.analysis);
  const shared = result.capacity.teams.filter((team) => file === result.portfolio || addsTo(result, team, file.path));
  return mostLoaded([...own, ...shared.map(({ team, quarters }) => ({ name: team.name, quarters }))]);
}

/** Whether an initiative of the file at `path` loads the shared team. */
function addsTo(result: PortfolioResult, team: SharedTeam, path: string): boolean {
  return team.analysis.load.contributions.some((part) => result.capacity.contributors[part.initiative]?.pack.path === path);
}
