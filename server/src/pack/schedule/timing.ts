import type { Edge, Entity } from '../model/types';
import type { WeekIndex, WeekSpan } from '../time';

/**
 * When an entity happens, in weeks: an initiative its span, a gate its `at`
 * week (decided at its end), a register dependency its `needed_by` week
 * (satisfied at its end). Risks have no time.
 */
export function timingOf(entity: Entity | undefined): WeekSpan | undefined {
  if (!entity) return undefined;
  switch (entity.kind) {
    case 'initiative':
      return entity.span;
    case 'gate':
      return entity.at === undefined ? undefined : { first: entity.at, last: entity.at };
    case 'dependency':
      return entity.neededBy === undefined ? undefined : { first: entity.neededBy, last: entity.neededBy };
    default:
      return undefined;
  }
}

/** The dependent side of an edge (whose `from` is `entity`): the milestone for an `after`, else the entity. */
export function dependentTiming(entity: Entity | undefined, edge: Edge): WeekSpan | undefined {
  if (edge.milestone === undefined) return timingOf(entity);
  return entity?.kind === 'initiative' ? entity.milestones[edge.milestone]?.span : undefined;
}

export interface Violation {
  /** Which end of the dependent is constrained. */
  end: 'start' | 'finish';
  actual: WeekIndex;
  earliest: WeekIndex;
}

/** The end of the dependent an edge constrains, and the earliest week that end may fall in. */
export interface EdgeBound {
  end: 'start' | 'finish';
  earliest: WeekIndex;
}

/**
 * Finish-to-start: first ≥ predecessor's last + 1 + lag. Start-to-start:
 * first ≥ predecessor's first + lag. Finish-to-finish: last ≥ predecessor's
 * last + lag.
 */
export function edgeBound(edge: Edge, predecessor: WeekSpan): EdgeBound {
  if (edge.type === 'finish-to-start') return { end: 'start', earliest: predecessor.last + 1 + edge.lag };
  if (edge.type === 'start-to-start') return { end: 'start', earliest: predecessor.first + edge.lag };
  return { end: 'finish', earliest: predecessor.last + edge.lag };
}

export function checkEdge(edge: Edge, dependent: WeekSpan, predecessor: WeekSpan): Violation | undefined {
  const { end, earliest } = edgeBound(edge, predecessor);
  const actual = end === 'start' ? dependent.first : dependent.last;
  return actual < earliest ? { end, actual, earliest } : undefined;
}
