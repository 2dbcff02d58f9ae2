import type { Finding } from '../diagnostic';
import type { CycleEdge } from '../analysis';
import type { Rule, RuleContext } from './rule';

export const dependencyCycle: Readonly<Rule> = {
  code: 'RP301',
  name: 'dependency-cycle',
  severity: 'error',
  summary: 'Dependencies form a cycle, so none of the work in it can start; reported on every edge of the cycle.',
  check: (context) => context.analysis.cycleEdges.map((cycle) => finding(context, cycle)),
};

const LONGEST_CHAIN = 12;

function finding(context: RuleContext, cycle: CycleEdge): Finding {
  const { edge } = cycle;
  const subject = edge.from === edge.to ? `${edge.from} depends on itself` : `${edge.from} depends on ${edge.to}`;
  return {
    code: 'RP301',
    message: `${subject}, which closes a dependency cycle: ${chainText(cycle.chain)}. Nothing in a cycle can start; remove one of its edges.`,
    span: context.span(edge.path),
    related: cycle.chainEdges.map((step) => ({ message: `${step.from} → ${step.to}`, span: context.span(step.path) })),
  };
}

function chainText(chain: string[]): string {
  if (chain.length <= LONGEST_CHAIN) return chain.join(' → ');
  const head = chain.slice(0, LONGEST_CHAIN / 2);
  const tail = chain.slice(-LONGEST_CHAIN / 2);
  return `${head.join(' → ')} → … ${chain.length - LONGEST_CHAIN} more … → ${tail.join(' → ')}`;
}
