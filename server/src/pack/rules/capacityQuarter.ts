import type { Finding } from '../diagnostic';
import { MOST_RELATED, contributionLinks, hiresNote, loadText, loadedBy } from '../capacity/describe';
import { Contribution, QuarterLoad, isAbove } from '../capacity/loads';
import type { Team } from '../model/types';
import { oneDecimal } from '../text/format';
import { formatQuarter } from '../time';
import type { RuleContext } from './rule';

/**
 * Quarter utilisation per team, shared by RP501 (over 100%) and RP502 (over
 * warn_at): each quarter earns at most one of the two.
 */
export function quarterFindings(context: RuleContext, level: 'over' | 'warn'): Finding[] {
  const findings: Finding[] = [];
  const settings = [level, context.model.capacity.warnAt, context.options.ifHired];
  for (const team of context.analysis.loads.keys()) {
    const worded = context.analysis.teamFindings(level === 'over' ? 'RP501' : 'RP502', team, settings, () => teamQuarterFindings(context, team, level));
    for (const finding of worded) findings.push(finding);
  }
  return findings;
}

function teamQuarterFindings(context: RuleContext, team: Team, level: 'over' | 'warn'): Finding[] {
  const findings: Finding[] = [];
  for (const quarter of context.analysis.quarterLoads(team)) {
    const over = quarter.capacity <= 0 || isAbove(quarter.load, quarter.capacity);
    const warn = !over && isAbove(quarter.load, quarter.capacity * context.model.capacity.warnAt);
    if ((level === 'over' && over) || (level === 'warn' && warn)) findings.push(finding(context, team, quarter, level));
  }
  return findings;
}

function finding(context: RuleContext, team: Team, quarter: QuarterLoad, level: 'over' | 'warn'): Finding {
  const when = formatQuarter(quarter.quarter);
  const threshold = Math.round(context.model.capacity.warnAt * 100);
  const headline = level === 'over' ? `${team.name} is over capacity in ${when}` : `${team.name} is above ${threshold}% of its capacity in ${when}`;
  // Only the largest parts are named; a quarter of a large pack has thousands.
  const largest = quarter.parts.slice(0, MOST_RELATED);
  const amounts = new Map(largest.map((part) => [part.contribution, part.amount]));
  const idOf = (c: Contribution) => context.analysis.initiativeOf(c).id;
  const parts = largest.map((part) => ({ id: idOf(part.contribution), amount: part.amount }));
  return {
    code: level === 'over' ? 'RP501' : 'RP502',
    message: `${headline}: ${loadText(quarter.load, quarter.capacity)}, loaded by ${loadedBy(parts, quarter.parts.length)}.${hiresNote(team, context.options.ifHired)}`,
    span: context.span([...team.path, 'id']),
    related: contributionLinks(
      context.analysis,
      largest.map((part) => part.contribution),
      context.span,
      (c) => `${idOf(c)}: ${oneDecimal(amounts.get(c)!)} engineer-weeks in ${when}`,
    ),
  };
}
