import { type PortfolioResult, locate, parseIsoDate, portfolioErrors, renderPortfolioView, splitQualified } from '../../pack';
import type { LocateResult, ViewsParams, ViewsResult } from '../../../../protocol/requests';
import type { PackEntry } from '../packStore';
import type { InPortfolio } from '../portfolios';
import { isForThePreview, toDrawnView } from './views';

/**
 * The requested views of a portfolio, drawn from its last check (the one its
 * diagnostics came from, for its current text): the Gantt by pack, the
 * shared teams' capacity by pack and the graph across packs; the other views
 * say which member to open. `errors` counts every file's.
 */
export function drawPortfolioViews(entry: PackEntry, portfolio: PortfolioResult, params: ViewsParams, todayText: string | undefined): ViewsResult {
  const today = todayText === undefined ? undefined : parseIsoDate(todayText);
  const options = { groupBy: params.groupBy ?? 'quarter', weekly: params.weekly ?? false, today };
  const views = params.views.map((view) => {
    const drawn = renderPortfolioView(portfolio, view, options);
    return toDrawnView(view, { ...drawn, warnings: drawn.warnings.filter(isForThePreview) });
  });
  const { errors } = portfolioErrors(portfolio);
  return { version: entry.version, title: portfolio.portfolio.result.model.title, errors, views, portfolio: { files: portfolio.members.length + 1 } };
}

/** Where a qualified id (`platform:redis-cluster`, as a portfolio's views name a member's entity) is defined: in the member's file. */
export function locateQualified(held: InPortfolio | undefined, id: string): LocateResult | null {
  const qualified = splitQualified(id);
  const member = qualified && held?.portfolio.members.find((file) => file.name === qualified.name);
  const entity = member?.result.model.byId.get(qualified!.id);
  if (!member || !entity) return null;
  return { uri: member.uri, range: member.result.lines.rangeOf(locate(member.result.parsed, [...entity.path, 'id'])) };
}
