import type { AcrossPacks, PackResult } from '../checkPack';
import { isQualified } from './qualified';
import type { PortfolioResult } from './checkPortfolios';
import type { CheckedFile } from './types';

/** A file as its portfolio's last check saw it: the portfolio's result, and the file's own in it. */
export interface FileInPortfolio {
  portfolio: PortfolioResult;
  file: CheckedFile;
}

/** The portfolio, when the file is the portfolio itself (not one of its members): what is drawn and scored across its packs. */
export function asPortfolio(held: FileInPortfolio | undefined): PortfolioResult | undefined {
  return held && held.file === held.portfolio.portfolio ? held.portfolio : undefined;
}

/**
 * A file of a portfolio as the reports on one pack read it (the quality gate,
 * the checklist, views, the report): its check in the portfolio's context,
 * with every finding on it, those across packs included, and what the checks
 * across packs found of it, so a member is scored on the cycles and the
 * qualified references its portfolio sees (`acrossPacks`), not on its own.
 */
export function inContextResult(portfolio: PortfolioResult, file: CheckedFile): PackResult {
  return { ...file.result, diagnostics: file.diagnostics, acrossPacks: acrossPacksOf(portfolio, file) };
}

function acrossPacksOf(portfolio: PortfolioResult, file: CheckedFile): AcrossPacks {
  const { model } = file.result;
  const edges = [...model.initiatives, ...model.gates].flatMap((entity) => entity.edges);
  const named = [...edges.map((edge) => edge.to), ...[...model.risks, ...model.tradeoffs].flatMap((entity) => entity.input.affects ?? []), ...model.initiatives.flatMap((initiative) => initiative.serves)];
  const missing = named.filter((id) => isQualified(id) && portfolio.packs.entity(id) === undefined);
  return { cycleEdges: edges.filter((edge) => portfolio.cycleEdges.has(edge)), unresolved: new Set(missing), unresolvedReferences: missing.length };
}
