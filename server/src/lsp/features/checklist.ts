import { capacityHeadline, locate, qualityGate } from '../../pack';
import type { Criterion } from '../../pack/generate';
import type { PackEntry } from '../packStore';
import { MOST_CHECKLIST_ITEMS } from '../../../../protocol/requests';
import type { ChecklistCriterion, ChecklistResult } from '../../../../protocol/requests';

/**
 * The quality gate of the pack's current version as the Roadmap Checklist
 * view shows it: the same gate `roadmap-pack quality` prints, each missing
 * thing with the range where the pack writes it, so a click goes to source.
 */
export function checklist(entry: PackEntry): ChecklistResult {
  const { result } = entry;
  const gate = qualityGate(result);
  const peak = capacityHeadline(result.analysis);
  return {
    version: entry.version,
    title: result.model.title,
    verdict: gate.verdict,
    verdictText: gate.verdictText,
    checks: gate.checks,
    dimensions: gate.dimensions.map((dimension) => ({ name: dimension.name, score: dimension.score, criteria: dimension.criteria.map((criterion) => checklistCriterion(entry, criterion)) })),
    ...(peak ? { peak } : {}),
  };
}

function checklistCriterion(entry: PackEntry, criterion: Criterion): ChecklistCriterion {
  const { result } = entry;
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
