import { plural } from '../text/format';
import { NO_DATES } from './entities';
import type { BeforeAfter, FindingChange, GateChange, InitiativeChange, PackDiff } from './types';

/** `slips 2 weeks`, `pulled in 1 week`: a signed move in words (positive = later). */
export function weeksText(weeks: number | undefined): string {
  if (weeks === undefined || weeks === 0) return '';
  return weeks > 0 ? `slips ${plural(weeks, 'week')}` : `pulled in ${plural(-weeks, 'week')}`;
}

/** Everything that changed about an initiative besides its weeks, as `effort 4–6 → 8–10; status planned → cut`. */
export function initiativeDetails(change: InitiativeChange): string[] {
  const details: string[] = [];
  if (change.when) details.push(datesText(change.when));
  if (change.retitled) details.push(`renamed from "${change.retitled.before}"`);
  if (change.effort) details.push(`effort ${change.effort.before} → ${change.effort.after}`);
  if (change.status) details.push(`status ${change.status.before} → ${change.status.after}`);
  if (change.owner) details.push(`owner ${listOrNone(change.owner.before)} → ${listOrNone(change.owner.after)}`);
  if (change.dependsOn?.added.length) details.push(`now depends on ${change.dependsOn.added.join(', ')}`);
  if (change.dependsOn?.removed.length) details.push(`no longer depends on ${change.dependsOn.removed.join(', ')}`);
  return details;
}

/** The move of an initiative's start and end in words: one phrase when both moved alike. */
export function spanMoveText(change: Pick<InitiativeChange, 'startWeeks' | 'endWeeks'>): string {
  const { startWeeks, endWeeks } = change;
  if (startWeeks === endWeeks) return weeksText(endWeeks);
  return [startWeeks ? `start ${weeksText(startWeeks)}` : '', endWeeks ? `end ${weeksText(endWeeks)}` : ''].filter(Boolean).join(', ');
}

export function gateMoveText(change: GateChange): string {
  return change.at ? datesText(change.at) : weeksText(change.weeks);
}

/** `scheduled 2026-Q4-W1..W6`, `unscheduled (was 2026-Q3-W2..W5)`: dates that appeared or went. */
function datesText(dates: BeforeAfter<string>): string {
  return dates.before === NO_DATES ? `scheduled ${dates.after}` : `unscheduled (was ${dates.before})`;
}

function listOrNone(names: readonly string[]): string {
  return names.length === 0 ? 'none' : names.join(', ');
}

/** What a pack added or removed holds, in one line: its contents are one fact, not a list of changes. */
export function packContents(pack: PackDiff): string {
  const parts = [plural(pack.initiatives.length, 'initiative'), plural(pack.gates.length, 'gate')];
  return parts.join(', ');
}

/** The findings a report lists for a pack: all of a changed pack's; of a pack added, its errors and warnings (`check` lists the rest). */
export function listedFindings(pack: PackDiff): { added: FindingChange[]; resolved: FindingChange[] } {
  if (pack.change === 'changed') return pack.findings;
  if (pack.change === 'removed') return { added: [], resolved: [] };
  return { added: pack.findings.added.filter((finding) => finding.severity === 'error' || finding.severity === 'warning'), resolved: [] };
}
