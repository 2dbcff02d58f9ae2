import type { PackResult } from '../checkPack';
import { type MetricGroup, type MetricRow, type MetricValue, type MetricsDashboard, isBareTbd, metricsDashboard } from '../views/metrics';
import type { ReportBlock, ReportSection } from './types';

/**
 * The metrics dashboard of the preview as the report prints it: the summary,
 * then a table per group (the pack's metrics, then each initiative's), each
 * metric's baseline and targets by quarter, and what moves it.
 */
export function metricsSection({ model, analysis }: PackResult): ReportSection {
  const dashboard = metricsDashboard(model, analysis.teams);
  const blocks: ReportBlock[] = [{ kind: 'paragraph', text: dashboard.summary }];
  if (dashboard.groups.length === 0) blocks.push({ kind: 'paragraph', text: 'The pack has no metrics: add a metrics list to the pack or to its initiatives.' });
  for (const group of dashboard.groups) blocks.push({ kind: 'heading', text: groupHeading(group) }, groupTable(dashboard, group));
  if (dashboard.groups.length > 0) blocks.push({ kind: 'paragraph', text: 'TBD: a target still to be set. A single target is due when its initiative ends (a pack metric: at the end of the horizon).' });
  if (dashboard.unmeasured.length > 0) blocks.push({ kind: 'paragraph', text: `Initiatives without a metric: ${dashboard.unmeasured.map((link) => `${link.title} (${link.id})`).join(', ')}.` });
  return { id: 'metrics', heading: 'Metrics', blocks };
}

function groupHeading(group: MetricGroup): string {
  return group.initiative ? `${group.title} (${group.initiative.id}): ${group.detail}` : `${group.title}: ${group.detail}`;
}

function groupTable(dashboard: MetricsDashboard, group: MetricGroup): ReportBlock {
  const head = ['Metric', 'Baseline', ...dashboard.quarters, ...(dashboard.targetColumn ? ['Target'] : []), group.initiative ? 'Counts toward' : 'Moved by'];
  const rows = group.rows.map((row) => [row.name, row.baseline ?? 'none', ...row.byQuarter.map(cell), ...(dashboard.targetColumn ? [cell(row.target)] : []), movedBy(row, group)]);
  return { kind: 'table', head, rows };
}

function cell(value: MetricValue | null): string {
  if (value === null) return '';
  const text = value.tbd && isBareTbd(value.text) ? 'TBD' : value.tbd ? `TBD ${value.text}` : value.text;
  return value.due ? `${text} (${value.due})` : text;
}

function movedBy(row: MetricRow, group: MetricGroup): string {
  if (group.initiative) return row.countsToward ?? '';
  return row.movedBy.length > 0 ? row.movedBy.map((link) => link.title).join(', ') : 'no initiative names it';
}
