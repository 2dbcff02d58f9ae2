/**
 * The views of a portfolio (a pack with `includes`), drawn from its last
 * check: the Gantt by pack, the shared teams' capacity stacked by pack and
 * the dependency graph across packs. The other views are each member's
 * own, and say so in one line. Pure, as the pack's views are; every label
 * from a pack goes through `escape.ts`.
 */
import type { PortfolioResult } from '../../portfolio/checkPortfolios';
import { plural } from '../../text/format';
import type { ViewName } from '../names';
import { RenderedView, failedView, sizeWarnings } from '../shared';
import type { GanttOptions } from '../gantt';
import type { CapacityOptions } from '../capacity';
import { sharedCapacityView } from './capacity';
import { portfolioDependencies } from './dependencies';
import { portfolioGantt } from './gantt';
import { memberOnlyView } from './reasons';

export { CROSS_LINK_STYLE, PACK_BOX_CLASS } from './dependencies';

export type PortfolioViewOptions = GanttOptions & CapacityOptions;

/** Draws one view of a checked portfolio. Never throws, as renderView does not. */
export function renderPortfolioView(portfolio: PortfolioResult, view: ViewName, options: PortfolioViewOptions = {}): RenderedView {
  let rendered: RenderedView;
  try {
    rendered = draw(portfolio, view, options);
  } catch (error) {
    return failedView(view, error);
  }
  return { ...rendered, warnings: [...portfolioWarnings(portfolio), ...rendered.warnings, ...sizeWarnings(rendered)] };
}

function draw(portfolio: PortfolioResult, view: ViewName, options: PortfolioViewOptions): RenderedView {
  switch (view) {
    case 'gantt':
      return portfolioGantt(portfolio, options);
    case 'capacity':
      return sharedCapacityView(portfolio, options);
    case 'deps':
      return portfolioDependencies(portfolio);
    default:
      return memberOnlyView(view);
  }
}

/** The errors of the portfolio's files: its own and every member's, in its context. */
export function portfolioErrors(portfolio: PortfolioResult): { errors: number; files: number } {
  const files = [portfolio.portfolio, ...portfolio.members];
  const errors = files.reduce((sum, file) => sum + file.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length, 0);
  return { errors, files: files.filter((file) => file.diagnostics.some((diagnostic) => diagnostic.severity === 'error')).length };
}

/** `The portfolio has 2 errors in 1 of its 3 files; …`: a portfolio's errors may be in any of them. */
function portfolioWarnings(portfolio: PortfolioResult): string[] {
  const { errors, files } = portfolioErrors(portfolio);
  if (errors === 0) return [];
  return [`The portfolio has ${plural(errors, 'error')} in ${files} of its ${portfolio.members.length + 1} files; the view draws what is valid.`];
}
