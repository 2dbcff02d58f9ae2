/**
 * A new initiative brief pre-filled from the pack: the front matter, then the
 * eight sections of the seed's briefs in order. What the pack does not say is
 * left as an italic placeholder (`_…_`) to replace. Pack text is escaped only
 * as far as a brief needs (see briefText), so that the brief checker reads
 * milestones and metrics back exactly as the pack states them.
 */
import type { PackResult } from '../checkPack';
import type { Initiative, PackModel } from '../model/types';
import { formatSpan, formatWeek } from '../time';
import { ownerNames } from '../text/format';
import { TODO, dependencyRows, metricRows, riskRows } from './briefTables';
import { briefText, oneLine, yamlScalar } from './text';

export interface BriefFile {
  /** Relative to the pack's folder: `briefs/<id>.md`. */
  relativePath: string;
  content: string;
}

export function briefTemplate(result: PackResult, initiativeId: string): BriefFile | undefined {
  const initiative = result.model.byId.get(initiativeId);
  if (initiative?.kind !== 'initiative') return undefined;
  const { model, analysis } = result;
  const input = initiative.input;
  const owners = initiative.owners.map((owner) => analysis.teams.find(owner.name)?.id ?? owner.name);
  const plan = [initiative.span ? formatSpan(initiative.span) : '', initiative.effort ? `${effortText(initiative)} engineer-weeks` : '', input.confidence ? `${input.confidence} confidence` : '', ownerNames(initiative.owners, analysis.teams).map(briefText).join(', ')].filter(Boolean);
  const sections: [string, string[]][] = [
    ['Problem / opportunity', [`- What is broken: ${TODO}`, `- Evidence: ${TODO}`, `- Outcome sought: ${input.outcome ? briefText(input.outcome) : TODO}`]],
    ['Proposed approach', [`- What we will do: ${TODO}`, `- What we will not do: ${TODO}`, ...(plan.length ? [`- In the pack: ${plan.join('; ')}`] : [])]],
    ['Why now', [`- ${input.why_now ? briefText(input.why_now) : TODO}`]],
    ['Scope', [`- In: ${TODO}`, `- Out: ${TODO}`]],
    ['Dependencies', dependencyRows(model, initiative)],
    ['Milestones', milestoneLines(model, initiative)],
    ['Risks + mitigations', riskRows(model, initiative)],
    ['Success metrics', metricRows(initiative)],
  ];
  const front = ['---', `initiative: ${yamlScalar(initiative.id)}`, `title: ${yamlScalar(oneLine(initiative.title))}`, ...(owners.length ? [`owner: ${yamlScalar(owners.join(', '))}`] : []), '---'];
  const body = sections.flatMap(([title, lines]) => ['', `## ${title}`, '', ...lines]);
  return { relativePath: `briefs/${initiative.id}.md`, content: [...front, '', `# Initiative Brief: ${briefText(initiative.title)}`, ...body, ''].join('\n') };
}

interface Step {
  first: number;
  last: number;
  order: number;
  text: string;
}

/**
 * `- <when>: <name>` for the pack's milestones, and a `[GATE]` line for each
 * gate the initiative waits for or that waits for it. A gate inside the
 * initiative's span is written as a milestone (`- 2026-Q4-W5: [GATE] …`); one
 * outside it is not one of its milestones, so its line starts with `[GATE]`,
 * which the brief checker does not read as a milestone (RP704).
 */
function milestoneLines(model: PackModel, initiative: Initiative): string[] {
  const steps: Step[] = initiative.milestones.map((milestone, order) => ({
    first: milestone.span?.first ?? Infinity,
    last: milestone.span?.last ?? Infinity,
    order,
    text: `- ${milestone.span ? formatSpan(milestone.span) : TODO}: ${briefText(milestone.name)}`,
  }));
  for (const gate of gatesOf(model, initiative)) {
    if (gate.at === undefined) continue;
    const decision = gate.input.decision ? ` — ${briefText(gate.input.decision)}` : '';
    const span = initiative.span;
    const inside = !span || (gate.at >= span.first && gate.at <= span.last);
    const where = span && gate.at < span.first ? 'before this starts' : 'after this ends';
    const text = inside ? `- ${formatWeek(gate.at)}: [GATE] ${briefText(gate.title)}${decision}` : `- [GATE] ${formatWeek(gate.at)}, ${where}: ${briefText(gate.title)}${decision}`;
    steps.push({ first: gate.at, last: gate.at, order: steps.length, text });
  }
  if (steps.length === 0) return ['- _When_: _What is delivered or decided_'];
  return steps.sort((a, b) => a.first - b.first || a.last - b.last || a.order - b.order).map((step) => step.text);
}

function gatesOf(model: PackModel, initiative: Initiative) {
  const ids = new Set(model.edges.flatMap((edge) => (edge.from === initiative.id ? [edge.to] : edge.to === initiative.id ? [edge.from] : [])));
  return model.gates.filter((gate) => ids.has(gate.id));
}

function effortText(initiative: Initiative): string {
  const { low, high } = initiative.effort!;
  return low === high ? `${low}` : `${low}–${high}`;
}
