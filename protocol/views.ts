/**
 * The views as every side names them: the core draws them, the server sends
 * them, the extension asks for them and the webview shows them.
 *
 * The lists are values, not only types, because the CLI and the webview check
 * untrusted input against them at runtime (`--view`, `postMessage`, a stored
 * state). They are declared once, in a leaf of the core with no imports
 * (server/src/pack/views/names.ts), and re-exported here so that no side
 * keeps a copy; the webview bundle gets those three constants and nothing else.
 */
export { GANTT_GROUPS, GROUP_PREFIX, METRIC_PREFIX, VIEWS } from '../server/src/pack/views/names';
export type { GanttGroupBy, ViewName } from '../server/src/pack/views/names';
import type { ViewName } from '../server/src/pack/views/names';
import type { MetricsDashboard } from '../server/src/pack/views/metrics';
import type { ForecastTable } from '../server/src/pack/views/forecast';
export type { ForecastRow, ForecastTable } from '../server/src/pack/views/forecast';
import type { GanttAxis } from '../server/src/pack/views/ganttAxis';
import type { ChartToday } from '../server/src/pack/views/capacity';
import type { CompactView } from '../server/src/pack/views/shared';
export type { CompactView } from '../server/src/pack/views/shared';
import type { BaselineGantt } from '../server/src/pack/views/baselineGantt';
export type { ChartToday } from '../server/src/pack/views/capacity';
export type { AxisAnchor, AxisQuarter, GanttAxis } from '../server/src/pack/views/ganttAxis';
export type { BoardCard, BoardColumn, BoardData, CardStatus } from '../server/src/pack/views/board';
import type { BoardData } from '../server/src/pack/views/board';
export type { InitiativeLink, MetricGroup, MetricRow, MetricValue, MetricsDashboard } from '../server/src/pack/views/metrics';

/** One view of one version of the pack, as the server drew it. */
export interface DrawnView {
  view: ViewName;
  /** Mermaid source, one per diagram (capacity has one per team; none for metrics, forecast and the board, which the webview builds as HTML). */
  diagrams: string[];
  /** The view as ONE Mermaid document (capacity: all teams in one chart; metrics: a Markdown table), as `roadmap-pack render` prints it; what Copy copies. */
  text: string;
  /** Mermaid id (`t3`, `n12`, …) → pack id (or `GROUP_PREFIX` + group), for click-to-source. */
  sourceMap: Record<string, string>;
  warnings: string[];
  /**
   * The metrics view only: the table the webview builds with `textContent`
   * (media/preview/metrics.ts checks its shape before trusting it). Its
   * links are pack ids (initiatives) and `METRIC_PREFIX` keys (metrics).
   */
  dashboard?: MetricsDashboard;
  /**
   * The board only: its columns of cards, which the webview builds with
   * `textContent` (media/preview/board.ts checks the shape); cards' ids are
   * pack ids, for click-to-source.
   */
  board?: BoardData;
  /**
   * The forecast view only: its table, built by the webview with
   * `textContent` as the dashboard is (media/preview/forecast.ts checks its
   * shape); its rows' ids are pack ids.
   */
  forecast?: ForecastTable;
  /**
   * The gantt only: its time axis in quarters and quarter-weeks, drawn by the
   * webview in place of Mermaid's month axis (media/preview/ganttAxis.ts checks
   * its shape before using it).
   */
  axis?: GanttAxis;
  /**
   * The dependency graph only: Mermaid edge id (`e3`, the path's `data-id`) →
   * plain text shown when the edge is hovered (media/preview/edgeHover.ts;
   * set with `textContent`, never as markup).
   */
  edgeTips?: Record<string, string>;
  /**
   * Capacity only: which bar of which chart today falls in and how far into
   * it, for the webview's Today line (media/preview/todayLine.ts checks it).
   */
  todays?: ChartToday[];
  /**
   * The detailed dependency graph only: the graph by group, which the
   * webview draws instead when the detailed one's text would be under 9 px
   * at fit to width, with a note and a way to the detailed one
   * (media/preview/compact.ts). Copy and Export take what is shown.
   */
  compact?: CompactView;
  /**
   * The gantt of a pack compared with a revision only: it is then the
   * baseline gantt, and these Mermaid task ids say which tasks are ghosts
   * (where an initiative or gate was) and which bars moved, for the webview's
   * styles and legend (media/preview/comparison.ts checks the shape).
   */
  comparison?: GanttComparison;
}

/** Mermaid task ids of a baseline gantt, as `baselineGantt` lists them. */
export type GanttComparison = Pick<BaselineGantt, 'ghosts' | 'slipped' | 'pulledIn'>;
