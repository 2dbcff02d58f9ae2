/**
 * `update` messages built with the real core, as the extension side builds
 * them from the language server's `roadmapPacks/views` answer: every view,
 * a fixed today (from which a quarterly pack's board is derived).
 */
import { readFileSync } from 'node:fs';
import type { DrawnView, GanttGroupBy } from '../../protocol/views';
import type { ToWebview } from '../../protocol/webview';
import { PackResult, checkPack, epochDay, portfolioErrors, renderPortfolioView, type RenderedView } from '../../server/src/pack';
import { VIEWS, ViewName, ViewOptions, renderView } from '../../server/src/pack/views';
import { isForThePreview } from '../../server/src/lsp/features/views';
import { checkPortfolioFile } from '../helpers/portfolioFolder';
import { repoPath } from '../helpers/repoRoot';

export type Update = Extract<ToWebview, { type: 'update' }>;

export const TODAY = epochDay(2026, 8, 1);

export interface UpdateOptions {
  version?: number;
  uri?: string;
  groupBy?: GanttGroupBy;
  weekly?: boolean;
  /** Extra view options (for example `aggregateAbove`). */
  view?: ViewOptions;
}

export function readPack(relative: string): string {
  return readFileSync(repoPath(relative), 'utf8');
}

export function updateFor(text: string, options: UpdateOptions = {}): Update {
  const result = checkPack(text);
  const groupBy = options.groupBy ?? 'quarter';
  const weekly = options.weekly ?? false;
  const viewOptions: ViewOptions = { today: TODAY, groupBy, weekly, ...options.view };
  return {
    type: 'update',
    uri: options.uri ?? 'file:///work/pack.roadmap.yaml',
    version: options.version ?? 1,
    title: result.model.title,
    views: VIEWS.map((view) => drawn(result, view, viewOptions)),
    errors: result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length,
    options: { groupBy, weekly, locked: false },
  };
}

/**
 * The update for a portfolio (`relative` its file, with `includes`), as the
 * server builds it from the portfolio's check across its files: the
 * portfolio's views, every file's errors.
 */
export function portfolioUpdateFor(relative: string, options: UpdateOptions = {}): Update {
  const portfolio = checkPortfolioFile(relative);
  const groupBy = options.groupBy ?? 'quarter';
  const weekly = options.weekly ?? false;
  const viewOptions: ViewOptions = { today: TODAY, groupBy, weekly, ...options.view };
  return {
    type: 'update',
    uri: options.uri ?? `file:///${relative}`,
    version: options.version ?? 1,
    title: portfolio.portfolio.result.model.title,
    // As the server sends them (lsp/features/portfolioViews.ts): the banner says the portfolio's errors, the warnings do not.
    views: VIEWS.map((view) => {
      const rendered = renderPortfolioView(portfolio, view, viewOptions);
      return drawnView(view, { ...rendered, warnings: rendered.warnings.filter(isForThePreview) });
    }),
    errors: portfolioErrors(portfolio).errors,
    portfolio: { files: portfolio.members.length + 1 },
    options: { groupBy, weekly, locked: false },
  };
}

function drawn(result: PackResult, view: ViewName, options: ViewOptions): DrawnView {
  return drawnView(view, renderView(result, view, options));
}

function drawnView(view: ViewName, rendered: RenderedView): DrawnView {
  if (rendered.dashboard) return { view, diagrams: rendered.diagrams, text: rendered.text, sourceMap: rendered.sourceMap, warnings: rendered.warnings, dashboard: rendered.dashboard };
  if (rendered.board) return { view, diagrams: rendered.diagrams, text: rendered.text, sourceMap: rendered.sourceMap, warnings: rendered.warnings, board: rendered.board };
  if (rendered.forecast) return { view, diagrams: rendered.diagrams, text: rendered.text, sourceMap: rendered.sourceMap, warnings: rendered.warnings, forecast: rendered.forecast };
  return { view, diagrams: rendered.diagrams, text: rendered.diagrams.length === 0 ? '' : rendered.text, sourceMap: rendered.sourceMap, warnings: rendered.warnings, ...(rendered.axis ? { axis: rendered.axis } : {}), ...(rendered.edgeTips ? { edgeTips: rendered.edgeTips } : {}), ...(rendered.todays ? { todays: rendered.todays } : {}), ...(rendered.compact ? { compact: rendered.compact } : {}) };
}

/** The views an update has Mermaid diagrams in. */
export function viewsOf(update: Update): ViewName[] {
  return update.views.filter((view) => view.diagrams.some((text) => text.trim() !== '')).map((view) => view.view);
}

/** The Mermaid id the view drew a pack id as (`tracing` → `t2`). */
export function mermaidId(update: Update, view: ViewName, packId: string): string {
  const found = Object.entries(update.views.find((drawn) => drawn.view === view)!.sourceMap).find(([, id]) => id === packId);
  if (!found) throw new Error(`${packId} is not in the ${view} view's sourceMap`);
  return found[0];
}
