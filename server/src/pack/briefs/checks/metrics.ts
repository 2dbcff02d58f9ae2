import type { Finding, RelatedInfo } from '../../diagnostic';
import type { Initiative } from '../../model/types';
import { locate } from '../../parse/parsePack';
import type { Span } from '../../text/lineIndex';
import type { BriefCheck } from '../context';
import { PackMetric, matchMetric, packTargets, states } from '../metricMatch';
import type { MetricRow } from '../types';

/** RP706: a success-metrics row that names a metric of the initiative states the pack's baseline and targets. */
export function checkMetrics(check: BriefCheck): Finding[] {
  const initiative = check.initiative;
  if (!initiative) return [];
  const metrics = (initiative.input.metrics ?? []).map((input, index) => ({ input, index }));
  return check.brief.metrics.flatMap((row) => {
    const metric = matchMetric(row.name.text, metrics);
    return metric ? [...baseline(check, initiative, row, metric), ...targets(check, initiative, row, metric)] : [];
  });
}

function baseline(check: BriefCheck, initiative: Initiative, row: MetricRow, metric: PackMetric): Finding[] {
  const want = metric.input.baseline;
  if (want === undefined || !row.baseline?.text || states(row.baseline.text, String(want))) return [];
  const message = `The baseline of "${row.name.text}" is \`${row.baseline.text}\` here but \`${want}\` in the pack (${initiative.id}).`;
  return [mismatch(check, initiative, metric, 'baseline', message, row.baseline.span)];
}

function targets(check: BriefCheck, initiative: Initiative, row: MetricRow, metric: PackMetric): Finding[] {
  const cells = row.targets.filter((cell) => cell.text !== '');
  const wanted = packTargets(metric.input);
  const text = cells.map((cell) => cell.text).join('; ');
  if (cells.length === 0 || wanted.every((value) => states(text, value))) return [];
  const field = metric.input.target !== undefined ? 'target' : 'targets';
  const message = `The target of "${row.name.text}" is \`${text}\` here but \`${wanted.join(', ')}\` in the pack (${initiative.id}).`;
  return [mismatch(check, initiative, metric, field, message, { start: cells[0].span.start, end: cells[cells.length - 1].span.end })];
}

function mismatch(check: BriefCheck, initiative: Initiative, metric: PackMetric, field: string, message: string, span: Span): Finding {
  const { pack, packUri } = check.context;
  const related: RelatedInfo[] = pack && packUri !== undefined ? [{ message: `"${metric.input.name}" in the pack`, span: locate(pack.parsed, [...initiative.path, 'metrics', metric.index, field]), uri: packUri }] : [];
  return { code: 'RP706', message, span, related };
}
