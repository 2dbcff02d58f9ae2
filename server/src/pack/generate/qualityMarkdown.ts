import { countOrNo } from '../text/format';
import type { Criterion, Dimension, GateChecks, QualityGate } from './qualityTypes';
import { mdLine } from './text';

/** How the gate scores, in a sentence: above every rendering of it. */
export const QUALITY_GATE_RULE = 'Scored from the pack: each dimension has four criteria and scores 1 plus the number it meets (5 = all met). Ship when the pack has no errors and no dimension is below 4.';

/**
 * The gate as a Markdown document in the seed's shape: the rubric table
 * (Dimension | Score | Rationale), the findings of each dimension as a
 * checklist, then the verdict; before them, what the pack's checks found
 * (errors first: they stop a Ship). Every text from the pack is escaped.
 */
export function qualityGateMarkdown(gate: QualityGate, title: string): string {
  return [
    `# Quality Gate: ${mdLine(title)}`,
    '',
    QUALITY_GATE_RULE,
    '',
    '## Checks',
    '',
    ...checkLines(gate.checks),
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

/** One of the gate's checks: met or not, and what was found where not. */
export interface GateCheckItem {
  met: boolean;
  text: string;
}

/**
 * The checks, each with what was found where it is not met: errors, cycles,
 * unresolved references, weekly overloads. `command` formats the command
 * name (Markdown puts it in backticks; the report prints it as it is).
 */
export function gateCheckItems(checks: GateChecks, command: (name: string) => string = (name) => name): GateCheckItem[] {
  const item = (met: boolean, rule: string, found: string) => ({ met, text: `${rule}${met ? '' : `: ${found}`}` });
  return [
    item(checks.errors === 0, 'No errors', `${countOrNo(checks.errors, 'error')} (the Problems view or ${command('roadmap-pack check')} lists them)`),
    item(checks.cycles === 0, 'No dependency cycle', `${countOrNo(checks.cycles, 'dependency cycle')} (RP301)`),
    item(checks.unresolved === 0, 'Every reference resolves', `${countOrNo(checks.unresolved, 'unresolved reference')} (RP202)`),
    item(checks.weeklyOverloads === 0, 'No week over capacity', `${countOrNo(checks.weeklyOverloads, 'run of weeks over capacity', 'runs of weeks over capacity')} (RP503)`),
  ];
}

/** The checks as a Markdown checklist. */
export function checkLines(checks: GateChecks): string[] {
  return gateCheckItems(checks, (name) => `\`${name}\``).map(({ met, text }) => `- [${met ? 'x' : ' '}] ${text}.`);
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
