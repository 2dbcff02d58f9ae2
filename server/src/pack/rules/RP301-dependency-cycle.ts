import type { Finding, Fix } from '../diagnostic';
import type { CycleEdge } from '../analysis';
import type { Chain } from '../graph/cycles';
import type { Edge } from '../model/types';
import { removeListItem } from '../navigate/listEdits';
import { valueAt } from '../navigate/symbolAt';
import type { ParsedPack } from '../parse/parsePack';
import type { Rule, RuleContext } from './rule';

export const dependencyCycle: Readonly<Rule<'RP301'>> = {
  code: 'RP301',
  name: 'dependency-cycle',
  severity: 'error',
  summary: 'Dependencies form a cycle, so none of the work in it can start; reported on every edge of the cycle.',
  check: (context) => context.analysis.cycleEdges.map((cycle) => finding(context, cycle)),
};

function finding(context: RuleContext, cycle: CycleEdge): Finding {
  const { edge } = cycle;
  return {
    code: 'RP301',
    message: cycleMessage(edge.from, edge.to, cycle.chain),
    span: context.span(edge.path),
    related: cycle.chainEdges.map((step) => ({ message: `${step.from} → ${step.to}`, span: context.span(step.path) })),
    fixes: [removeEdge(context.model.parsed, edge)],
  };
}

/** What RP301 says of the edge `from → to` on a cycle (in a portfolio, the ids are qualified). */
export function cycleMessage(from: string, to: string, chain: Chain): string {
  const subject = from === to ? `${from} depends on itself` : `${from} depends on ${to}`;
  return `${subject}, which closes a dependency cycle: ${chainText(chain)}. Nothing in a cycle can start; remove one of its edges.`;
}

/**
 * Breaks the cycle by removing the reference the finding sits on. Not
 * preferred: any edge of the cycle would do, and only the planner knows which
 * dependency is the wrong one.
 */
export function removeEdge(parsed: ParsedPack, edge: Edge): Fix {
  const itemPath = edge.path[edge.path.length - 1] === 'id' ? edge.path.slice(0, -1) : edge.path;
  const list = valueAt(parsed.value, itemPath.slice(0, -1));
  return { title: `Remove the dependency of ${edge.from} on ${edge.to}`, edits: [removeListItem(parsed, itemPath, Array.isArray(list) ? list.length : 1)] };
}

function chainText({ head, omitted, tail }: Chain): string {
  return omitted === 0 && tail.length === 0 ? head.join(' → ') : `${head.join(' → ')} → … ${omitted} more … → ${tail.join(' → ')}`;
}
