import type { Finding } from '../diagnostic';
import type { Edge, Entity } from '../model/types';
import { Violation, checkEdge, dependentTiming, timingOf } from '../schedule/timing';
import { formatSpan, formatWeek } from '../time';
import type { Rule, RuleContext } from './rule';

export const scheduleConflict: Readonly<Rule<'RP401'>> = {
  code: 'RP401',
  name: 'schedule-conflict',
  severity: 'warning',
  summary: 'Work is scheduled to start (or finish) earlier than what it depends on allows, by dependency type and lag.',
  check: (context) => {
    // Nothing in a cycle can be scheduled; RP301 already says so on those edges.
    const cycleEdges = context.analysis.cycleEdges;
    const onCycle = cycleEdges.length === 0 ? undefined : new Set(cycleEdges.map((cycle) => cycle.edge));
    const { sources, targets } = context.analysis.edgeEnds;
    const findings: Finding[] = [];
    context.model.edges.forEach((edge, n) => {
      if (onCycle?.has(edge) || edge.from === edge.to) return;
      const finding = conflict(context, edge, sources[n], targets[n]);
      if (finding) findings.push(finding);
    });
    return findings;
  },
};

function conflict(context: RuleContext, edge: Edge, dependent: Entity | undefined, predecessor: Entity | undefined): Finding | undefined {
  const before = timingOf(predecessor);
  const after = dependentTiming(dependent, edge);
  if (!predecessor || !before || !after) return undefined;
  const violation = checkEdge(edge, after, before);
  if (!violation) return undefined;
  const timeField = predecessor.kind === 'initiative' ? 'when' : predecessor.kind === 'gate' ? 'at' : 'needed_by';
  return {
    code: 'RP401',
    message: message(context, edge, violation),
    span: context.span(edge.path),
    related: [{ message: `${predecessor.id} runs ${formatSpan(before)}`, span: context.span([...predecessor.path, timeField]) }],
  };
}

function message(context: RuleContext, edge: Edge, violation: Violation): string {
  const predecessor = context.model.byId.get(edge.to)!;
  const subject = edge.milestone === undefined ? edge.from : `The milestone "${milestoneName(context, edge)}" of ${edge.from}`;
  const verb = violation.end === 'start' ? 'starts' : 'finishes';
  const lag = edge.lag === 0 ? '' : ` with a lag of ${edge.lag}w`;
  return `${subject} ${verb} in ${formatWeek(violation.actual)}, but it ${waitsFor(edge)} ${predecessor.id}${lag} (${describe(context, edge)}): the earliest it can ${violation.end} is ${formatWeek(violation.earliest)}.`;
}

function waitsFor(edge: Edge): string {
  if (edge.type === 'start-to-start') return 'may only start after the start of';
  if (edge.type === 'finish-to-finish') return 'may only finish after the finish of';
  return 'waits for';
}

function describe(context: RuleContext, edge: Edge): string {
  const predecessor = context.model.byId.get(edge.to)!;
  const timing = timingOf(predecessor)!;
  if (predecessor.kind === 'gate') return `a gate decided at the end of ${formatWeek(timing.last)}`;
  if (predecessor.kind === 'dependency') return `needed by the end of ${formatWeek(timing.last)}`;
  return `which runs ${formatSpan(timing)}`;
}

function milestoneName(context: RuleContext, edge: Edge): string {
  const initiative = context.model.byId.get(edge.from);
  return initiative?.kind === 'initiative' ? (initiative.milestones[edge.milestone!]?.name ?? '') : '';
}
