import type { Entity, Initiative } from '../model/types';
import { dependentTiming, edgeBound, timingOf } from '../schedule/timing';
import { formatSpan, formatWeek, type WeekSpan } from '../time';
import type { LevelWork } from './work';

/** How far an initiative may move: at least `least` weeks later (what it waits for), at most `most`. */
export interface ShiftBounds {
  least: number;
  most: number;
  /** What sets `least` when above 0, and `most` when it is below `least`. */
  waitsFor?: string;
  limit: string;
}

/** Where an entity is now: a placed initiative's new span, else its own timing. */
export type Placed = (entity: Entity | undefined) => WeekSpan | undefined;

/**
 * The least shift is what the initiative's own edges ask for, with its
 * predecessors where they are placed (schedule/timing.ts, as RP401 reads the
 * edges); the most is what its `latest` allows (below).
 */
export function shiftBounds(work: LevelWork, initiative: Initiative, placed: Placed): ShiftBounds {
  const latest = latestShift(work, initiative);
  const bounds: ShiftBounds = { least: 0, most: Math.max(0, latest.most), limit: latest.limit };
  for (const edge of initiative.edges) {
    if (edge.from === edge.to || work.onCycle.has(edge)) continue;
    const before = placed(work.model.byId.get(edge.to));
    const after = dependentTiming(initiative, edge);
    if (!before || !after) continue;
    const { end, earliest } = edgeBound(edge, before);
    const need = earliest - (end === 'start' ? after.first : after.last);
    if (need > bounds.least) Object.assign(bounds, { least: need, waitsFor: `${edge.to} (${formatSpan(before)})` });
  }
  return bounds;
}

/**
 * The latest shift, whatever the capacity: inside the horizon, every edge
 * from something that does not move (a gate, done or fixed work) still
 * satisfied, and room left for each movable dependent to follow inside its
 * own latest, so a move never pushes what waits for it out of the horizon.
 * Memoised per levelling run in `work.latest`.
 */
export function latestShift(work: LevelWork, initiative: Initiative): { most: number; limit: string } {
  const known = work.latest.get(initiative);
  if (known) return known;
  const span = initiative.span!;
  const latest = { most: work.horizon.last - span.last, limit: `the horizon ends ${formatWeek(work.horizon.last)}` };
  // A loop the cycle search did not list must not recurse forever: while in progress, it may not move.
  work.latest.set(initiative, { most: 0, limit: 'it is on a loop of dependencies' });
  for (const { entity, edge } of work.dependents.get(initiative.id) ?? []) {
    const movable = entity.kind === 'initiative' && work.movable.has(entity);
    const after = entity.kind === 'initiative' ? dependentTiming(entity, edge) : timingOf(entity);
    if (!after) continue;
    const { end, earliest } = edgeBound(edge, span);
    const slack = (end === 'start' ? after.first : after.last) - earliest;
    const most = movable ? latestShift(work, entity).most + slack : Math.max(0, slack);
    if (most < latest.most) Object.assign(latest, { most, limit: movable ? `${entity.id} waits for it and must then fit before the horizon ends` : `${entity.id} waits for it and does not move` });
  }
  work.latest.set(initiative, latest);
  return latest;
}
