import type { PackResult } from '../checkPack';
import { qualityGate } from '../generate';
import { QUALITY_GATE_RULE, gateCheckItems } from '../generate/qualityMarkdown';
import type { Criterion, Dimension } from '../generate/qualityTypes';
import type { ReportBlock, ReportSection } from './types';

/**
 * The quality gate as `roadmap-pack quality` scores it: the checks, the
 * rubric table, each dimension's criteria met or not, and the verdict.
 */
export function qualitySection(result: PackResult): ReportSection {
  const gate = qualityGate(result);
  const blocks: ReportBlock[] = [
    { kind: 'paragraph', text: `Verdict: ${gate.verdictText}` },
    { kind: 'paragraph', text: QUALITY_GATE_RULE },
    { kind: 'heading', text: 'Checks' },
    { kind: 'checklist', items: gateCheckItems(gate.checks) },
    { kind: 'heading', text: 'Rubric score' },
    { kind: 'table', head: ['Dimension', 'Score', 'Rationale'], rows: gate.dimensions.map((d) => [d.name, String(d.score), d.rationale]) },
    ...gate.dimensions.flatMap(dimensionBlocks),
  ];
  return { id: 'quality', heading: 'Quality gate', blocks };
}

function dimensionBlocks(dimension: Dimension): ReportBlock[] {
  const notes: ReportBlock[] = dimension.notes.length > 0 ? [{ kind: 'list', items: dimension.notes.map((note) => `Note: ${note}`) }] : [];
  return [{ kind: 'heading', text: `${dimension.name}: ${dimension.score}` }, { kind: 'checklist', items: dimension.criteria.map(criterionItem) }, ...notes];
}

/** `rule: summary. Present: … Missing: …` */
function criterionItem(criterion: Criterion): { met: boolean; text: string } {
  const parts = [`${criterion.rule}: ${criterion.summary}.`];
  if (criterion.present.length > 0) parts.push(`Present: ${criterion.present.join(', ')}.`);
  if (criterion.missing.length > 0) parts.push(`Missing: ${criterion.missing.join(', ')}.`);
  return { met: criterion.met, text: parts.join(' ') };
}
