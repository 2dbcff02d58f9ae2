import { epochDay, locate, metricPath, renderView } from '../../pack';
import type { Comparison } from '../comparisons';
import type { PackEntry } from '../packStore';
import type { LocateParams, LocateResult, ViewsParams, ViewsResult } from '../../../../protocol/requests';

/** The requested views of the pack's current version; compared with a revision, the Gantt draws its old bars too. */
export function drawViews(entry: PackEntry, params: ViewsParams, comparison?: Comparison, now = new Date()): ViewsResult {
  const today = epochDay(now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate());
  const options = { groupBy: params.groupBy ?? 'quarter', weekly: params.weekly ?? false, today, focus: params.focus };
  const views = params.views.map((view) => {
    // A quarterly pack's board is derived from `today`, as the gantt's Today marker is.
    const focused = params.focusView === undefined || params.focusView === view;
    const drawn = renderView(entry.result, view, focused ? options : { ...options, focus: undefined });
    return { view, diagrams: drawn.diagrams, text: drawn.text, sourceMap: drawn.sourceMap, warnings: drawn.warnings.filter(isForThePreview), ...(drawn.dashboard ? { dashboard: drawn.dashboard } : {}), ...(drawn.axis ? { axis: drawn.axis } : {}), ...(drawn.edgeTips ? { edgeTips: drawn.edgeTips } : {}), ...(drawn.todays ? { todays: drawn.todays } : {}) };
  });
  const errors = entry.result.diagnostics.filter((d) => d.severity === 'error').length;
  return { version: entry.version, title: entry.result.model.title, errors, views, ...(comparison ? { comparedWith: comparison.ref } : {}) };
}

/**
 * The preview shows errors in its own banner and raises Mermaid's text limit
 * itself, so those two warnings of renderView are for the command line only.
 */
function isForThePreview(warning: string): boolean {
  return !/^The pack has \d+ errors?/.test(warning) && !/maxTextSize/.test(warning);
}

/** Where an id is defined; a metric (which has no id) is named by its path, `METRIC_PREFIX` + `metrics/2`. */
export function locateId(entry: PackEntry, params: LocateParams): LocateResult | null {
  const metric = metricPath(entry.result.model, params.id);
  if (metric) return { uri: entry.uri, range: entry.result.lines.rangeOf(locate(entry.result.parsed, [...metric, 'name'])) };
  const entity = entry.result.model.byId.get(params.id);
  if (!entity) return null;
  return { uri: entry.uri, range: entry.result.lines.rangeOf(locate(entry.result.parsed, [...entity.path, 'id'])) };
}
