import { Place, relatedAt } from '../capacity/describe';
import type { Finding } from '../diagnostic';
import type { Span } from '../text/lineIndex';
import type { Edge, Entity, Gate, Initiative } from '../model/types';
import { Violation, checkEdge, dependentTiming, timingOf } from '../schedule/timing';
import { formatSpan, formatWeek } from '../time';
import type { EntityContext, Rule } from './rule';

export const scheduleConflict: Readonly<Rule<'RP401'>> = {
  code: 'RP401',
  name: 'schedule-conflict',
  severity: 'warning',
  summary: 'Work is scheduled to start (or finish) earlier than what it depends on allows, by dependency type and lag.',
  each: {
    initiatives: (initiative, context) => conflicts(initiative, context),
    gates: (gate, context) => conflicts(gate, context),
  },
};

function conflicts(dependent: Initiative | Gate, context: EntityContext): Finding[] {
  const findings: Finding[] = [];
  for (const edge of dependent.edges) {
    // Nothing in a cycle can be scheduled; RP301 already says so on those edges.
    if (edge.from === edge.to || context.onCycle(edge)) continue;
    const finding = conflict(context, edge, dependent, context.entity(edge.to));
    if (finding) findings.push(finding);
  }
  return findings;
}

function conflict(context: EntityContext, edge: Edge, dependent: Initiative | Gate, predecessor: Entity | undefined): Finding | undefined {
  if (!predecessor) return undefined;
  return conflictFinding(edge, dependent, { entity: predecessor, shown: predecessor.id, at: (field) => ({ span: context.span([...predecessor.path, field]) }) }, context.span(edge.path));
}

/** What an edge waits for: the entity, how messages name it, and where its time fields are. */
export interface Predecessor {
  entity: Entity;
  /** Its id, `name:id` in another pack of a portfolio. */
  shown: string;
  at(field: 'when' | 'at' | 'needed_by'): Place;
}

/** The conflict of one edge, at `span` (the reference), or undefined when its timing allows it. */
export function conflictFinding(edge: Edge, dependent: Initiative | Gate, predecessor: Predecessor, span: Span): Finding | undefined {
  const entity = predecessor.entity;
  const before = timingOf(entity);
  const after = dependentTiming(dependent, edge);
  if (!before || !after) return undefined;
  const violation = checkEdge(edge, after, before);
  if (!violation) return undefined;
  const timeField = entity.kind === 'initiative' ? 'when' : entity.kind === 'gate' ? 'at' : 'needed_by';
  return {
    code: 'RP401',
    message: message(dependent, predecessor, edge, violation),
    span,
    related: [relatedAt(predecessor.at(timeField), `${predecessor.shown} runs ${formatSpan(before)}`)],
  };
}

function message(dependent: Initiative | Gate, predecessor: Predecessor, edge: Edge, violation: Violation): string {
  const subject = edge.milestone === undefined ? edge.from : `The milestone "${milestoneName(dependent, edge)}" of ${edge.from}`;
  const verb = violation.end === 'start' ? 'starts' : 'finishes';
  const lag = edge.lag === 0 ? '' : ` with a lag of ${edge.lag}w`;
  return `${subject} ${verb} in ${formatWeek(violation.actual)}, but it ${waitsFor(edge)} ${predecessor.shown}${lag} (${describe(predecessor.entity)}): the earliest it can ${violation.end} is ${formatWeek(violation.earliest)}.`;
}

function waitsFor(edge: Edge): string {
  if (edge.type === 'start-to-start') return 'may only start after the start of';
  if (edge.type === 'finish-to-finish') return 'may only finish after the finish of';
  return 'waits for';
}

function describe(predecessor: Entity): string {
  const timing = timingOf(predecessor)!;
  if (predecessor.kind === 'gate') return `a gate decided at the end of ${formatWeek(timing.last)}`;
  if (predecessor.kind === 'dependency') return `needed by the end of ${formatWeek(timing.last)}`;
  return `which runs ${formatSpan(timing)}`;
}

function milestoneName(dependent: Initiative | Gate, edge: Edge): string {
  return dependent.kind === 'initiative' ? (dependent.milestones[edge.milestone!]?.name ?? '') : '';
}
