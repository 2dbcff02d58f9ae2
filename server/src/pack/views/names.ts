/**
 * The names of the views and of the Gantt groupings: the core's vocabulary,
 * which the CLI, the language server, the extension and the webview all
 * speak. A leaf with no imports, so that protocol/views.ts can hand these
 * lists to the webview bundle without pulling in the renderers.
 */

export const VIEWS = ['gantt', 'gates', 'deps', 'capacity', 'board', 'metrics', 'goals', 'forecast'] as const;
export type ViewName = (typeof VIEWS)[number];

export const GANTT_GROUPS = ['quarter', 'theme', 'team'] as const;
export type GanttGroupBy = (typeof GANTT_GROUPS)[number];

/** Prefix of a source-map target that names a group, not a pack id: a click on it drills down. */
export const GROUP_PREFIX = 'group:';

/**
 * Prefix of a source-map target that names a metric by where it is written
 * (`metric:metrics/2`, `metric:initiatives/4/metrics/0`): metrics have no id,
 * so click-to-source finds them by their path in the pack.
 */
export const METRIC_PREFIX = 'metric:';
