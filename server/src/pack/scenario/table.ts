import { mdLine } from '../generate/text';
import { percentText } from '../model/values';
import { plainText } from '../views/escape';
import type { PlanFigures, TeamPeak } from './compare';

/** The side-by-side table as rows of cells: a label, then one cell per plan. */
export function comparisonRows(plans: readonly PlanFigures[]): { heads: string[]; rows: string[][] } {
  const heads = ['', ...plans.map((plan) => plan.scenario ?? 'baseline')];
  const rows: string[][] = [
    ['errors', ...plans.map((plan) => String(plan.errors))],
    ['warnings', ...plans.map((plan) => String(plan.warnings))],
  ];
  for (const team of plans[0]?.teams ?? []) {
    const peaks = plans.map((plan) => plan.teams.find((candidate) => candidate.id === team.id));
    rows.push([`${team.name}: peak quarter`, ...peaks.map((peak) => quarterCell(peak))]);
    rows.push([`${team.name}: peak week`, ...peaks.map((peak) => weekCell(peak))]);
  }
  if (plans.some((plan) => plan.gates.some((gate) => gate.p80 !== undefined))) {
    for (const gate of plans[0]?.gates ?? []) rows.push([`${gate.id}: P80`, ...plans.map((plan) => plan.gates.find((candidate) => candidate.id === gate.id)?.p80 ?? '-')]);
  }
  return { heads, rows };
}

function quarterCell(peak: TeamPeak | undefined): string {
  return peak?.quarter ? `${peak.quarter.quarter} ${utilisationText(peak.quarter.utilisation)}` : '-';
}

function weekCell(peak: TeamPeak | undefined): string {
  return peak?.week ? `${peak.week.week} ${utilisationText(peak.week.utilisation)}` : '-';
}

function utilisationText(utilisation: number): string {
  return Number.isFinite(utilisation) ? percentText(utilisation) : 'no capacity';
}

/** Plain text for a terminal: columns padded to their widest cell, each scenario's title below. */
export function comparisonText(title: string, plans: readonly PlanFigures[]): string {
  const { heads, rows } = comparisonRows(plans);
  const table = [heads, ...rows].map((row) => row.map((cell) => plainText(cell, { maxLength: 60 })));
  const widths = heads.map((_, column) => Math.max(...table.map((row) => row[column].length)));
  const lines = table.map((row) => row.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd());
  const titles = plans.filter((plan) => plan.scenario !== undefined).map((plan) => `  ${plan.scenario}: ${plainText(plan.title, { maxLength: 120 })}`);
  return [`${plainText(title, { maxLength: 120 })}: the baseline and ${plans.length - 1} scenario${plans.length === 2 ? '' : 's'}`, '', ...lines, ...(titles.length > 0 ? ['', ...titles] : []), ''].join('\n');
}

/** A Markdown table, pack text escaped. */
export function comparisonMarkdown(title: string, plans: readonly PlanFigures[]): string {
  const { heads, rows } = comparisonRows(plans);
  const cell = (text: string) => mdLine(plainText(text, { maxLength: 120 }));
  const lines = [`## ${cell(title)}: scenarios`, '', `| ${heads.map(cell).join(' | ')} |`, `|${heads.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)];
  const titles = plans.filter((plan) => plan.scenario !== undefined).map((plan) => `- **${cell(plan.scenario!)}**: ${cell(plan.title)}`);
  return [...lines, ...(titles.length > 0 ? ['', ...titles] : []), ''].join('\n');
}
