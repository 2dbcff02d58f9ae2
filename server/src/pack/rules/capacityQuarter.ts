import type { Finding } from '../diagnostic';
import { CapacityPlaces, MOST_RELATED, contributionLinks, hiresNote, loadText, loadedBy, packPlaces } from '../capacity/describe';
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
  const settings = { warnAt: context.model.capacity.warnAt, ifHired: context.options.ifHired };
  return quarterLevelFindings(packPlaces(context.analysis, context.span), team, context.analysis.quarterLoads(team), level, settings);
}

/** What the quarter findings read besides the loads: the threshold, and whether unconfirmed hires count. */
export interface QuarterSettings {
  warnAt: number;
  ifHired: boolean;
}

/** One team's quarters over capacity (`over`, RP501) or over warn_at (`warn`, RP502), worded at `places`. */
export function quarterLevelFindings(places: CapacityPlaces, team: Team, quarters: readonly QuarterLoad[], level: 'over' | 'warn', settings: QuarterSettings): Finding[] {
  const findings: Finding[] = [];
  for (const quarter of quarters) {
    const over = quarter.capacity <= 0 || isAbove(quarter.load, quarter.capacity);
    const warn = !over && isAbove(quarter.load, quarter.capacity * settings.warnAt);
    if ((level === 'over' && over) || (level === 'warn' && warn)) findings.push(finding(places, team, quarter, level, settings));
  }
  return findings;
}

function finding(places: CapacityPlaces, team: Team, quarter: QuarterLoad, level: 'over' | 'warn', settings: QuarterSettings): Finding {
  const when = formatQuarter(quarter.quarter);
  const threshold = Math.round(settings.warnAt * 100);
  const headline = level === 'over' ? `${team.name} is over capacity in ${when}` : `${team.name} is above ${threshold}% of its capacity in ${when}`;
  // Only the largest parts are named; a quarter of a large pack has thousands.
  const largest = quarter.parts.slice(0, MOST_RELATED);
  const amounts = new Map(largest.map((part) => [part.contribution, part.amount]));
  const idOf = (c: Contribution) => places.idOf(c);
  const parts = largest.map((part) => ({ id: idOf(part.contribution), amount: part.amount }));
  return {
    code: level === 'over' ? 'RP501' : 'RP502',
    message: `${headline}: ${loadText(quarter.load, quarter.capacity)}, loaded by ${loadedBy(parts, quarter.parts.length)}.${hiresNote(team, settings.ifHired)}`,
    span: places.teamAt(team).span,
    related: contributionLinks(
      places,
      largest.map((part) => part.contribution),
      (c) => `${idOf(c)}: ${oneDecimal(amounts.get(c)!)} engineer-weeks in ${when}`,
    ),
  };
}
