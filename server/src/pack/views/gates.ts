import type { Edge, Gate } from '../model/types';
import { checkEdge, timingOf } from '../schedule/timing';
import { EpochDay, formatDateLong, formatWeek } from '../time';
import { SafeIds, label } from './escape';
import { plural } from '../text/format';
import { INDENT, RenderedView, ViewInput, gateDate, listIds, single } from './shared';
import { unbroken } from './unbroken';
import { AGGREGATE_GATES_ABOVE, gateGroup, groupCard } from './gateGroups';

/**
 * The decision gates in time order, as a column of cards: a Mermaid
 * flowchart, top to bottom, its nodes held in one column by invisible links.
 *
 * Why a column of cards and not a timeline: a timeline lays its periods side
 * by side, so six gates were 1,400 px wide in a 600 px pane (text at 7 px
 * once fitted), its section colours put white text on pale blue (3:1), and
 * its title was 34 px and clipped. A column is as wide as one card whatever
 * the number of gates, reads top to bottom like a list of decisions, and a
 * flowchart lets every card's colours be set, text included, so it reads in
 * every theme. The gantt view already shows the gates to scale.
 *
 * The first card is a heading: the pack's title, how many gates and when,
 * and how many wait for work that will not be done in time. Each gate's card:
 * its title; its week and the day it is decided (the end of that week); its
 * decision, output and owner (each only when given); then, for each thing it
 * depends on, whether that will be done by then, judged as RP401 judges it
 * (by dependency type and lag). A gate that waits for work that ends too
 * late, is cut, blocked, undefined or on a cycle is drawn red. Gates without
 * a valid `at` come last, dashed.
 */
export function gatesView(input: ViewInput, options: { focus?: string } = {}): RenderedView {
  const { model } = input;
  const ids = new SafeIds();
  const context = { input, onCycle: new Set<Edge>(input.analysis.cycleEdges.map((cycle) => cycle.edge)) };
  const sorted = sortGates(input);
  const warnings: string[] = [];
  // A focus names a quarter of gates (a drill-down); one that names no quarter (a theme, a team) leaves the view whole.
  const focused = options.focus === undefined ? [] : sorted.filter(({ gate }) => gateGroup(gate) === options.focus);
  const shown = focused.length > 0 ? focused : sorted;
  if (focused.length > 0) warnings.push(`Showing only the gates decided in ${options.focus}: ${focused.length} of ${sorted.length}.`);
  const aggregate = focused.length === 0 && sorted.length > AGGREGATE_GATES_ABOVE;
  const cards = aggregate ? quarterCards(sorted, context, ids) : shown.map(({ gate, day }) => card(gate, day, context, ids));
  const heading = ids.next('h');
  const lines = [...FRONT_MATTER, 'flowchart TB', `${INDENT}${heading}["${headingText(input, aggregate ? lateCount(sorted, context) : cards.filter((drawn) => drawn.className === 'late').length)}"]`];
  for (const drawn of cards) lines.push(`${INDENT}${drawn.id}["${drawn.lines.join('<br/>')}"]`);
  // Invisible links, one a line: they hold the cards in one column, in time order.
  [heading, ...cards.map((drawn) => drawn.id)].forEach((id, n, all) => n > 0 && lines.push(`${INDENT}${all[n - 1]} ~~~ ${id}`));
  lines.push(...classLines(heading, cards));
  const undated = model.gates.filter((gate) => gateDate(gate, model.calendar) === undefined);
  if (undated.length > 0) warnings.push(`${plural(undated.length, 'gate')} without a valid \`at\` listed as not dated: ${listIds(undated.map((gate) => gate.id))}.`);
  if (model.gates.length === 0) warnings.push('The pack has no decision gates.');
  return single(lines.join('\n') + '\n', ids.sourceMap, warnings);
}

/** One card per quarter, in time order; each gate judged with scratch ids, since its own card is not drawn. */
function quarterCards(sorted: { gate: Gate; day: EpochDay | undefined }[], context: Context, ids: SafeIds): Card[] {
  const scratch = new SafeIds();
  const groups = new Map<string, Card[]>();
  for (const { gate, day } of sorted) {
    const group = gateGroup(gate);
    const members = groups.get(group) ?? [];
    members.push(card(gate, day, context, scratch));
    groups.set(group, members);
  }
  return [...groups].map(([group, members]) => groupCard(group, members, ids));
}

function lateCount(sorted: { gate: Gate; day: EpochDay | undefined }[], context: Context): number {
  const scratch = new SafeIds();
  return sorted.filter(({ gate, day }) => card(gate, day, context, scratch).className === 'late').length;
}

/** Cards as wide as a side pane allows (Mermaid wraps a label at this width; its default, 200 px, wrapped most lines). */
export const GATE_CARD_WIDTH = 360;
const FRONT_MATTER = ['---', 'config:', '  flowchart:', `    wrappingWidth: ${GATE_CARD_WIDTH}`, '    rankSpacing: 24', '---'] as const;

/**
 * Card colours, text included, the same in every theme: the fill is set, so
 * the text colour must be too (a theme's light text on a fixed light fill
 * was unreadable in the dark theme). Each pair is above 12:1.
 */
export const GATE_CLASSES = {
  heading: 'fill:#1f3b57,stroke:#1f3b57,color:#ffffff',
  ready: 'fill:#eef4ff,stroke:#3b5bdb,color:#1a1a1a',
  late: 'fill:#ffecec,stroke:#c92a2a,stroke-width:3px,color:#1a1a1a',
  undated: 'fill:#f2f2f2,stroke:#666666,stroke-dasharray:5 5,color:#1a1a1a',
} as const;
type CardClass = Exclude<keyof typeof GATE_CLASSES, 'heading'>;

interface Card {
  id: string;
  lines: string[];
  className: CardClass;
}

function sortGates(input: ViewInput): { gate: Gate; day: EpochDay | undefined }[] {
  const { model } = input;
  const gates = model.gates.map((gate, order) => ({ gate, day: gateDate(gate, model.calendar), order }));
  // Dated first, by day, then undated; each in the order written.
  gates.sort((a, b) => (a.day ?? Infinity) - (b.day ?? Infinity) || a.order - b.order);
  return gates;
}

/** One gate's card. Each line is escaped on its own; only the `<br/>` between them is syntax. */
/** What judging a dependency reads: the check, and its cycle edges as a set. */
interface Context {
  input: ViewInput;
  onCycle: ReadonlySet<Edge>;
}

function card(gate: Gate, day: EpochDay | undefined, context: Context, ids: SafeIds): Card {
  const id = ids.next('g', gate.id);
  const { decision, output, owner } = gate.input;
  const when = gate.at === undefined || day === undefined ? label('Not dated: no valid week', 'flowchart') : `${unbroken(formatWeek(gate.at))}, decided ${unbroken(formatDateLong(day))}`;
  const lines = [label(gate.title, 'flowchart', { fallback: gate.id }), when];
  if (decision?.trim()) lines.push(label(`Decision: ${decision}`, 'flowchart'));
  if (output?.trim()) lines.push(label(`Output: ${output}`, 'flowchart'));
  if (owner?.trim()) lines.push(label(`Owner: ${owner}`, 'flowchart'));
  const readiness = gate.edges.map((edge) => readinessOf(edge, gate, context));
  if (readiness.length === 0) lines.push(label('Waits for: nothing declared', 'flowchart'));
  for (const { text } of readiness) lines.push(text);
  const className: CardClass = gate.at === undefined ? 'undated' : readiness.some((r) => !r.ready) ? 'late' : 'ready';
  return { id, lines, className };
}

/** Whether one thing the gate depends on will be done by the gate, in a line: `Waits for X: ends 2026-Q3-W2, in time`. */
function readinessOf(edge: Edge, gate: Gate, { input, onCycle }: Context): { text: string; ready: boolean } {
  const { model } = input;
  const predecessor = model.byId.get(edge.to);
  const name = label(predecessor?.title || edge.to, 'flowchart', { fallback: '(no id)', maxLength: 60 });
  const line = (ready: boolean, status: string) => ({ text: `Waits for ${name}#58; ${status}`, ready });
  if (!predecessor) return line(false, label('not defined in this pack', 'flowchart'));
  if (onCycle.has(edge)) return line(false, label('on a dependency cycle, cannot be scheduled', 'flowchart'));
  if (predecessor.kind === 'risk') return line(true, label('a risk, no date', 'flowchart'));
  const status = predecessor.kind === 'initiative' || predecessor.kind === 'dependency' ? predecessor.input.status : undefined;
  if (status === 'done') return line(true, label('done', 'flowchart'));
  if (status === 'cut') return line(false, label('cut, will not be done', 'flowchart'));
  if (status === 'blocked' || status === 'at-risk') return line(false, label(status === 'blocked' ? 'blocked' : 'at risk', 'flowchart'));
  const before = timingOf(predecessor);
  if (!before) return line(false, label('not dated, cannot tell', 'flowchart'));
  const verb = predecessor.kind === 'dependency' ? 'needed by' : predecessor.kind === 'gate' ? 'decided' : 'ends';
  const ends = `${verb} ${unbroken(formatWeek(before.last))}`;
  if (gate.at === undefined) return line(false, `${ends}, ${label('gate not dated', 'flowchart')}`);
  const late = checkEdge(edge, { first: gate.at, last: gate.at }, before);
  return late ? line(false, `${ends}, too late (earliest decision ${unbroken(formatWeek(late.earliest))})`) : line(true, `${ends}, in time`);
}

function headingText(input: ViewInput, atRisk: number): string {
  const { model } = input;
  const title = label(`Decision gates: ${model.title || 'roadmap'}`, 'flowchart');
  const weeks = model.gates.map((gate) => gate.at).filter((at): at is number => at !== undefined);
  // A reduce, not Math.min(...weeks): a spread of 100,000 arguments overflows the stack.
  const [first, last] = weeks.reduce(([min, max], week) => [Math.min(min, week), Math.max(max, week)], [Infinity, -Infinity]);
  const span = weeks.length === 0 ? '' : first === last ? `, ${unbroken(formatWeek(first))}` : ` from ${unbroken(formatWeek(first))} to ${unbroken(formatWeek(last))}`;
  const summary = model.gates.length === 0 ? label('The pack has no decision gates.', 'flowchart') : `${label(plural(model.gates.length, 'gate'), 'flowchart')}${span}`;
  const risk = atRisk === 0 ? [] : [label(`${plural(atRisk, 'gate waits', 'gates wait')} for work that may not be done in time (red)`, 'flowchart')];
  return [title, summary, ...risk].join('<br/>');
}

function classLines(heading: string, cards: Card[]): string[] {
  const lines = Object.entries(GATE_CLASSES).map(([name, style]) => `${INDENT}classDef ${name} ${style}`);
  lines.push(`${INDENT}class ${heading} heading`);
  for (const className of ['ready', 'late', 'undated'] as const) {
    const members = cards.filter((drawn) => drawn.className === className).map((drawn) => drawn.id);
    for (let i = 0; i < members.length; i += 50) lines.push(`${INDENT}class ${members.slice(i, i + 50).join(',')} ${className}`);
  }
  return lines;
}
