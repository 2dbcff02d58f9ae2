import type { PortfolioResult } from '../../portfolio/checkPortfolios';
import type { CheckedFile } from '../../portfolio/types';

/** One pack of a portfolio as its views draw it: its include name ('' for the portfolio's own file), a title for its section, its check. */
export interface ViewedPack {
  name: string;
  title: string;
  file: CheckedFile;
}

/**
 * The portfolio's own file first (it may plan work of its own; a section
 * with nothing to draw is left out), then its members in the order of
 * `includes`. A section is titled with the pack's title, else its include name.
 */
export function viewedPacks(portfolio: PortfolioResult): ViewedPack[] {
  const own = { name: '', title: portfolio.portfolio.result.model.title.trim() || 'Portfolio', file: portfolio.portfolio };
  return [own, ...portfolio.members.map((file) => ({ name: file.name, title: file.result.model.title.trim() || file.name, file }))];
}

/** How a warning names a pack: its include name, or "the portfolio" for its own file. */
export function packNameOf(pack: ViewedPack): string {
  return pack.name === '' ? 'the portfolio' : pack.name;
}
