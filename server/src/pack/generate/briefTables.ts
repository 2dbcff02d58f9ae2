import type { Edge, Initiative, PackModel } from '../model/types';
import { formatSpan, formatWeek } from '../time';
import { briefText } from './text';

/** A placeholder where the pack has nothing: italic, so that it stands out as text to replace. */
export const TODO = '_…_';

/**
 * Dependency | Type | Status, one row per id the initiative (or one of its
 * milestones) waits for: other initiatives, gates and register dependencies.
 */
export function dependencyRows(model: PackModel, initiative: Initiative): string[] {
  const edges = model.edges.filter((edge) => edge.from === initiative.id);
  const seen = new Set<string>();
  const rows = edges.filter((edge) => !seen.has(edge.to) && seen.add(edge.to)).map((edge) => dependencyRow(model, initiative, edge));
  return table(['Dependency', 'Type', 'Status'], rows.length ? rows : [[TODO, TODO, TODO]]);
}

function dependencyRow(model: PackModel, initiative: Initiative, edge: Edge): string[] {
  const target = model.byId.get(edge.to);
  const name = `${briefText(target?.title ?? edge.to)} (${briefText(edge.to)})`;
  const scope = edge.milestone === undefined ? '' : `, before "${briefText(initiative.milestones[edge.milestone]?.name ?? '')}"`;
  if (target?.kind === 'initiative') {
    const lag = edge.lag ? `, ${edge.lag > 0 ? '+' : ''}${edge.lag}w` : '';
    return [name, `Initiative (${edge.type}${lag}${scope})`, `${target.status}${target.span ? `, ${formatSpan(target.span)}` : ''}`];
  }
  if (target?.kind === 'gate') return [name, `Decision gate${scope}`, target.at === undefined ? 'no date' : `decided end of ${formatWeek(target.at)}`];
  if (target?.kind === 'dependency') {
    const parties = [target.input.provider, target.input.requester].every(Boolean) ? `: ${briefText(target.input.provider!)} to ${briefText(target.input.requester!)}` : '';
    const due = target.neededBy === undefined ? 'no needed-by date' : `needed by ${formatWeek(target.neededBy)}`;
    return [name, `Cross-team${parties}${scope}`, `${target.input.status ?? 'open'}, ${due}`];
  }
  return [name, target ? target.kind : 'Unknown', 'not in the pack'];
}

/** Risk | Likelihood | Impact | Mitigation, from the risks that name the initiative in `affects`. */
export function riskRows(model: PackModel, initiative: Initiative): string[] {
  const risks = model.risks.filter((risk) => (risk.input.affects ?? []).includes(initiative.id));
  const rows = risks.map((risk) => [briefText(risk.title), level(risk.input.likelihood), level(risk.input.impact), risk.input.mitigation ? briefText(risk.input.mitigation) : TODO]);
  const head = table(['Risk', 'Likelihood', 'Impact', 'Mitigation'], rows);
  // A risk table's Likelihood and Impact must be levels: with no risk in the pack, the table stays empty for the user to fill.
  return rows.length ? head : [...head, '', '_No risk in the pack names this initiative in its `affects`: add rows to the table._'];
}

function level(value: string | undefined): string {
  return value ? value[0].toUpperCase() + value.slice(1) : TODO;
}

/** Metric | Baseline | Target; quarterly targets joined in quarter order: `<25 min (2026-Q3), <15 min (2026-Q4)`. */
export function metricRows(initiative: Initiative): string[] {
  const rows = (initiative.input.metrics ?? []).map((metric) => {
    const quarterly = Object.entries(metric.targets ?? {}).sort(([a], [b]) => a.localeCompare(b)).map(([quarter, value]) => `${briefText(value)} (${quarter})`);
    const target = metric.target !== undefined ? [briefText(metric.target), ...quarterly].join(', ') : quarterly.join(', ');
    return [briefText(metric.name), metric.baseline !== undefined ? briefText(metric.baseline) : TODO, target || TODO];
  });
  return table(['Metric', 'Baseline', 'Target'], rows.length ? rows : [[TODO, TODO, TODO]]);
}

function table(header: string[], rows: string[][]): string[] {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)];
}

