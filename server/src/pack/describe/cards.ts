import type { PackAnalysis } from '../analysis';
import type { Entity, Gate, Goal, Initiative, RegisterDependency, Risk, Team, Tradeoff } from '../model/types';
import type { MetricInput } from '../schema/packSchema';
import { GoalDelivery, deliveryOf } from '../strategy/goalDelivery';
import { effortAt, effortText, percentText } from '../model/values';
import { oneDecimal, ownerNames, plural } from '../text/format';
import { formatDateLong, formatQuarter, formatSpan, formatWeek, weekDates, WeekSpan } from '../time';
import { overlap, type QuarterLoad } from '../capacity/loads';

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
      return tradeoffCard(analysis, entity);
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
    initiative.effort ? line('Effort', `${effortText(initiative.effort)} engineer-weeks (${oneDecimal(effortAt(initiative.effort, model.capacity.estimate))} at the ${model.capacity.estimate} estimate)`) : '',
    line('Needs', needs(analysis, initiative.id).join(', ') || 'nothing'),
    line('Needed by', neededBy(analysis, initiative.id).join(', ') || 'nothing'),
    ...shareOfQuarters(analysis, initiative),
    input.outcome ? line('Outcome', md(input.outcome)) : '',
    ...valueLines(analysis, initiative),
  ];
  return lines.filter((text, index) => text !== '' || index === 1).join('  \n');
}

/**
 * The goals it serves and whether a customer sees it: shown where the pack
 * has goals, or where the initiative says either (a pack without goals keeps
 * its cards as they were).
 */
function valueLines(analysis: PackAnalysis, initiative: Initiative): string[] {
  if (analysis.model.goals.length === 0 && initiative.serves.length === 0 && initiative.input.delivers === undefined) return [];
  const serves = initiative.serves.map((id) => titled(analysis, id));
  const delivers = initiative.delivers === 'value' ? 'value: a customer sees it when it ends' : 'enabler: platform work no customer sees yet';
  return [line('Serves', serves.join(', ') || 'no goal'), line('Delivers', delivers)];
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

/** What a goal is for, who serves it and whether it is met by its `by`. */
function goalCard(analysis: PackAnalysis, goal: Goal): string {
  const input = goal.input;
  // `serves` names the first goal with an id, so a repeated one's card is that goal's.
  const standing = analysis.goals.find((candidate) => candidate.goal.id === goal.id);
  const delivery: GoalDelivery = standing ? deliveryOf(standing) : { goal, serving: [], last: undefined, state: 'unserved', weeks: 0 };
  const by = goal.by === undefined ? '' : line('By', `end of ${formatWeek(goal.by)} (${formatDateLong(weekDates(goal.by, analysis.model.calendar).end)})`);
  const head = `**${md(goal.id)}** — ${input.kind ? `${md(input.kind)} goal` : 'goal'}: ${md(goal.title)}`;
  return [head, by, line('Status', goalStatus(delivery)), input.owner ? line('Owner', md(input.owner)) : '', ...(input.metrics ?? []).map((metric) => line('Metric', metricText(metric))), ...servedBy(delivery)].filter(Boolean).join('  \n');
}

/** "met: …" / "late by 3 weeks: …" in words, naming the initiative that decides it. */
function goalStatus(delivery: GoalDelivery): string {
  const last = delivery.last;
  const ends = last?.span ? `${md(last.id)} ends ${formatWeek(last.span.last)}` : '';
  switch (delivery.state) {
    case 'unserved':
      return 'not served: no initiative that is not cut names it in `serves`';
    case 'undated':
      return 'no end date: none of the initiatives serving it has a `when`';
    case 'open':
      return `no \`by\` to meet; the last of the work, ${ends}`;
    case 'met':
      return delivery.weeks === 0 ? `met: the last of the work, ${ends}, in the last week` : `met: the last of the work, ${ends}, ${plural(delivery.weeks, 'week')} before`;
    case 'late':
      return `late by ${plural(delivery.weeks, 'week')}: the last of the work, ${ends}`;
  }
}

/** At most this many serving initiatives in a card; the rest are counted. */
const MAX_SERVING = 10;

function servedBy(delivery: GoalDelivery): string[] {
  if (delivery.serving.length === 0) return [];
  const rows = delivery.serving.slice(0, MAX_SERVING).map((i) => `· ${md(i.id)} — ${md(i.title)}, ${i.span ? `ends ${formatWeek(i.span.last)}` : 'no `when`'}, ${i.delivers === 'value' ? 'delivers value' : 'enabler'}`);
  const more = delivery.serving.length > MAX_SERVING ? [`· and ${delivery.serving.length - MAX_SERVING} more`] : [];
  return [`*Served by ${delivery.serving.length}:*`, ...rows, ...more];
}

function metricText(metric: MetricInput): string {
  const value = (v: MetricInput['baseline']): string => (v === undefined ? '?' : md(String(v)));
  const targets = Object.entries(metric.targets ?? {}).map(([quarter, target]) => `${md(quarter)} ${value(target)}`);
  const target = metric.target !== undefined ? value(metric.target) : targets.length > 0 ? targets.join(', ') : '?';
  return `${md(metric.name)}: ${value(metric.baseline)} → ${target}`;
}

/** A trade-off as a decision record: what was chosen, why, how its cost is contained, what it shapes, when to look again. */
function tradeoffCard(analysis: PackAnalysis, tradeoff: Tradeoff): string {
  const input = tradeoff.input;
  const affects = (input.affects ?? []).map((id) => titled(analysis, id));
  return [
    `**${md(tradeoff.id)}** — trade-off: ${md(tradeoff.title)}`,
    line('Decision', input.decision ? md(input.decision) : 'not written yet'),
    line('Rationale', input.rationale ? md(input.rationale) : 'not written yet'),
    line('Mitigation', input.mitigation ? md(input.mitigation) : 'not written yet'),
    affects.length ? line('Affects', affects.join(', ')) : '',
    input.revisit ? line('Revisit', md(input.revisit)) : '',
  ]
    .filter(Boolean)
    .join('  \n');
}

/** `occ (Optimistic locking)`, or the id alone when it names nothing in the pack. */
function titled(analysis: PackAnalysis, id: string): string {
  const entity = analysis.model.byId.get(id);
  return entity && entity.title !== id ? `${md(id)} (${md(entity.title)})` : md(id);
}

/** Load against capacity, quarter by quarter. */
export function teamCard(analysis: PackAnalysis, team: Team): string {
  const load = analysis.loads.get(team);
  return teamCardOf(team, load ? analysis.quarterLoads(team) : []);
}

/** A team's card from its quarters' load and capacity (a portfolio's team: summed over every pack). */
export function teamCardOf(team: Team, quarters: readonly Pick<QuarterLoad, 'quarter' | 'load' | 'capacity'>[]): string {
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
