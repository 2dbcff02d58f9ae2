import type { MetricInput } from '../schema/packSchema';
import type { Initiative, PackModel, Risk } from '../model/types';

/** What a complete initiative has (Rumelt's coherent actions): the parts missing from this one. */
export function missingFromInitiative(initiative: Initiative): string[] {
  const missing: string[] = [];
  if (initiative.owners.length === 0) missing.push('an owner');
  if (!initiative.effort) missing.push('an effort');
  if (!initiative.input.outcome) missing.push('an outcome');
  if (!(initiative.input.metrics ?? []).some(isMeasurable)) missing.push('a metric with baseline and target');
  return missing;
}

export function isMeasurable(metric: MetricInput): boolean {
  return metric.baseline !== undefined && (metric.target !== undefined || Object.keys(metric.targets ?? {}).length > 0);
}

export function missingFromRisk(risk: Risk): string[] {
  const missing: string[] = [];
  if (!risk.input.owner) missing.push('an owner');
  if (!risk.input.mitigation) missing.push('a mitigation');
  if (!risk.input.review) missing.push('a review date');
  return missing;
}

/** Evidence rows without a current value or a target. */
export function incompleteEvidence(model: PackModel): { index: number; missing: string[] }[] {
  const evidence = model.input.strategy?.diagnosis?.evidence ?? [];
  return evidence
    .map((row, index) => ({ index, missing: [row.current === undefined ? 'current value' : '', row.target === undefined ? 'target' : ''].filter(Boolean) }))
    .filter((row) => row.missing.length > 0);
}

export function isTbd(value: unknown): boolean {
  return typeof value === 'string' && /\bTBD\b/i.test(value);
}

/** "a, b and c" */
export function listAnd(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
