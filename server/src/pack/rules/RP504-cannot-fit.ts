import type { Finding } from '../diagnostic';
import type { Contribution } from '../capacity/loads';
import { CapacityPlaces, hiresNote, packPlaces, relatedAt } from '../capacity/describe';
import type { Misfit } from '../capacity/misfits';
import type { Team } from '../model/types';
import { oneDecimal } from '../text/format';
import { formatSpan } from '../time';
import type { Rule, RuleContext } from './rule';

export const cannotFit: Readonly<Rule<'RP504'>> = {
  code: 'RP504',
  name: 'cannot-fit',
  severity: 'error',
  summary: "An initiative's effort exceeds its owners' whole capacity over its own span, even with nothing else planned.",
  // The misfits are reused while the team's capacity inputs are the same; only their wording is this check's.
  check: (context) => [...context.analysis.loads.keys()].flatMap((team) => context.analysis.teamFindings('RP504', team, [context.options.ifHired], () => misfitFindings(context, team))),
};

function misfitFindings(context: RuleContext, team: Team): Finding[] {
  const places = packPlaces(context.analysis, context.span);
  return context.analysis.misfits(team).map((misfit) => cannotFitFinding(places, team, misfit, context.options.ifHired));
}

/**
 * An initiative larger than its team's whole capacity over its span, at its
 * `effort` (in a portfolio, in the member's file: the caller puts it there).
 */
export function cannotFitFinding(places: CapacityPlaces, team: Team, { contribution, available }: Misfit<Contribution>, ifHired: boolean): Finding {
  const initiative = places.initiativeOf(contribution);
  const share = initiative.owners.length > 1 ? ` (its share for ${team.name})` : '';
  return {
    code: 'RP504',
    message: `${initiative.id} needs ${oneDecimal(contribution.total)} engineer-weeks${share} in ${formatSpan(contribution.span)}, but ${team.name} has only ${oneDecimal(available)} engineer-weeks in all of that span: widen \`when\`, add owners or cut scope.${hiresNote(team, ifHired)}`,
    span: places.effortOf(contribution).span,
    related: [relatedAt(places.teamAt(team), `${team.name} is defined here`)],
  };
}
