import type { Gate } from '../model/types';
import { EpochDay, formatDateLong, formatQuarter, formatWeek, quarterOfWeek } from '../time';
import { SafeIds, label } from './escape';
import { plural } from '../text/format';
import { INDENT, RenderedView, ViewInput, gateDate, listIds, single } from './shared';

/**
 * The decision gates in time order, as a Mermaid `timeline`.
 *
 * Why a timeline and not a milestone-only gantt: what a reader needs from a
 * gate is its text (the decision, the output, who decides), and a timeline
 * gives each gate a box that wraps several lines under its date, while a gantt
 * milestone is a diamond with one line of label that runs off into the chart.
 * A timeline spaces periods evenly rather than to scale; the gantt view
 * already shows the gates to scale. For the seed's six gates (two in the same
 * week) this reads as: two quarter sections, five dates, one box per gate.
 *
 * Layout: a section per quarter; a period per week that has gates, labelled
 * with the week and the day it ends (a gate is decided at the end of its
 * week); one event per gate: its title, then `Decision:`, `Output:` and
 * `Owner:` lines (each only when given), joined with `<br>`, the timeline's
 * line break. Gates without a valid `at` come last, under "Not dated".
 */
export function gatesView(input: ViewInput): RenderedView {
  const { model } = input;
  const ids = new SafeIds();
  const warnings: string[] = [];
  const lines = ['timeline', `${INDENT}title ${label(`Decision gates: ${model.title || 'roadmap'}`, 'title')}`];
  const { dated, undated } = sortGates(input);
  let section: string | undefined;
  let period: number | undefined;
  for (const { gate, day } of dated) {
    const quarter = formatQuarter(quarterOfWeek(gate.at!));
    if (quarter !== section) lines.push(`${INDENT}section ${label(quarter, 'timeline')}`);
    if (quarter !== section || gate.at !== period) lines.push(`${INDENT}${INDENT}${label(`${formatWeek(gate.at!)} (${formatDateLong(day)})`, 'timeline')}`);
    [section, period] = [quarter, gate.at];
    lines.push(`${INDENT}${INDENT}${INDENT}: ${event(gate, ids)}`);
  }
  if (undated.length > 0) {
    lines.push(`${INDENT}section Not dated`, `${INDENT}${INDENT}No valid week`, ...undated.map((gate) => `${INDENT}${INDENT}${INDENT}: ${event(gate, ids)}`));
    warnings.push(`${plural(undated.length, 'gate')} without a valid \`at\` listed as not dated: ${listIds(undated.map((gate) => gate.id))}.`);
  }
  if (model.gates.length === 0) warnings.push('The pack has no decision gates.');
  return single(lines.join('\n') + '\n', ids.sourceMap, warnings);
}

function sortGates(input: ViewInput): { dated: { gate: Gate; day: EpochDay }[]; undated: Gate[] } {
  const { model } = input;
  const dated: { gate: Gate; day: EpochDay; order: number }[] = [];
  const undated: Gate[] = [];
  model.gates.forEach((gate, order) => {
    const day = gateDate(gate, model.calendar);
    if (day === undefined) undated.push(gate);
    else dated.push({ gate, day, order });
  });
  dated.sort((a, b) => a.day - b.day || a.order - b.order);
  return { dated, undated };
}

/** One gate's box. Each part is escaped on its own; only the `<br>` between them is syntax. */
function event(gate: Gate, ids: SafeIds): string {
  ids.next('g', gate.id); // the timeline has no ids of its own: `gN` is the gate's place in this view
  const { decision, output, owner } = gate.input;
  const parts = [label(gate.title, 'timeline', { fallback: gate.id })];
  if (decision?.trim()) parts.push(label(`Decision: ${decision}`, 'timeline'));
  if (output?.trim()) parts.push(label(`Output: ${output}`, 'timeline'));
  if (owner?.trim()) parts.push(label(`Owner: ${owner}`, 'timeline'));
  return parts.join('<br>');
}
