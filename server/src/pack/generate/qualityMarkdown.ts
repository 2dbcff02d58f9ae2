import type { Criterion, Dimension, QualityGate } from './qualityTypes';
import { mdLine } from './text';

/**
 * The gate as a Markdown document in the seed's shape: the rubric table
 * (Dimension | Score | Rationale), the findings of each dimension as a
 * checklist, then the verdict. Every text from the pack is escaped.
 */
export function qualityGateMarkdown(gate: QualityGate, title: string): string {
  return [
    `# Quality Gate: ${mdLine(title)}`,
    '',
    'Scored from the pack: each dimension has four criteria and scores 1 plus the number it meets (5 = all met). Ship when no dimension is below 4.',
    '',
    '## Rubric score',
    '',
    '| Dimension | Score | Rationale |',
    '|---|---|---|',
    ...gate.dimensions.map((d) => `| ${d.name} | ${d.score} | ${mdLine(d.rationale)} |`),
    '',
    '## Findings',
    ...gate.dimensions.flatMap(findings),
    '',
    '## Verdict',
    '',
    `**Verdict:** ${mdLine(gate.verdictText)}`,
    '',
  ].join('\n');
}

function findings(dimension: Dimension): string[] {
  return ['', `### ${dimension.name}: ${dimension.score}`, '', ...dimension.criteria.map(criterionLine), ...dimension.notes.map((note) => `- Note: ${mdLine(note)}`)];
}

/** `- [x] rule: summary. Present: … Missing: …` */
function criterionLine(criterion: Criterion): string {
  const parts = [`- [${criterion.met ? 'x' : ' '}] ${mdLine(criterion.rule)}: ${mdLine(criterion.summary)}.`];
  if (criterion.present.length > 0) parts.push(`Present: ${criterion.present.map(mdLine).join(', ')}.`);
  if (criterion.missing.length > 0) parts.push(`Missing: ${criterion.missing.map(mdLine).join(', ')}.`);
  return parts.join(' ');
}
