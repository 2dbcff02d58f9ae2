import type { Initiative } from '../model/types';
import { timingOf } from '../schedule/timing';
import { oneDecimal } from '../text/format';
import { formatSpan, type WeekSpan } from '../time';
import { shiftBounds, type Placed } from './bounds';
import { RankQueue, byPriority } from './priority';
import { addLoad, emptyWeeks, hasRoom, type TeamWeeks } from './teamWeeks';
import type { LevelMove, Unplaced } from './types';
import type { LevelWork, TeamShare } from './work';

export interface Placement {
  /** Every movable initiative's span after levelling, by its index in model.initiatives. */
  spans: Map<number, WeekSpan>;
  moves: LevelMove[];
  unplaced: Unplaced[];
}

/**
 * The greedy placement. What does not move is loaded first; then each
 * movable initiative, in priority order among those whose movable
 * predecessors are placed, takes the earliest shift at or after what its
 * edges ask for at which every owner team has room in every week, within
 * the horizon and what its unmoving dependents allow. Work with no such
 * shift stays where it is and is reported.
 */
export function placeAll(work: LevelWork): Placement {
  const weeks = work.inputs.map(emptyWeeks);
  for (const [t, team] of work.inputs.entries()) {
    for (const part of team.parts) if (!work.movable.has(work.model.initiatives[part.initiative])) addLoad(weeks[t]!, part.rate, part.span);
  }
  const index = new Map(work.model.initiatives.map((initiative, i) => [initiative, i]));
  const placement: Placement = { spans: new Map(), moves: [], unplaced: [] };
  const placed: Placed = (entity) => (entity?.kind === 'initiative' && placement.spans.get(index.get(entity)!)) || timingOf(entity);
  for (const initiative of readyOrder(work)) {
    const i = index.get(initiative)!;
    const span = placeOne({ work, weeks, shares: work.shares.get(i) ?? [] }, initiative, placement, placed);
    placement.spans.set(i, span);
    for (const share of work.shares.get(i) ?? []) addLoad(weeks[share.team]!, share.rate, span);
  }
  return placement;
}

interface Room {
  work: LevelWork;
  weeks: (TeamWeeks | undefined)[];
  shares: TeamShare[];
}

/** The span the initiative takes, recording its move or why it has none. */
function placeOne(room: Room, initiative: Initiative, placement: Placement, placed: Placed): WeekSpan {
  const span = initiative.span!;
  const bounds = shiftBounds(room.work, initiative, placed);
  const at = (shift: number) => ({ first: span.first + shift, last: span.last + shift });
  if (bounds.least > bounds.most) {
    placement.unplaced.push({ id: initiative.id, span, why: `it waits for ${bounds.waitsFor}, but ${bounds.limit}` });
    return span;
  }
  for (let shift = bounds.least; shift <= bounds.most; shift++) {
    if (!room.shares.every((share) => hasRoom(room.weeks[share.team]!, share.rate, at(shift)))) continue;
    const reasons = [...(bounds.least > 0 ? [`waits for ${bounds.waitsFor}`] : []), ...(shift > bounds.least ? [noRoom(room, at(bounds.least))] : [])];
    if (shift > 0) placement.moves.push({ id: initiative.id, from: span, to: at(shift), weeks: shift, why: reasons.join('; ') });
    return at(shift);
  }
  placement.unplaced.push({ id: initiative.id, span, why: `${noRoom(room, at(bounds.least))}, ${laterText(bounds.most - bounds.least)} (${bounds.limit})` });
  return span;
}

function laterText(weeks: number): string {
  return weeks === 0 ? 'and it can move no later' : `nor in the ${weeks} week${weeks === 1 ? '' : 's'} after`;
}

/** Which team has no room at a span, and for how much. */
function noRoom(room: Room, span: WeekSpan): string {
  const full = room.shares.find((share) => !hasRoom(room.weeks[share.team]!, share.rate, span)) ?? room.shares[0];
  return `${room.work.model.teams[full.team].name} has no room for ${oneDecimal(full.rate)} engineer-weeks a week in ${formatSpan(span)}`;
}

/** Priority order, a predecessor (among the movable) always before the work that waits for it. */
function readyOrder(work: LevelWork): Initiative[] {
  const ranked = byPriority([...work.movable]);
  const rank = new Map(ranked.map((initiative, r) => [initiative, r]));
  const waitingOn = new Map<Initiative, number>();
  const next = new Map<Initiative, Initiative[]>();
  for (const initiative of ranked) {
    const predecessors = new Set<Initiative>();
    for (const edge of initiative.edges) {
      const to = work.model.byId.get(edge.to);
      if (edge.from !== edge.to && !work.onCycle.has(edge) && to?.kind === 'initiative' && work.movable.has(to) && to !== initiative) predecessors.add(to);
    }
    waitingOn.set(initiative, predecessors.size);
    for (const p of predecessors) {
      if (!next.has(p)) next.set(p, []);
      next.get(p)!.push(initiative);
    }
  }
  const queue = new RankQueue();
  for (const initiative of ranked) if (waitingOn.get(initiative) === 0) queue.push(rank.get(initiative)!);
  const order: Initiative[] = [];
  while (queue.size > 0) {
    const initiative = ranked[queue.pop()];
    order.push(initiative);
    for (const d of next.get(initiative) ?? []) {
      const left = waitingOn.get(d)! - 1;
      waitingOn.set(d, left);
      if (left === 0) queue.push(rank.get(d)!);
    }
  }
  // Edges the cycle search did not list but that still close a loop: what is left goes in rank order.
  if (order.length < ranked.length) order.push(...ranked.filter((initiative) => waitingOn.get(initiative)! > 0));
  return order;
}
