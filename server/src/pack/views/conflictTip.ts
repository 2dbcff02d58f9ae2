import type { Edge, Entity } from '../model/types';
import type { Violation } from '../schedule/timing';
import { formatWeek } from '../time';

/**
 * What hovering a schedule-breaking edge says, in the pack's own weeks:
 * `cost-opt starts 2026-Q4-W3, before autoscaling ends 2026-Q4-W8 (RP401)`.
 * Plain text: the webview puts it in an SVG `<title>` with `textContent`.
 */
export function conflictTip(edge: Edge, dependent: Entity, predecessor: { last: number; first: number }, violation: Violation): string {
  const subject = edge.milestone === undefined ? edge.from : `${milestoneName(dependent, edge)} of ${edge.from}`;
  const verb = violation.end === 'start' ? 'starts' : 'finishes';
  const other = edge.type === 'start-to-start' ? `starts ${formatWeek(predecessor.first)}` : `ends ${formatWeek(predecessor.last)}`;
  const lag = edge.lag === 0 ? '' : `; with its ${edge.lag > 0 ? '+' : '-'}${Math.abs(edge.lag)}w lag, the earliest is ${formatWeek(violation.earliest)}`;
  return `${subject} ${verb} ${formatWeek(violation.actual)}, before ${edge.to} ${other}${lag} (RP401)`;
}

function milestoneName(dependent: Entity, edge: Edge): string {
  const milestone = dependent.kind === 'initiative' && edge.milestone !== undefined ? dependent.milestones[edge.milestone] : undefined;
  return `the milestone "${milestone?.name ?? `milestone ${(edge.milestone ?? 0) + 1}`}"`;
}
