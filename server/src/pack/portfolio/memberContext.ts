import type { Team } from '../model/types';

/**
 * What a pack's own check (checkPack) is told about the portfolio it is
 * checked in (`CheckOptions.portfolio`). Everything across packs is checked by
 * the portfolio (checkPortfolios) over the members' models; this is only what
 * changes inside one pack's check:
 * - its owners resolve to its own teams first, then to `teams`;
 * - the capacity of a shared team is not its to report (the portfolio sums it
 *   over every member);
 * - a qualified reference `name:id` is the portfolio's to resolve, so the
 *   pack's own RP202 passes over it (checked alone, RP202 says that it needs
 *   its portfolio).
 */
export interface MemberContext {
  /** The portfolio's teams, shared by every member (an own team of the same id or name wins). */
  teams: readonly Team[];
  /** Set when the checked pack is the portfolio itself: its own teams are the shared ones. */
  isPortfolio?: boolean;
}
