import type { PackAnalysis } from '../analysis';
import type { Entity, Gate, Goal, Initiative, RegisterDependency, Risk, Team, Tradeoff } from '../model/types';
import { effortAt, percentText } from '../model/values';
import { oneDecimal, ownerNames } from '../text/format';
import { formatDateLong, formatQuarter, formatSpan, formatWeek, weekDates, WeekSpan } from '../time';
import { overlap } from '../capacity/loads';

/** Hover cards: short Markdown a planner reads at a glance. Labels from the pack are escaped. */
export function entityCard(analysis: PackAnalysis, entity: Entity): string {
  switch (entity.kind) {
    case 'initiative':
      return initiativeCard(analysis, entity);
    case 'gate':
      return gateCard(analysis, entity);
    case 'risk':
      return riskCard(entity);
    case 'goal':
      return goalCard(analysis, entity);
    case 'tradeoff':
      return tradeoffCard(entity);
    default:
      return dependencyCard(analysis, entity);
  }
}

export function initiativeCard(analysis: PackAnalysis, initiative: Initiative): string {
  const { model } = analysis;
  const input = initiative.input;
  const owners = ownerNames(initiative.owners, analysis.teams);
  const lines = [
    `**${md(initiative.id)}** — ${md(initiative.title)}`,
    '',
    line('Owner', owners.map(md).join(', ')) + detail([input.theme, input.status, input.tier !== undefined ? `tier ${input.tier}` : undefined]),
    initiative.span ? line('When', `${formatSpan(initiative.span)} (${datesOf(analysis, initiative.span)})`) : '',
    initiative.effort ? line('Effort', `${effortText(initiative)} engineer-weeks (${oneDecimal(effortAt(initiative.effort, model.capacity.estimate))} at the ${model.capacity.estimate} estimate)`) : '',
    line('Needs', needs(analysis, initiative.id).join(', ') || 'nothing'),
    line('Needed by', neededBy(analysis, initiative.id).join(', ') || 'nothing'),
    ...shareOfQuarters(analysis, initiative),
    input.outcome ? line('Outcome', md(input.outcome)) : '',
  ];
  return lines.filter((text, index) => text !== '' || index === 1).join('  \n');
}

function gateCard(analysis: PackAnalysis, gate: Gate): string {
  const when = gate.at === undefined ? '' : line('Decided', `end of ${formatWeek(gate.at)} (${formatDateLong(weekDates(gate.at, analysis.model.calendar).end)})`);
  return [`**${md(gate.id)}** — decision gate: ${md(gate.title)}`, '', when, gate.input.decision ? line('Decision', md(gate.input.decision)) : '', gate.input.output ? line('Output', md(gate.input.output)) : '', gate.input.owner ? line('Owner', md(gate.input.owner)) : '', line('Needed by', neededBy(analysis, gate.id).join(', ') || 'nothing')].filter(Boolean).join('  \n');
}

function riskCard(risk: Risk): string {
  const input = risk.input;
  return [`**${md(risk.id)}** — risk: ${md(risk.title)}`, line('Likelihood / impact', `${md(input.likelihood ?? '?')} / ${md(input.impact ?? '?')}`), input.mitigation ? line('Mitigation', md(input.mitigation)) : '', input.owner ? line('Owner', md(input.owner)) : '', input.review ? line('Review', md(input.review)) : '', input.affects?.length ? line('Affects', input.affects.map(md).join(', ')) : ''].filter(Boolean).join('  \n');
}

function dependencyCard(analysis: PackAnalysis, dependency: RegisterDependency): string {
  const input = dependency.input;
  const due = dependency.neededBy === undefined ? line('Needed by', 'no date (work that waits for it cannot be scheduled)') : line('Needed by', `end of ${formatWeek(dependency.neededBy)} (${formatDateLong(weekDates(dependency.neededBy, analysis.model.calendar).end)})`);
  return [`**${md(dependency.id)}** — dependency: ${md(dependency.title)}`, due, line('From → to', `${md(input.requester ?? '?')} → ${md(input.provider ?? '?')}`), input.status ? line('Status', md(input.status)) : '', line('Waited for by', neededBy(analysis, dependency.id).join(', ') || 'nothing')].filter(Boolean).join('  \n');
}

function goalCard(analysis: PackAnalysis, goal: Goal): string {
  const input = goal.input;
  const by = goal.by === undefined ? '' : line('By', `end of ${formatWeek(goal.by)} (${formatDateLong(weekDates(goal.by, analysis.model.calendar).end)})`);
  return [`**${md(goal.id)}** — ${input.kind ? `${md(input.kind)} goal` : 'goal'}: ${md(goal.title)}`, by, input.owner ? line('Owner', md(input.owner)) : ''].filter(Boolean).join('  \n');
}

function tradeoffCard(tradeoff: Tradeoff): string {
  const input = tradeoff.input;
  return [`**${md(tradeoff.id)}** — trade-off: ${md(tradeoff.title)}`, input.decision ? line('Decision', md(input.decision)) : '', input.rationale ? line('Rationale', md(input.rationale)) : '', input.mitigation ? line('Mitigation', md(input.mitigation)) : '', input.affects?.length ? line('Affects', input.affects.map(md).join(', ')) : ''].filter(Boolean).join('  \n');
}

/** Load against capacity, quarter by quarter. */
export function teamCard(analysis: PackAnalysis, team: Team): string {
  const load = analysis.loads.get(team);
  const quarters = load ? analysis.quarterLoads(team) : [];
  const rows = quarters.map((q) => `| ${formatQuarter(q.quarter)} | ${oneDecimal(q.load)} | ${oneDecimal(q.capacity)} | ${q.capacity > 0 ? percentText(q.load / q.capacity) : '—'} |`);
  const table = rows.length ? ['', '| Quarter | Planned | Capacity | Used |', '|---|---:|---:|---:|', ...rows].join('\n') : '\n\nNo planned work.';
  const size = team.headcount.map((step) => (Number.isFinite(step.from) ? `${step.count} from ${formatWeek(step.from)}${step.confirmed ? '' : ' (unconfirmed)'}` : `${step.count}`)).join(', ');
  return `**${md(team.name)}** (${code(team.id)}) — ${size} engineers, ${percentText(team.bau)} BAU${table}`;
}

/** The dates a time value stands for. */
export function spanCard(analysis: PackAnalysis, span: WeekSpan): string {
  return `${formatSpan(span)}: ${datesOf(analysis, span)}`;
}

function datesOf(analysis: PackAnalysis, span: WeekSpan): string {
  const calendar = analysis.model.calendar;
  return `${formatDateLong(weekDates(span.first, calendar).start)} – ${formatDateLong(weekDates(span.last, calendar).end)}`;
}

function needs(analysis: PackAnalysis, id: string): string[] {
  return [...new Set(analysis.model.edges.filter((edge) => edge.from === id).map((edge) => md(edge.to)))];
}

function neededBy(analysis: PackAnalysis, id: string): string[] {
  return [...new Set(analysis.model.edges.filter((edge) => edge.to === id).map((edge) => md(edge.from)))];
}

function shareOfQuarters(analysis: PackAnalysis, initiative: Initiative): string[] {
  const lines: string[] = [];
  for (const [team, load] of analysis.loads) {
    const contribution = load.contributions.find((c) => analysis.initiativeOf(c) === initiative);
    if (!contribution) continue;
    for (const quarter of analysis.quarterLoads(team)) {
      const weeks = overlap(contribution.span, { first: quarter.quarter * 13, last: quarter.quarter * 13 + 12 });
      if (weeks === 0) continue;
      const amount = contribution.rate * weeks;
      lines.push(line(`Share of ${md(team.name)} in ${formatQuarter(quarter.quarter)}`, `${oneDecimal(amount)} of ${oneDecimal(quarter.capacity)} engineer-weeks (${quarter.capacity > 0 ? percentText(amount / quarter.capacity) : '—'})`));
    }
  }
  return lines;
}

function effortText(initiative: Initiative): string {
  const { low, high } = initiative.effort!;
  return low === high ? `${low}` : `${low}–${high}`;
}

function line(label: string, value: string): string {
  return `*${label}:* ${value}`;
}

function detail(parts: (string | undefined)[]): string {
  const present = parts.filter((part): part is string => Boolean(part)).map(md);
  return present.length ? ` · ${present.join(' · ')}` : '';
}

/**
 * Pack text as Markdown that renders as that text: every ASCII punctuation
 * mark escaped (CommonMark allows a backslash before any, and `:` and `&`
 * matter too: autolinks, entities), and line breaks folded into spaces so
 * that a multi-line value cannot start a block of its own. Every piece of pack
 * text in a card goes through here.
 */
export function md(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/[!-/:-@[-`{-~]/g, (c) => `\\${c}`);
}

/** Pack text as a code span, where backslashes do not escape: fenced with more backticks than it holds. */
function code(text: string): string {
  const flat = text.replace(/\s*\n\s*/g, ' ');
  const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}
