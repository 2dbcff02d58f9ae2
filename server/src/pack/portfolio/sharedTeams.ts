/**
 * A portfolio's teams across its files: an owner in a member that names no
 * team of its own resolves to the portfolio's (memberContext.ts), so that is
 * where definition goes, and the portfolio's team is named by the owners of
 * every member that has no team of that id or name.
 */
import { TeamIndex } from '../capacity/teamIndex';
import type { Team } from '../model/types';
import { symbolAt } from '../navigate/symbolAt';
import { teamOccurrences } from '../navigate/occurrences';
import { locate } from '../parse/parsePack';
import type { Span } from '../text/lineIndex';
import type { PortfolioOccurrence } from './navigate';
import type { PortfolioPack, PortfolioPacks } from './portfolioPacks';
import type { SharedTeam } from './sharedCapacity';

/** A portfolio's team under the cursor, in the portfolio or in a member; `span` is the text at the cursor. */
export interface SharedTeamSymbol {
  team: Team;
  span: Span;
}

/** The portfolio's team the id, name or owner at `offset` in `pack` names; undefined for a member's own team, or none. */
export function sharedTeamAt(packs: PortfolioPacks, pack: PortfolioPack, offset: number): SharedTeamSymbol | undefined {
  const symbol = symbolAt(pack.result.model, offset);
  if (symbol?.kind !== 'team') return undefined;
  const part = symbol.path[symbol.path.length - 1] === symbol.name ? 'key' : 'value';
  const span = locate(pack.result.parsed, symbol.path, part);
  if (pack === packs.portfolio) return symbol.team && { team: symbol.team, span };
  if (symbol.team) return undefined;
  const team = TeamIndex.of(packs.portfolio.result.model).find(symbol.name);
  return team && { team, span };
}

/**
 * Where the portfolio's team is defined and named: its own file's
 * occurrences, and each member's owners that resolve to it (a member's own
 * team of the same id or name wins). `exactId` keeps only owners written as
 * the team's id, what a rename of the id changes.
 */
export function sharedTeamOccurrences(packs: PortfolioPacks, team: Team, exactId = false): PortfolioOccurrence[] {
  const portfolio = packs.portfolio;
  const inPortfolio = teamOccurrences(portfolio.result.model, team.id, exactId).map((occurrence) => ({ pack: portfolio, role: occurrence.role, span: locate(portfolio.result.parsed, occurrence.path, occurrence.part) }));
  const shared = TeamIndex.of(portfolio.result.model);
  const inMembers = packs.members.flatMap((member) => {
    const own = TeamIndex.of(member.result.model);
    return member.result.model.initiatives.flatMap((initiative) =>
      initiative.owners
        .filter((owner) => !own.find(owner.name) && shared.find(owner.name) === team && (!exactId || owner.name === team.id))
        .map((owner): PortfolioOccurrence => ({ pack: member, role: 'reference', span: locate(member.result.parsed, owner.path, owner.path[owner.path.length - 1] === owner.name ? 'key' : 'value') })),
    );
  });
  return [...inPortfolio, ...inMembers];
}

/** The shared team's load over every pack, as the portfolio's check summed it; undefined when it has no planned work. */
export function sharedLoadOf(shared: readonly SharedTeam[], team: Team): SharedTeam | undefined {
  return shared.find((each) => each.team.id === team.id);
}
