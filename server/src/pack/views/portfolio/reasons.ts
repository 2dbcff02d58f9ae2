import type { ViewName } from '../names';
import type { RenderedView } from '../shared';

/** Why a view is not drawn for a portfolio, in one line: what it shows belongs to one pack (the Gantt, capacity and graph are drawn across packs). */
const REASONS: Readonly<Partial<Record<ViewName, string>>> = {
  gates: 'Open a member pack to see its gates.',
  board: 'Open a member pack to see its board.',
  metrics: 'Open a member pack to see its metrics.',
  goals: 'Open a member pack to see its goals and the work serving them.',
  forecast: 'Open a member pack to see its forecast.',
};

/** A view of a member pack's own, for a portfolio: nothing to draw, and the reason (the preview shows it in place of a diagram). */
export function memberOnlyView(view: ViewName): RenderedView {
  return { text: '', diagrams: [], sourceMap: {}, warnings: [REASONS[view] ?? `The ${view} view is drawn for a pack, not a portfolio.`] };
}
