import type { Gate } from '../model/types';
import { formatQuarter, quarterOfWeek } from '../time';
import { SafeIds, label } from './escape';
import { GROUP_PREFIX } from './names';
import { plural } from '../text/format';

/**
 * Above this many gates the view draws one card per quarter, not one per gate:
 * Mermaid lays out every card, and 150 gates took 580–670 ms to draw and were
 * 30,000 px tall. A click on a quarter's card drills into it (focus).
 */
export const AGGREGATE_GATES_ABOVE = 40;

export const NOT_DATED = 'Not dated';

/** The quarter a gate is decided in, by name (`2026-Q3`), as the Gantt's quarter groups are named. */
export function gateGroup(gate: Gate): string {
  return gate.at === undefined ? NOT_DATED : formatQuarter(quarterOfWeek(gate.at));
}

export type GroupClass = 'ready' | 'late' | 'undated';

/** One quarter's card: how many gates, how many wait for late work; red if any does (the worst status shows). */
export function groupCard(group: string, members: { className: GroupClass }[], ids: SafeIds): { id: string; lines: string[]; className: GroupClass } {
  const id = ids.next('q', `${GROUP_PREFIX}${group}`);
  const late = members.filter((member) => member.className === 'late').length;
  const lines = [label(`${group}: ${plural(members.length, 'gate')}`, 'flowchart')];
  lines.push(label(late === 0 ? 'All wait for work in time' : `${plural(late, 'gate waits', 'gates wait')} for work that may not be done in time`, 'flowchart'));
  lines.push(label('Click to see each gate', 'flowchart'));
  const className: GroupClass = late > 0 ? 'late' : group === NOT_DATED ? 'undated' : 'ready';
  return { id, lines, className };
}
