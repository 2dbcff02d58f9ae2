import type { PackResult } from '../checkPack';
import type { Gate, Initiative } from '../model/types';
import { Calendar, EpochDay, weekDates } from '../time';
import type { ChartToday } from './capacity';
import type { GanttAxis } from './ganttAxis';
import type { BoardData } from './board';
import type { ForecastTable } from './forecast';
import type { MetricsDashboard } from './metrics';

/** What a view reads from a check: the model and its analysis (diagnostics only for warnings). */
export type ViewInput = Pick<PackResult, 'model' | 'analysis'> & Partial<Pick<PackResult, 'diagnostics'>>;

/** A drawn view: Mermaid source, the way back from Mermaid ids to pack ids, and what was left out. */
export interface RenderedView {
  /** One Mermaid document, for a file or a renderer: for capacity of several teams, one chart of them all summed. */
  text: string;
  /** Each diagram the preview draws (a chart per team for capacity without `team`; one for every other view). */
  diagrams: string[];
  /** Mermaid id (`t1`, `n3`, …) → pack id, for click-to-source. */
  sourceMap: Record<string, string>;
  /** What could not be drawn, or drawn only in part, in words for people. */
  warnings: string[];
  /** The metrics view's table, which the preview builds without Mermaid (its `text` is Markdown). */
  dashboard?: MetricsDashboard;
  /** The board's columns of cards, built the same way (its `text` is a Markdown table). */
  board?: BoardData;
  /** The forecast view's table, built the same way. */
  forecast?: ForecastTable;
  /** The gantt's axis in quarters and quarter-weeks, which the preview draws in place of Mermaid's months. */
  axis?: GanttAxis;
  /** The dependency graph's schedule-breaking edges: Mermaid edge id → what hovering the edge says (plain text). */
  edgeTips?: Record<string, string>;
  /** Capacity only: where today falls on each chart that covers it, for the preview's Today line. */
  todays?: ChartToday[];
  /**
   * The detailed dependency graph only: the same graph by group, which the
   * preview shows instead when the detailed one would be too small to read
   * in the pane (and the CLI never prints).
   */
  compact?: CompactView;
}

/** A view's other drawing, shown in its place: what the preview draws, clicks, copies and hovers, as for the view itself. */
export type CompactView = Pick<RenderedView, 'text' | 'diagrams' | 'sourceMap' | 'warnings' | 'edgeTips'>;

export const INDENT = '    ';

/**
 * Mermaid's default `maxTextSize`. Above it Mermaid draws a small "Maximum
 * text size in diagram exceeded" placeholder instead of failing, so a longer
 * diagram earns a warning: the host must raise the limit deliberately.
 */
export const MERMAID_DEFAULT_MAX_TEXT_SIZE = 50_000;

/** First day of an initiative's first week to last day of its last week, or undefined without a span. */
export function initiativeDates(initiative: Initiative, calendar: Calendar): { start: EpochDay; end: EpochDay } | undefined {
  if (!initiative.span) return undefined;
  return { start: weekDates(initiative.span.first, calendar).start, end: weekDates(initiative.span.last, calendar).end };
}

/** A gate is decided at the end of its week: the week's last day. */
export function gateDate(gate: Gate, calendar: Calendar): EpochDay | undefined {
  return gate.at === undefined ? undefined : weekDates(gate.at, calendar).end;
}



/** `a, b, c and 4 more`, for warnings. */
export function listIds(ids: string[], max = 5): string {
  const shown = ids.slice(0, max).map((id) => id || '(no id)');
  return ids.length > max ? `${shown.join(', ')} and ${ids.length - max} more` : shown.join(', ');
}



export function single(text: string, sourceMap: Record<string, string>, warnings: string[]): RenderedView {
  return { text, diagrams: [text], sourceMap, warnings };
}

/** A warning when a diagram is longer than Mermaid draws by default. */
export function sizeWarnings(rendered: RenderedView): string[] {
  const longest = rendered.diagrams.reduce((max, diagram) => Math.max(max, diagram.length), 0);
  if (longest <= MERMAID_DEFAULT_MAX_TEXT_SIZE) return [];
  return [`The diagram is ${longest} characters, above Mermaid's default maxTextSize of ${MERMAID_DEFAULT_MAX_TEXT_SIZE}: raise maxTextSize, or Mermaid draws a placeholder instead.`];
}

/** A valid diagram that says the view failed, so a preview shows something rather than nothing. */
export function failedView(view: string, error: unknown): RenderedView {
  const text = 'flowchart LR\n    e1["This view could not be drawn"]\n';
  const message = error instanceof Error ? error.message : String(error);
  return { text, diagrams: [text], sourceMap: {}, warnings: [`The ${view} view could not be drawn: ${message}`] };
}
