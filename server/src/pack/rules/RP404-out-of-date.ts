import type { Finding, Fix } from '../diagnostic';
import type { Initiative } from '../model/types';
import { WeekIndex, WeekSpan, formatSpan, formatWeek, spanLength } from '../time';
import type { EntityContext, Rule } from './rule';

/**
 * Per entity, with today's week as a fact it reads: a plan looked at in
 * December has most of its initiatives past their end, and wording each
 * again on every keystroke cost a 10,000-initiative pack 20 ms of its 60.
 * The findings are kept per initiative and worded again when it changes, or
 * when today's week does.
 */
export const outOfDate: Readonly<Rule<'RP404'>> = {
  code: 'RP404',
  name: 'out-of-date',
  severity: 'warning',
  summary: 'Today is past the end of an initiative that is still `planned` or `in-progress`.',
  each: {
    initiatives: (initiative, context) => {
      const today = context.today();
      return today !== undefined && isStale(initiative, today) ? [finding(context, initiative, initiative.span!, today)] : [];
    },
  },
};

const OPEN: ReadonlySet<string> = new Set(['planned', 'in-progress']);

function isStale(initiative: Initiative, today: WeekIndex): boolean {
  return OPEN.has(initiative.status) && initiative.span !== undefined && initiative.span.last < today;
}

function finding(context: EntityContext, initiative: Initiative, span: WeekSpan, today: WeekIndex): Finding {
  const planned = initiative.status === 'planned';
  const statusWritten = initiative.input.status !== undefined;
  const when = context.span([...initiative.path, 'when']);
  const advice = planned ? 'mark it done or cut, or move its `when`' : 'mark it done, or move its end';
  return {
    code: 'RP404',
    message: `${initiative.id} ends ${formatWeek(span.last)} but today is ${formatWeek(today)} and it is still ${planned ? 'planned' : 'in progress'}: ${advice}.`,
    span: when,
    related: statusWritten ? [{ message: `Its status is ${initiative.status}`, span: context.span([...initiative.path, 'status']) }] : undefined,
    fixes: [...(statusWritten ? statusFixes(context, initiative, planned) : []), moveFix(when, span, today, planned)],
  };
}

function statusFixes(context: EntityContext, initiative: Initiative, planned: boolean): Fix[] {
  const status = context.span([...initiative.path, 'status']);
  const to = (value: string): Fix => ({ title: `Mark ${initiative.id} ${value}`, edits: [{ span: status, newText: value }] });
  return planned ? [to('done'), to('cut')] : [to('done')];
}

/** In progress: the end moves to this week. Planned: the whole span moves to start this week, as long as it was. */
function moveFix(when: { start: number; end: number }, span: WeekSpan, today: WeekIndex, planned: boolean): Fix {
  const moved = planned ? { first: today, last: today + spanLength(span) - 1 } : { first: span.first, last: today };
  const text = formatSpan(moved);
  return { title: planned ? `Move to ${text}, starting this week` : `Extend the end to ${formatWeek(today)} (${text})`, edits: [{ span: when, newText: text }] };
}
