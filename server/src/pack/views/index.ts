/**
 * The Mermaid views of a checked pack: pure functions from a check's model and
 * analysis to Mermaid source text. Every label from the pack goes through
 * `escape.ts`; every id in the syntax is generated there too.
 */
import { BoardOptions, boardView } from './board';
import { CapacityOptions, capacityView } from './capacity';
import { planEndedNote } from './planEnded';
import { dependenciesView } from './dependencies';
import { GanttOptions, ganttView } from './gantt';
import { gatesView } from './gates';
import { goalsView } from './goals';
import { metricsView } from './metrics';
import { forecastView } from './forecast';
import type { PackForecast } from '../forecast/forecastPack';
import { VIEWS } from './names';
import type { ViewName } from './names';
import { plural } from '../text/format';
import { RenderedView, ViewInput, failedView, sizeWarnings } from './shared';

export { boardView } from './board';
export type { BoardCard, BoardColumn, BoardData, BoardOptions, CardStatus } from './board';
export { boardMarkdown } from './board';
export { capacityData, capacityView } from './capacity';
export type { CapacityOptions, CapacityPeriod, ChartToday, TeamCapacity } from './capacity';
export { criticalPath } from './criticalPath';
export type { PathEdge, PathNode } from './criticalPath';
export { CYCLE_LINK_STYLE, dependenciesView } from './dependencies';
export { SafeIds, entity, label } from './escape';
export type { LabelContext, LabelOptions } from './escape';
export { DEFAULT_AGGREGATE_ABOVE, ganttView } from './gantt';
export type { GanttOptions } from './gantt';
export { baselineGantt } from './baselineGantt';
export type { BaselineGantt, BaselineGanttOptions } from './baselineGantt';
export { MAX_AXIS_QUARTERS, ganttAxis } from './ganttAxis';
export type { AxisAnchor, AxisQuarter, GanttAxis } from './ganttAxis';
export { GANTT_GROUPS, GROUP_PREFIX, METRIC_PREFIX, VIEWS } from './names';
export type { GanttGroupBy, ViewName } from './names';
export { gatesView } from './gates';
export { GOAL_CLASSES, NO_GOALS, goalsView } from './goals';
export { forecastMarkdown, forecastTable, forecastView } from './forecast';
export type { ForecastRow, ForecastTable } from './forecast';
export { metricPath, metricSource, metricsDashboard, metricsMarkdown, metricsView } from './metrics';
export type { InitiativeLink, MetricGroup, MetricRow, MetricValue, MetricsDashboard } from './metrics';
export type { CompactView, RenderedView, ViewInput } from './shared';
export { CROSS_LINK_STYLE, portfolioErrors, renderPortfolioView } from './portfolio';
export type { PortfolioViewOptions } from './portfolio';

/** `forecast`: the forecast view's figures (the server passes the one it holds); without it the view runs the check's. */
export type ViewOptions = GanttOptions & CapacityOptions & BoardOptions & { forecast?: PackForecast };

export { MERMAID_DEFAULT_MAX_TEXT_SIZE } from './shared';

/**
 * Draws one view of a checked pack. Never throws: a pack with errors draws
 * everything that is valid, and anything that cannot be drawn is named in
 * `warnings`.
 */
export function renderView(input: ViewInput, view: ViewName, options: ViewOptions = {}): RenderedView {
  let rendered: RenderedView;
  try {
    rendered = draw(input, view, options);
  } catch (error) {
    return failedView(view, error);
  }
  const ended = planEndedNote(input.model, options.today);
  return { ...rendered, warnings: [...packWarnings(input), ...(ended ? [ended] : []), ...rendered.warnings, ...sizeWarnings(rendered)] };
}

function draw(input: ViewInput, view: ViewName, options: ViewOptions): RenderedView {
  switch (view) {
    case 'gantt':
      return ganttView(input, options);
    case 'gates':
      return gatesView(input, options);
    case 'deps':
      return dependenciesView(input, options);
    case 'capacity':
      return capacityView(input, options);
    case 'board':
      return boardView(input, options);
    case 'metrics':
      return metricsView(input);
    case 'goals':
      return goalsView(input, options);
    case 'forecast':
      return forecastView(input, options.forecast);
    default:
      throw new Error(`unknown view \`${String(view)}\`; use one of ${VIEWS.join(', ')}`);
  }
}

function packWarnings(input: ViewInput): string[] {
  const errors = (input.diagnostics ?? []).filter((diagnostic) => diagnostic.severity === 'error').length;
  return errors > 0 ? [`The pack has ${plural(errors, 'error')}; the view draws what is valid.`] : [];
}

