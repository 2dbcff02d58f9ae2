/** Checks what arrives by `postMessage` before it is trusted as a `ToWebview`. */
import { VIEWS } from '../../protocol/views';
import type { ViewName } from '../../protocol/views';
import type { ToWebview } from '../../protocol/webview';
import { isCompactView } from './compact';
import { isTextMap } from './edgeHover';
import { isGanttAxis } from './ganttAxis';
import { isChartTodays } from './todayLine';
import { isBoardData } from './board';
import { isMetricsDashboard } from './metrics';
import { isForecastTable } from './forecast';
import { isGanttComparison } from './comparison';

export type Update = Extract<ToWebview, { type: 'update' }>;

export function isViewName(value: unknown): value is ViewName {
  return VIEWS.includes(value as ViewName);
}

export function asMessage(data: unknown): ToWebview | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const message = data as Partial<Record<string, unknown>>;
  if (message.type === 'select') return isViewName(message.view) ? (data as ToWebview) : undefined;
  if (message.type === 'update') return isUpdate(message) ? (data as Update) : undefined;
  return undefined;
}

function isUpdate(message: Partial<Record<string, unknown>>): boolean {
  return (
    typeof message.version === 'number' &&
    typeof message.errors === 'number' &&
    (message.comparedWith === undefined || typeof message.comparedWith === 'string') &&
    (message.portfolio === undefined || isPortfolio(message.portfolio)) &&
    (message.scenarios === undefined || (Array.isArray(message.scenarios) && message.scenarios.every(isScenarioChoice))) &&
    typeof message.options === 'object' &&
    message.options !== null &&
    Array.isArray(message.views) &&
    message.views.every(isDrawnView)
  );
}

function isPortfolio(value: unknown): boolean {
  return typeof value === 'object' && value !== null && Number.isSafeInteger((value as Partial<Record<string, unknown>>).files);
}

function isScenarioChoice(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const choice = value as Partial<Record<string, unknown>>;
  return typeof choice.id === 'string' && typeof choice.title === 'string';
}

function isDrawnView(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const drawn = value as Partial<Record<string, unknown>>;
  return isViewName(drawn.view) && Array.isArray(drawn.diagrams) && drawn.diagrams.every((text) => typeof text === 'string') && typeof drawn.text === 'string' && typeof drawn.sourceMap === 'object' && drawn.sourceMap !== null && Array.isArray(drawn.warnings) && (drawn.dashboard === undefined || isMetricsDashboard(drawn.dashboard)) && (drawn.board === undefined || isBoardData(drawn.board)) && (drawn.forecast === undefined || isForecastTable(drawn.forecast)) && (drawn.axis === undefined || isGanttAxis(drawn.axis)) && (drawn.edgeTips === undefined || isTextMap(drawn.edgeTips)) && (drawn.todays === undefined || isChartTodays(drawn.todays)) && (drawn.compact === undefined || isCompactView(drawn.compact)) && (drawn.comparison === undefined || isGanttComparison(drawn.comparison));
}
