import { epochDay, locate, renderView } from '../../pack';
import type { PackEntry } from '../packStore';
import type { LocateParams, ViewsParams, ViewsResult } from '../protocol';

/** The requested views of the pack's current version. */
export function drawViews(entry: PackEntry, params: ViewsParams, now = new Date()): ViewsResult {
  const today = epochDay(now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate());
  const options = { groupBy: params.groupBy ?? 'quarter', weekly: params.weekly ?? false, today };
  const views = params.views.map((view) => {
    const drawn = renderView(entry.result, view, options);
    return { view, diagrams: drawn.diagrams, sourceMap: drawn.sourceMap, warnings: drawn.warnings };
  });
  const errors = entry.result.diagnostics.filter((d) => d.severity === 'error').length;
  return { version: entry.version, title: entry.result.model.title, errors, views };
}

export function locateId(entry: PackEntry, params: LocateParams) {
  const entity = entry.result.model.byId.get(params.id);
  if (!entity) return null;
  return { uri: entry.uri, range: entry.result.lines.rangeOf(locate(entry.result.parsed, [...entity.path, 'id'])) };
}
