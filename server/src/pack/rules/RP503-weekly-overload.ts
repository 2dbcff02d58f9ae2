import type { Finding } from '../diagnostic';
import { contributionLinks, hiresNote } from '../capacity/describe';
import { listAnd } from '../strategy/completeness';
import { Contribution, TeamLoad, isAbove } from '../capacity/loads';
import { percentText, roundPair } from '../model/values';
import { oneDecimal } from '../text/format';
import { WeekSpan, formatSpan, formatWeek, spansOverlap } from '../time';
import type { Rule, RuleContext } from './rule';

export const weeklyOverload: Readonly<Rule<'RP503'>> = {
  code: 'RP503',
  name: 'weekly-overload',
  severity: 'warning',
  summary: "A team's planned effort exceeds its capacity in a run of weeks (work may still move within the quarter); reported once per run.",
  check: (context) => [...context.analysis.loads.values()].flatMap((load) => overloadedRuns(load).map((run) => finding(context, load, run))),
};

interface Run {
  span: WeekSpan;
  peakWeek: number;
  peakLoad: number;
  peakCapacity: number;
}

function overloadedRuns(load: TeamLoad): Run[] {
  const runs: Run[] = [];
  let current: Run | undefined;
  for (let i = 0; i < load.load.length; i++) {
    const week = load.firstWeek + i;
    if (load.load[i] <= 0 || !isAbove(load.load[i], load.capacity[i])) {
      current = undefined;
      continue;
    }
    if (!current) runs.push((current = { span: { first: week, last: week }, peakWeek: week, peakLoad: load.load[i], peakCapacity: load.capacity[i] }));
    current.span.last = week;
    if (ratio(load.load[i], load.capacity[i]) > ratio(current.peakLoad, current.peakCapacity)) Object.assign(current, { peakWeek: week, peakLoad: load.load[i], peakCapacity: load.capacity[i] });
  }
  return runs;
}

function ratio(load: number, capacity: number): number {
  return capacity > 0 ? load / capacity : Infinity;
}

function finding(context: RuleContext, load: TeamLoad, run: Run): Finding {
  const overlapping = load.contributions.filter((c) => spansOverlap(c.span, run.span)).sort((a, b) => b.rate - a.rate);
  const [peakLoad, peakCapacity] = roundPair(run.peakLoad, run.peakCapacity);
  const peak = run.peakCapacity > 0 ? `${peakLoad} of ${peakCapacity} engineer-weeks a week (${percentText(run.peakLoad / run.peakCapacity)})` : `${oneDecimal(run.peakLoad)} engineer-weeks a week with no capacity`;
  const weeks = run.span.first === run.span.last ? formatWeek(run.span.first) : formatSpan(run.span);
  const idOf = (c: Contribution) => context.analysis.initiativeOf(c).id;
  const names = overlapping.slice(0, 5).map((c) => `${idOf(c)} (${oneDecimal(c.rate)}/week)`);
  const shown = overlapping.length > 5 ? [...names, `${overlapping.length - 5} more`] : names;
  return {
    code: 'RP503',
    message: `${load.team.name} is overloaded in ${weeks}: peak ${peak} in ${formatWeek(run.peakWeek)}, ${shown.length === 1 ? `from ${shown[0]} alone` : `while ${listAnd(shown)} overlap`}.${hiresNote(load.team, context.options.ifHired)}`,
    span: context.span([...load.team.path, 'id']),
    related: contributionLinks(context.analysis, overlapping, context.span, (c: Contribution) => `${idOf(c)}: ${oneDecimal(c.rate)} engineer-weeks a week over ${formatSpan(c.span)}`),
  };
}
