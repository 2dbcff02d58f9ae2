import type { Finding, RelatedInfo } from '../../diagnostic';
import { locate } from '../../parse/parsePack';
import { formatSpan, parseSpan, spanContains } from '../../time';
import type { WeekSpan } from '../../time';
import type { BriefCheck } from '../context';
import type { MilestoneLine } from '../types';

/** RP103 for a milestone time that does not parse; RP704 for one outside the initiative's `when`. */
export function checkMilestones(check: BriefCheck): Finding[] {
  return check.brief.milestones.flatMap((milestone) => {
    const parsed = parseSpan(milestone.time, check.calendar);
    if (!parsed.ok) return [{ code: 'RP103', message: `Milestone "${milestone.name}": ${parsed.message}`, span: milestone.timeSpan }];
    return outside(check, milestone, parsed.value);
  });
}

function outside({ initiative, context }: BriefCheck, milestone: MilestoneLine, span: WeekSpan): Finding[] {
  if (!initiative?.span || spanContains(initiative.span, span)) return [];
  const runs = `${initiative.id} runs ${formatSpan(initiative.span)}`;
  const related: RelatedInfo[] = context.pack && context.packUri !== undefined ? [{ message: `${runs} in the pack`, span: locate(context.pack.parsed, [...initiative.path, 'when']), uri: context.packUri }] : [];
  return [{ code: 'RP704', message: `The milestone "${milestone.name}" (${formatSpan(span)}) falls outside ${initiative.id}, which runs ${formatSpan(initiative.span)} in the pack.`, span: milestone.timeSpan, related }];
}
