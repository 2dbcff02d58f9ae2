import { plural } from '../text/format';
import { NO_DATES } from './entities';
import type { CapacityChange, FindingChange, InitiativeChange, PlanDiff } from './types';

/** Team-quarters named in a headline; the tables list the rest. */
const HEADLINE_QUARTERS = 2;

/**
 * The change in one line, largest facts first: "1 initiative slips, 1 effort
 * changes, 1 gate moves, Infra Squad's 2026-Q4 rises 98% → 111%, 1 new
 * error". Shared by the Markdown and text reports, so both say the same.
 */
export function diffHeadline(diff: PlanDiff): string {
  const parts = headlineParts(diff);
  return parts.length === 0 ? 'No change to the plan' : parts.join(', ');
}

export function headlineParts(diff: PlanDiff): string[] {
  // A pack added or removed is one fact ("x added"), not a count of everything in it.
  const changed = diff.packs.filter((pack) => pack.change === 'changed');
  const initiatives = changed.flatMap((pack) => pack.initiatives);
  const gates = changed.flatMap((pack) => pack.gates);
  const capacity = changed.flatMap((pack) => pack.capacity);
  const added = diff.packs.flatMap((pack) => pack.findings.added);
  const resolved = changed.flatMap((pack) => pack.findings.resolved).filter((finding) => finding.severity === 'error' || finding.severity === 'warning');
  const packs = diff.packs.filter((pack) => pack.change !== 'changed');
  return [
    ...packs.map((pack) => `${pack.path} ${pack.change}`),
    ...counted(initiatives.filter((i) => i.change === 'changed' && movement(i) > 0), 'initiative', 'slips', 'slip'),
    ...counted(initiatives.filter((i) => i.change === 'changed' && movement(i) < 0), 'initiative', 'is pulled in', 'are pulled in'),
    ...counted(initiatives.filter((i) => i.change === 'added'), 'initiative', 'added', 'added'),
    ...counted(initiatives.filter((i) => i.change === 'removed'), 'initiative', 'removed', 'removed'),
    ...counted(initiatives.filter((i) => i.status && i.status.after === 'cut'), 'initiative', 'is cut', 'are cut'),
    ...counted(initiatives.filter((i) => i.when?.after === NO_DATES), 'initiative', 'loses its dates', 'lose their dates'),
    ...counted(initiatives.filter((i) => i.when?.before === NO_DATES), 'initiative', 'is scheduled', 'are scheduled'),
    ...counted(initiatives.filter((i) => i.effort && i.change === 'changed'), 'effort', 'changes', 'change'),
    ...counted(gates.filter((g) => g.weeks !== undefined), 'gate', 'moves', 'move'),
    ...counted(gates.filter((g) => g.at?.after === NO_DATES), 'gate', 'loses its date', 'lose their dates'),
    ...counted(gates.filter((g) => g.at?.before === NO_DATES), 'gate', 'is dated', 'are dated'),
    ...counted(gates.filter((g) => g.change === 'added'), 'gate', 'added', 'added'),
    ...counted(gates.filter((g) => g.change === 'removed'), 'gate', 'removed', 'removed'),
    ...largestMoves(capacity).map(capacityPhrase),
    ...counted(diff.packs.flatMap((pack) => pack.briefs ?? []), 'brief', 'changes its sections', 'change their sections'),
    ...findingCounts(added, 'new'),
    ...(resolved.length > 0 ? [`${resolved.length} resolved`] : []),
  ];
}

/** Weeks an initiative moved: its end, else its start (positive = later). */
export function movement(change: InitiativeChange): number {
  return change.endWeeks ?? change.startWeeks ?? 0;
}

/** `98% → 111%`, whole percents as the checks word them. */
export function percentMove(change: CapacityChange): string {
  return `${Math.round(change.before)}% → ${Math.round(change.after)}%`;
}

function counted<T>(items: readonly T[], noun: string, verbOne: string, verbMany: string): string[] {
  if (items.length === 0) return [];
  return [`${plural(items.length, noun)} ${items.length === 1 ? verbOne : verbMany}`];
}

function largestMoves(capacity: readonly CapacityChange[]): CapacityChange[] {
  return [...capacity].sort((a, b) => Math.abs(b.after - b.before) - Math.abs(a.after - a.before)).slice(0, HEADLINE_QUARTERS);
}

function capacityPhrase(change: CapacityChange): string {
  return `${change.teamName}'s ${change.quarter} ${change.after > change.before ? 'rises' : 'falls'} ${percentMove(change)}`;
}

function findingCounts(findings: readonly FindingChange[], adjective: string): string[] {
  // Information and hints are advice: the tables list them, the headline does not.
  const order = ['error', 'warning'] as const;
  return order.flatMap((severity) => {
    const count = findings.filter((finding) => finding.severity === severity).length;
    return count === 0 ? [] : [`${count} ${adjective} ${count === 1 ? severity : `${severity}s`}`];
  });
}
