/**
 * The stakeholder report of a checked pack: what the pack is for, its
 * strategy in brief, each view the preview draws, the registers, the
 * metrics, what the check found and the quality gate. Every part comes from
 * the function the editor uses for it (renderView, qualityGate,
 * metricsDashboard, the check's diagnostics), so the report says what the
 * editor says.
 */
import type { PackResult } from '../checkPack';
import type { EpochDay } from '../time';
import { formatSpan } from '../time';
import { type RenderedView, renderView, type ViewName } from '../views';
import { diagramBlocks } from './fitDiagrams';
import { findingsSection } from './findings';
import { metricsSection } from './metrics';
import { qualitySection } from './quality';
import { dependencyRegister, riskRegister } from './registers';
import { strategySection } from './strategy';
import type { Report, ReportBlock, ReportSection } from './types';

export interface ReportOptions {
  /** The day the views are drawn as of (the host's local date or --today). */
  today?: EpochDay;
}

/** The diagram sections, in reading order: what for, when, decided where, in what order, by whom. */
const DIAGRAMS: readonly { id: ViewName; heading: string }[] = [
  { id: 'goals', heading: 'Goals' },
  { id: 'gantt', heading: 'Schedule' },
  { id: 'gates', heading: 'Decision gates' },
  { id: 'deps', heading: 'Dependencies' },
  { id: 'capacity', heading: 'Capacity' },
];

export function buildReport(result: PackResult, options: ReportOptions = {}): Report {
  const { model } = result;
  const sections: ReportSection[] = [
    overview(result),
    strategySection(model),
    ...DIAGRAMS.map(({ id, heading }) => ({ id, heading, blocks: viewBlocks(result, id, options) })),
    riskRegister(model),
    dependencyRegister(model),
    metricsSection(result),
    findingsSection(result.diagnostics),
    qualitySection(result),
  ];
  return { title: model.title, sections };
}

function overview({ model }: PackResult): ReportSection {
  const { audience, decision, trigger } = model.input;
  const rows: (readonly [string, string])[] = [];
  if (audience !== undefined) rows.push(['Audience', String(audience)]);
  if (decision !== undefined) rows.push(['Decision', String(decision)]);
  if (model.horizon) rows.push(['Horizon', formatSpan(model.horizon)]);
  if (trigger !== undefined) rows.push(['Why now', String(trigger)]);
  const counts = `${model.initiatives.length} initiatives, ${model.gates.length} gates, ${model.teams.length} teams, ${model.risks.length} risks.`;
  return { id: 'overview', heading: 'Overview', blocks: [{ kind: 'fields', rows }, { kind: 'paragraph', text: counts }] };
}

/** A view's diagrams, with what it could not draw said under them (as the preview's warnings). */
function viewBlocks(result: PackResult, view: ViewName, options: ReportOptions): ReportBlock[] {
  return drawnBlocks(view, (aggregateAbove) => renderView(result, view, { today: options.today, aggregateAbove }));
}

/**
 * A view drawn by `draw` (detailed, or with `aggregateAbove: 0` all grouped),
 * as report blocks: its diagrams fitted, then its notes. The findings are
 * the report's own section, and the fitting answers the size warning.
 */
export function drawnBlocks(view: ViewName, draw: (aggregateAbove?: number) => RenderedView): ReportBlock[] {
  const rendered = draw();
  const notes = rendered.warnings.filter((warning) => !/^The (pack|portfolio) has /.test(warning) && !warning.includes('maxTextSize'));
  return [...diagramBlocks(view, rendered, () => draw(0)), ...(notes.length ? [{ kind: 'list' as const, items: notes }] : [])];
}
