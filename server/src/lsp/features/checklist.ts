import { type PackResult, type PortfolioResult, asPortfolio, capacityHeadline, inContextResult, locate, portfolioHeadline, portfolioQuality, qualityGate } from '../../pack';
import { gateChecks } from '../../pack/generate/qualityChecks';
import type { Criterion } from '../../pack/generate';
import type { PackEntry } from '../packStore';
import type { InPortfolio } from '../portfolios';
import { MOST_CHECKLIST_ITEMS } from '../../../../protocol/requests';
import type { ChecklistCriterion, ChecklistResult } from '../../../../protocol/requests';

/**
 * The quality gate of the pack's current version as the Roadmap Checklist
 * view shows it: the same gate `roadmap-pack quality` prints, each missing
 * thing with the range where the pack writes it, so a click goes to source.
 * A pack in a portfolio is scored in its portfolio's context, with the
 * findings across packs on it, and its peak counts the shared teams' load
 * over every pack, as `roadmap-pack quality` on it does.
 */
export function checklist(entry: PackEntry, context?: InPortfolio): ChecklistResult {
  const portfolio = asPortfolio(context);
  if (portfolio) return portfolioChecklist(entry, portfolio);
  const result = context ? inContextResult(context.portfolio, context.file) : entry.result;
  const gate = qualityGate(result);
  const peak = context ? portfolioHeadline(context.portfolio, context.file) : capacityHeadline(result.analysis);
  return {
    version: entry.version,
    title: result.model.title,
    verdict: gate.verdict,
    verdictText: gate.verdictText,
    checks: gate.checks,
    dimensions: gate.dimensions.map((dimension) => ({ name: dimension.name, score: dimension.score, criteria: dimension.criteria.map((criterion) => checklistCriterion(result, criterion)) })),
    ...(peak ? { peak } : {}),
  };
}

/**
 * A portfolio's gate as `roadmap-pack quality` gives it for one: each member
 * with its verdict, the portfolio's own checks (a shared team over capacity
 * is its error), Ship only when every member ships and it has no error.
 */
function portfolioChecklist(entry: PackEntry, portfolio: PortfolioResult): ChecklistResult {
  const quality = portfolioQuality(portfolio);
  const members = quality.members.map(({ name, uri, title, gate }) => ({ name, title, uri, verdict: gate.verdict, weak: gate.weak, errors: gate.checks.errors }));
  const own = portfolio.portfolio;
  const peak = portfolioHeadline(portfolio, own);
  return {
    version: entry.version,
    title: own.result.model.title,
    verdict: quality.verdict,
    verdictText: quality.verdictText,
    checks: gateChecks(inContextResult(portfolio, own)),
    dimensions: [],
    members,
    ...(peak ? { peak } : {}),
  };
}

function checklistCriterion(result: PackResult, criterion: Criterion): ChecklistCriterion {
  const items = criterion.missing.slice(0, MOST_CHECKLIST_ITEMS).map((label, index) => {
    const path = criterion.missingAt[index];
    return { label, range: path ? result.lines.rangeOf(firstLine(result.parsed.text, locate(result.parsed, path))) : null };
  });
  return { rule: criterion.rule, met: criterion.met, summary: criterion.summary, items, more: criterion.missing.length - items.length };
}

/** An item's first line (`id: alpha`, or a flow mapping's line): a click selects where the item starts, not the whole item. */
function firstLine(text: string, span: { start: number; end: number }): { start: number; end: number } {
  const newline = text.indexOf('\n', span.start);
  return { start: span.start, end: newline === -1 || newline > span.end ? span.end : newline };
}
