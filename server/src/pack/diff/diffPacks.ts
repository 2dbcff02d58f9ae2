import type { PackResult } from '../checkPack';
import { planCriticalPath } from '../views/criticalPath';
import { capacityChanges } from './capacity';
import { gateChanges, initiativeChanges } from './entities';
import { findingChanges } from './findings';
import type { BeforeAfter, ChangeKind, PackDiff } from './types';

/**
 * What a change does to one pack: `before` and `after` are checks of its two
 * texts (`checkPack`), either undefined when the pack was added or removed.
 * Everything is matched by id, so a moved comment or a reordered list is no
 * change. Pure and total: any two checks give a diff.
 */
export function diffPacks(before: PackResult | undefined, after: PackResult | undefined, path: string): PackDiff {
  const diff: PackDiff = {
    path,
    change: packChange(before, after),
    initiatives: initiativeChanges(before, after),
    gates: gateChanges(before, after),
    capacity: capacityChanges(before, after),
    findings: findingChanges(before, after),
  };
  const criticalPath = criticalPathChange(before, after);
  if (criticalPath) diff.criticalPath = criticalPath;
  return diff;
}

/** Whether the diff reports anything: a pack whose change was only layout or comments has nothing. */
export function isEmptyDiff(diff: PackDiff): boolean {
  return (
    diff.change === 'changed' &&
    diff.initiatives.length + diff.gates.length + diff.capacity.length + diff.findings.added.length + diff.findings.resolved.length + (diff.briefs?.length ?? 0) === 0 &&
    diff.criticalPath === undefined
  );
}

function packChange(before: PackResult | undefined, after: PackResult | undefined): ChangeKind {
  if (!before) return 'added';
  return after ? 'changed' : 'removed';
}

/** The critical path on each side, as the gantt marks it, when the two differ. */
function criticalPathChange(before: PackResult | undefined, after: PackResult | undefined): BeforeAfter<string[]> | undefined {
  const old = before ? planCriticalPath(before) : [];
  const now = after ? planCriticalPath(after) : [];
  return old.join('\n') === now.join('\n') ? undefined : { before: old, after: now };
}
