import type { Initiative } from '../model/types';
import type { MetricInput } from '../schema/packSchema';
import { GoalDelivery, goalDeliveries } from '../strategy/goalDelivery';
import { plural } from '../text/format';
import { WEEKS_PER_QUARTER, formatQuarter, formatWeek, quarterOfWeek } from '../time';
import { SafeIds, label } from './escape';
import { GROUP_PREFIX } from './names';
import { INDENT, RenderedView, ViewInput, listIds, single } from './shared';
import { unbroken } from './unbroken';

/**
 * What the plan is for: each goal on the left, the initiatives serving it on
 * its right, as a Mermaid flowchart (left to right, goal → initiative).
 *
 * Why a flowchart and not a table: the question a VP asks is "which work is
 * this goal riding on", and an initiative serving two goals is one card with
 * two arrows, where a table repeats it. The verdict is in words on every
 * goal card (met, late by N weeks naming the initiative that ends last, not
 * served, no end date), so the colours only repeat it. Initiatives that
 * deliver value are round-ended cards that say "delivers value"; enablers are
 * plain boxes that say "enabler".
 *
 * A goal shows at most MAX_SERVING initiatives (the last to end first, since
 * that one decides the verdict), then a card counting the rest; at most
 * MAX_GOALS goals are drawn. Initiatives serving no goal are named in a
 * warning (the preview's hint line), not drawn. A pack without goals draws
 * nothing and says in one line how to add them.
 *
 * Above AGGREGATE_CARDS_ABOVE initiative cards the drawing would take Mermaid
 * over a second and be too tall to read, so only the goal cards are drawn,
 * each saying how much work serves it; a click on one drills down (focus) to
 * that goal and the work serving it, up to MAX_SERVING_FOCUSED cards.
 */
export function goalsView(input: ViewInput, options: { focus?: string } = {}): RenderedView {
  const { model } = input;
  if (model.goals.length === 0) return noGoals();
  const ids = new SafeIds();
  const deliveries = goalDeliveries(model);
  const focused = deliveries.filter((delivery) => options.focus !== undefined && delivery.goal.id === options.focus);
  const shown = focused.length > 0 ? focused : deliveries.slice(0, MAX_GOALS);
  const drawing = new Drawing(ids, focused.length > 0 ? MAX_SERVING_FOCUSED : MAX_SERVING);
  const aggregate = focused.length === 0 && drawing.cardsFor(shown) > AGGREGATE_CARDS_ABOVE;
  for (const delivery of shown) {
    if (aggregate) drawing.goalAlone(delivery);
    else drawing.goal(delivery);
  }
  const warnings = [summary(deliveries), ...unaligned(input), ...scopeWarnings(deliveries, focused, aggregate)];
  return single([...FRONT_MATTER, 'flowchart LR', ...drawing.lines(), ...drawing.classLines()].join('\n') + '\n', ids.sourceMap, warnings);
}

/** What the drawing leaves out, and how to see it. */
function scopeWarnings(deliveries: readonly GoalDelivery[], focused: readonly GoalDelivery[], aggregate: boolean): string[] {
  if (focused.length > 0) return [`Showing only ${focused[0].goal.id} and the work serving it.`];
  const warnings = deliveries.length > MAX_GOALS ? [`Shows the first ${MAX_GOALS} of ${deliveries.length} goals.`] : [];
  if (aggregate) warnings.push('Too much work to draw beside every goal: click a goal to see the initiatives serving it.');
  return warnings;
}

export const NO_GOALS = 'This pack has no goals: add a `goals:` list (id, title, by) and name each goal in the `serves` of the initiatives that advance it.';
const MAX_GOALS = 30;
const MAX_SERVING = 8;
const MAX_SERVING_FOCUSED = 30;
/** Initiative cards (the "and N more" ones included) above which only the goals are drawn. */
const AGGREGATE_CARDS_ABOVE = 40;
/** Cards wide enough for a goal's title and its verdict on few lines (Mermaid's default, 200 px, wrapped most). */
export const GOAL_CARD_WIDTH = 300;
const FRONT_MATTER = ['---', 'config:', '  flowchart:', `    wrappingWidth: ${GOAL_CARD_WIDTH}`, '    rankSpacing: 60', '---'] as const;

/**
 * Card colours, text included, the same in every theme (a fixed fill with
 * the theme's text colour was unreadable in dark themes); each pair is above
 * 12:1. Late and not served are red, not served dashed too; met is green.
 */
export const GOAL_CLASSES = {
  met: 'fill:#e6f4ea,stroke:#2e7d32,color:#1a1a1a',
  late: 'fill:#ffecec,stroke:#c92a2a,stroke-width:3px,color:#1a1a1a',
  unserved: 'fill:#ffecec,stroke:#c92a2a,stroke-width:3px,stroke-dasharray:6 4,color:#1a1a1a',
  open: 'fill:#eef4ff,stroke:#3b5bdb,color:#1a1a1a',
  value: 'fill:#e7f5ff,stroke:#1864ab,stroke-width:2px,color:#1a1a1a',
  enabler: 'fill:#f2f2f2,stroke:#666666,color:#1a1a1a',
  more: 'fill:#f2f2f2,stroke:#666666,stroke-dasharray:2 3,color:#1a1a1a',
} as const;
type CardClass = keyof typeof GOAL_CLASSES;

/**
 * Nothing to draw: the preview shows the tab with the one line that says how
 * to add goals; `render` prints a one-card diagram saying the same, so its
 * output is still a diagram.
 */
function noGoals(): RenderedView {
  const text = `flowchart LR\n${INDENT}e1["${label(NO_GOALS.replace(/`/g, ''), 'flowchart')}"]\n`;
  return { text, diagrams: [], sourceMap: {}, warnings: [NO_GOALS] };
}

/** The goal cards, the initiative cards (each drawn once, however many goals it serves) and the arrows between them. */
class Drawing {
  private readonly nodes: string[] = [];
  private readonly edges: string[] = [];
  private readonly drawn = new Map<Initiative, string>();
  private readonly classes = new Map<CardClass, string[]>();

  constructor(
    private readonly ids: SafeIds,
    private readonly maxServing: number,
  ) {}

  /** How many initiative cards drawing these goals in full takes: each initiative once, and each goal's "and N more". */
  cardsFor(deliveries: readonly GoalDelivery[]): number {
    const initiatives = new Set(deliveries.flatMap((delivery) => servingShown(delivery, this.maxServing)));
    return initiatives.size + deliveries.filter((delivery) => delivery.serving.length > this.maxServing).length;
  }

  goal(delivery: GoalDelivery): void {
    const id = this.ids.next('g', delivery.goal.id);
    this.nodes.push(`${INDENT}${id}["${goalLines(delivery).join('<br/>')}"]`);
    this.classify(id, goalClass(delivery));
    for (const initiative of servingShown(delivery, this.maxServing)) this.edges.push(`${INDENT}${id} --> ${this.initiative(initiative)}`);
    const more = delivery.serving.length - this.maxServing;
    if (more > 0) {
      const moreId = this.ids.next('m');
      this.nodes.push(`${INDENT}${moreId}["${label(`and ${plural(more, 'more initiative')}`, 'flowchart')}"]`);
      this.classify(moreId, 'more');
      this.edges.push(`${INDENT}${id} --> ${moreId}`);
    }
  }

  /** The goal's card alone, saying how much work serves it; a click on it drills down to that work. */
  goalAlone(delivery: GoalDelivery): void {
    const id = this.ids.next('g', `${GROUP_PREFIX}${delivery.goal.id}`);
    const serving = delivery.serving.length === 0 ? [] : [label(`served by ${servingWords(delivery.serving)}: click to see them`, 'flowchart')];
    this.nodes.push(`${INDENT}${id}["${[...goalLines(delivery), ...serving].join('<br/>')}"]`);
    this.classify(id, goalClass(delivery));
  }

  lines(): string[] {
    return [...this.nodes, ...this.edges];
  }

  classLines(): string[] {
    const lines: string[] = [];
    for (const [name, style] of Object.entries(GOAL_CLASSES) as [CardClass, string][]) {
      const members = this.classes.get(name) ?? [];
      if (members.length === 0) continue;
      lines.push(`${INDENT}classDef ${name} ${style}`);
      for (let i = 0; i < members.length; i += 50) lines.push(`${INDENT}class ${members.slice(i, i + 50).join(',')} ${name}`);
    }
    return lines;
  }

  private initiative(initiative: Initiative): string {
    const known = this.drawn.get(initiative);
    if (known) return known;
    const id = this.ids.next('n', initiative.id);
    this.drawn.set(initiative, id);
    const text = initiativeLines(initiative).join('<br/>');
    // A round-ended card for value, a box for an enabler: told apart without colour too.
    this.nodes.push(initiative.delivers === 'value' ? `${INDENT}${id}(["${text}"])` : `${INDENT}${id}["${text}"]`);
    this.classify(id, initiative.delivers === 'value' ? 'value' : 'enabler');
    return id;
  }

  private classify(id: string, className: CardClass): void {
    const members = this.classes.get(className);
    if (members) members.push(id);
    else this.classes.set(className, [id]);
  }
}

/** The initiatives drawn beside a goal: the one that ends last first (it decides the verdict), then the pack's order. */
function servingShown(delivery: GoalDelivery, max: number): readonly Initiative[] {
  const { serving, last } = delivery;
  if (serving.length <= max || !last) return serving.slice(0, max);
  return [last, ...serving.filter((initiative) => initiative !== last)].slice(0, max);
}

/** "9 initiatives (3 deliver value)". */
function servingWords(serving: readonly Initiative[]): string {
  const value = serving.filter((initiative) => initiative.delivers === 'value').length;
  return `${plural(serving.length, 'initiative')}${value > 0 ? ` (${value} ${value === 1 ? 'delivers' : 'deliver'} value)` : ''}`;
}

function goalLines(delivery: GoalDelivery): string[] {
  const { goal } = delivery;
  const kind = goal.input.kind ? `${goal.input.kind} goal` : 'goal';
  const due = goal.by !== undefined ? `${label(`${kind}, due by the end of`, 'flowchart')} ${deadline(goal.by)}` : label(`${kind}, no deadline`, 'flowchart');
  const metrics = (goal.input.metrics ?? []).slice(0, 2).map(metricLine);
  return [label(goal.title, 'flowchart', { fallback: goal.id }), due, verdictLine(delivery), ...metrics];
}

/** The verdict in words, so that it reads without colour (and in the Mermaid text). */
function verdictLine(delivery: GoalDelivery): string {
  const last = delivery.last;
  const ends = last?.span ? `${label('the last work ends', 'flowchart')} ${unbroken(formatWeek(last.span.last))} (${label(last.title, 'flowchart', { fallback: last.id, maxLength: 60 })})` : '';
  switch (delivery.state) {
    case 'unserved':
      return label('NOT SERVED: no initiative serves it', 'flowchart');
    case 'undated':
      return label('NO END DATE: the work serving it has no dates', 'flowchart');
    case 'open':
      return ends;
    case 'met':
      return `${label('MET:', 'flowchart')} ${ends}`;
    case 'late':
      return `${label(`LATE by ${plural(delivery.weeks, 'week')}:`, 'flowchart')} ${ends}`;
  }
}

/** `2026-Q4` when `by` ends with a quarter (most goals), else its last week. */
function deadline(week: number): string {
  return unbroken(week % WEEKS_PER_QUARTER === WEEKS_PER_QUARTER - 1 ? formatQuarter(quarterOfWeek(week)) : formatWeek(week));
}

function metricLine(metric: MetricInput): string {
  const target = metric.target ?? Object.values(metric.targets ?? {}).at(-1);
  return label(`${metric.name}: ${metric.baseline ?? '?'} → ${target ?? '?'}`, 'flowchart', { maxLength: 80 });
}

function initiativeLines(initiative: Initiative): string[] {
  const role = initiative.delivers === 'value' ? 'Delivers value' : 'Enabler';
  const status = initiative.status === 'done' ? ', done' : initiative.status === 'in-progress' ? ', in progress' : '';
  const ends = initiative.span ? `, ends ${unbroken(formatWeek(initiative.span.last))}` : label(', no dates', 'flowchart');
  return [label(initiative.title, 'flowchart', { fallback: initiative.id }), `${label(`${role}${status}`, 'flowchart')}${ends}`];
}

function goalClass(delivery: GoalDelivery): CardClass {
  if (delivery.state === 'met') return 'met';
  if (delivery.state === 'late') return 'late';
  if (delivery.state === 'unserved') return 'unserved';
  return 'open';
}

/** "4 goals: 2 met, 1 late (G2), 1 not served (G4)." */
function summary(deliveries: readonly GoalDelivery[]): string {
  const count = (state: GoalDelivery['state']) => deliveries.filter((d) => d.state === state);
  const parts = [
    [count('met'), 'met'],
    [count('late'), 'late'],
    [count('unserved'), 'not served'],
    [count('undated'), 'without an end date'],
    [count('open'), 'without a deadline'],
  ] as const;
  const named = (list: readonly GoalDelivery[], words: string, name: boolean) => `${list.length} ${words}${name ? ` (${listIds(list.map((d) => d.goal.id), 3)})` : ''}`;
  const told = parts.filter(([list]) => list.length > 0).map(([list, words]) => named(list, words, words === 'late' || words === 'not served'));
  return `${plural(deliveries.length, 'goal')}: ${told.join(', ')}.`;
}

/** The initiatives (not cut) that serve no goal: named, since the drawing leaves them out. */
function unaligned(input: ViewInput): string[] {
  const ids = input.model.initiatives.filter((i) => i.status !== 'cut' && i.serves.length === 0).map((i) => i.id);
  return ids.length === 0 ? [] : [`${plural(ids.length, 'initiative serves', 'initiatives serve')} no goal and ${ids.length === 1 ? 'is' : 'are'} not drawn: ${listIds(ids)}.`];
}
