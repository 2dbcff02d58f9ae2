import type { Finding } from '../diagnostic';
import { CapacityPlaces, contributionLinks, hiresNote, packPlaces } from '../capacity/describe';
import { listAnd } from '../strategy/completeness';
import type { Contribution, TeamLoad } from '../capacity/loads';
import type { Team } from '../model/types';
import type { OverloadedRun } from '../capacity/overloads';
import { percentText, roundPair } from '../model/values';
import { oneDecimal } from '../text/format';
import { formatSpan, formatWeek } from '../time';
import type { Rule, RuleContext } from './rule';

export const weeklyOverload: Readonly<Rule<'RP503'>> = {
  code: 'RP503',
  name: 'weekly-overload',
  severity: 'warning',
  summary: "A team's planned effort exceeds its capacity in a run of weeks (work may still move within the quarter); reported once per run.",
  // The runs are reused while the team's capacity inputs are the same; only their wording is this check's.
  check: (context) =>
    [...context.analysis.loads.values()].flatMap((load) => context.analysis.teamFindings('RP503', load.team, [context.options.ifHired], () => runFindings(context, load))),
};

function runFindings(context: RuleContext, load: TeamLoad): Finding[] {
  const places = packPlaces(context.analysis, context.span);
  return context.analysis.overloadedRuns(load.team).map((run) => weeklyOverloadFinding(places, load.team, run, context.options.ifHired));
}

/** One run of overloaded weeks of a team, worded at `places`. */
export function weeklyOverloadFinding(places: CapacityPlaces, team: Team, run: OverloadedRun<Contribution>, ifHired: boolean): Finding {
  const overlapping = run.contributions;
  const [peakLoad, peakCapacity] = roundPair(run.peakLoad, run.peakCapacity);
  const peak = run.peakCapacity > 0 ? `${peakLoad} of ${peakCapacity} engineer-weeks a week (${percentText(run.peakLoad / run.peakCapacity)})` : `${oneDecimal(run.peakLoad)} engineer-weeks a week with no capacity`;
  const weeks = run.span.first === run.span.last ? formatWeek(run.span.first) : formatSpan(run.span);
  const idOf = (c: Contribution) => places.idOf(c);
  const names = overlapping.slice(0, 5).map((c) => `${idOf(c)} (${oneDecimal(c.rate)}/week)`);
  const shown = overlapping.length > 5 ? [...names, `${overlapping.length - 5} more`] : names;
  return {
    code: 'RP503',
    message: `${team.name} is overloaded in ${weeks}: peak ${peak} in ${formatWeek(run.peakWeek)}, ${shown.length === 1 ? `from ${shown[0]} alone` : `while ${listAnd(shown)} overlap`}.${hiresNote(team, ifHired)}`,
    span: places.teamAt(team).span,
    related: contributionLinks(places, overlapping, (c: Contribution) => `${idOf(c)}: ${oneDecimal(c.rate)} engineer-weeks a week over ${formatSpan(c.span)}`),
  };
}
