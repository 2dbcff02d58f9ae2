import { type EpochDay, type PackForecast, type PackResult, type RenderedView, type ViewName, baselineGantt, locate, metricPath, parseIsoDate, renderView } from '../../pack';
import type { DrawnView } from '../../../../protocol/views';
import type { Comparison } from '../comparisons';
import type { PackEntry } from '../packStore';
import type { LocateParams, LocateResult, ViewsParams, ViewsResult } from '../../../../protocol/requests';

/**
 * The requested views of the pack's current version, as of `today` (the day
 * its checks use, `YYYY-MM-DD`); compared with a revision, the Gantt draws its
 * old bars too.
 */
export function drawViews(entry: PackEntry, params: ViewsParams, todayText: string | undefined, comparison?: Comparison, plan: ViewedPlan = { result: entry.result }): ViewsResult {
  const { result, forecast, scenario } = plan;
  const today = todayText === undefined ? undefined : parseIsoDate(todayText);
  const options = { groupBy: params.groupBy ?? 'quarter', weekly: params.weekly ?? false, today, focus: params.focus, forecast };
  const views = params.views.map((view) => {
    // A quarterly pack's board is derived from `today`, as the gantt's Today marker is.
    const focused = params.focusView === undefined || params.focusView === view;
    if (view === 'gantt' && comparison) return comparedGantt(result, comparison, today);
    const drawn = renderView(result, view, focused ? options : { ...options, focus: undefined });
    return toDrawnView(view, { ...drawn, warnings: drawn.warnings.filter(isForThePreview) });
  });
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  const scenarios = entry.result.model.scenarios.map(({ id, title }) => ({ id, title }));
  return { version: entry.version, title: entry.result.model.title, errors, views, ...(comparison ? { comparedWith: comparison.ref } : {}), ...(scenarios.length > 0 ? { scenarios } : {}), ...(scenario ? { scenario } : {}) };
}

/** A drawn view as the preview receives it: only the parts it has. */
export function toDrawnView(view: ViewName, drawn: RenderedView): DrawnView {
  return { view, diagrams: drawn.diagrams, text: drawn.text, sourceMap: drawn.sourceMap, warnings: drawn.warnings, ...(drawn.dashboard ? { dashboard: drawn.dashboard } : {}), ...(drawn.forecast ? { forecast: drawn.forecast } : {}), ...(drawn.board ? { board: drawn.board } : {}), ...(drawn.axis ? { axis: drawn.axis } : {}), ...(drawn.edgeTips ? { edgeTips: drawn.edgeTips } : {}), ...(drawn.todays ? { todays: drawn.todays } : {}), ...(drawn.compact ? { compact: drawn.compact } : {}) };
}

/** What the views are drawn from: the pack's check, or its check under a scenario (named), and that plan's forecast where one has run. */
export interface ViewedPlan {
  result: PackResult;
  forecast?: PackForecast;
  scenario?: string;
}

/**
 * Compared with a revision, the Gantt is the diff report's baseline gantt:
 * what moved first, each with a ghost where it was, then the rest. Its marks
 * say which tasks the webview draws as ghosts and which bars it edges.
 */
function comparedGantt(result: PackResult, comparison: Comparison, today: EpochDay | undefined): DrawnView {
  const drawn = baselineGantt(comparison.base, result, { today });
  const { ghosts, slipped, pulledIn } = drawn;
  return { view: 'gantt', diagrams: drawn.diagrams, text: drawn.text, sourceMap: drawn.sourceMap, warnings: drawn.warnings, ...(drawn.axis ? { axis: drawn.axis } : {}), comparison: { ghosts, slipped, pulledIn } };
}

/**
 * The preview shows errors in its own banner and raises Mermaid's text limit
 * itself, so those two warnings of renderView are for the command line only.
 */
export function isForThePreview(warning: string): boolean {
  return !/^The (pack|portfolio) has \d+ errors?/.test(warning) && !/maxTextSize/.test(warning);
}

/** Where an id is defined; a metric (which has no id) is named by its path, `METRIC_PREFIX` + `metrics/2`. */
export function locateId(entry: PackEntry, params: LocateParams): LocateResult | null {
  const metric = metricPath(entry.result.model, params.id);
  if (metric) return { uri: entry.uri, range: entry.result.lines.rangeOf(locate(entry.result.parsed, [...metric, 'name'])) };
  const entity = entry.result.model.byId.get(params.id);
  if (!entity) return null;
  return { uri: entry.uri, range: entry.result.lines.rangeOf(locate(entry.result.parsed, [...entity.path, 'id'])) };
}
