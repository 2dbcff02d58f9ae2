import { type PackResult, capacityHeadline, inContextResult, locate, portfolioHeadline, qualityGate } from '../../pack';
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
  const result = context ? inContextResult(context.file) : entry.result;
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
