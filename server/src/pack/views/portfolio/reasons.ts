import type { ViewName } from '../names';
import type { RenderedView } from '../shared';

/** The views a portfolio draws across its packs; the others are each pack's own. */
export const PORTFOLIO_VIEWS: readonly ViewName[] = ['gantt', 'capacity', 'deps'];

/** Why a view is not drawn for a portfolio, in one line: what it shows belongs to one pack. */
const REASONS: Readonly<Record<ViewName, string>> = {
  gantt: '',
  capacity: '',
  deps: '',
  gates: 'Open a member pack to see its gates.',
  board: 'Open a member pack to see its board.',
  metrics: 'Open a member pack to see its metrics.',
  goals: 'Open a member pack to see its goals and the work serving them.',
  forecast: 'Open a member pack to see its forecast.',
};

/** A view of a member pack's own, for a portfolio: nothing to draw, and the reason (the preview shows it in place of a diagram). */
export function memberOnlyView(view: ViewName): RenderedView {
  return { text: '', diagrams: [], sourceMap: {}, warnings: [REASONS[view] || `The ${view} view is drawn for a pack, not a portfolio.`] };
}
