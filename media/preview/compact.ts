/**
 * The dependency graph's compact copy (`DrawnView.compact`, the graph by
 * group): the core cannot know how wide the pane is, so it sends both, and
 * here the detailed graph, once drawn, is measured; when its smallest text
 * would be under MIN_FONT_PX at fit to width the compact one is drawn
 * instead, with a one-line note and a button back to the detailed graph
 * (a group's click drills down to its part of it, as in a large pack).
 */
import type { CompactView, DrawnView } from '../../protocol/views';
import { isTextMap } from './edgeHover';
import { Look, Outcome, drawDiagrams, measured } from './render';

/** The visual standard's smallest readable text (test/browser/measure.ts). */
const MIN_FONT_PX = 9;

/** What was drawn: the view as shown (the compact copy in place of the detailed one, or not), and whether the detailed one is too small to read. */
export type Chosen = Extract<Outcome, { kind: 'drawn' }> & { shown: DrawnView; small: boolean };

/** What a `compact` must be to be trusted. */
export function isCompactView(value: unknown): value is CompactView {
  if (typeof value !== 'object' || value === null) return false;
  const view = value as Partial<Record<string, unknown>>;
  const strings = (list: unknown) => Array.isArray(list) && list.every((text) => typeof text === 'string');
  return strings(view.diagrams) && typeof view.text === 'string' && isTextMap(view.sourceMap) && strings(view.warnings) && (view.edgeTips === undefined || isTextMap(view.edgeTips));
}

/**
 * The drawing to show for `drawn`, given its detailed `outcome`: the compact
 * copy when the detailed one is too small to read and the reader has not
 * asked for it (`detailed`).
 */
export async function chooseDrawing(drawn: DrawnView, outcome: Extract<Outcome, { kind: 'drawn' }>, look: Look, detailed: boolean, isCurrent: () => boolean): Promise<Chosen | Exclude<Outcome, { kind: 'drawn' }>> {
  const small = drawn.compact !== undefined && smallestAtFit(outcome.diagrams, look.width) < MIN_FONT_PX;
  if (!small || detailed || !drawn.compact) return { ...outcome, shown: drawn, small };
  const compact = await drawDiagrams(drawn.compact.diagrams, look, isCurrent);
  if (compact.kind !== 'drawn') return compact;
  return { ...compact, milliseconds: outcome.milliseconds + compact.milliseconds, shown: { ...drawn, ...drawn.compact, compact: drawn.compact }, small };
}

/** The smallest text's size, in CSS px, once the widest diagram is zoomed to fit `width` (never enlarged). */
function smallestAtFit(diagrams: readonly HTMLElement[], width: number): number {
  let smallest = Infinity;
  let widest = 0;
  for (const diagram of diagrams) {
    measured(diagram, (svg) => {
      widest = Math.max(widest, svg.getBoundingClientRect().width);
      smallest = Math.min(smallest, smallestFont(svg));
    });
  }
  return widest > 0 ? smallest * Math.min(1, width / widest) : smallest;
}

/** The smallest computed font size of an element holding text of its own (SVG text and HTML labels alike). */
function smallestFont(svg: SVGSVGElement): number {
  let smallest = Infinity;
  for (const element of svg.querySelectorAll('text, tspan, span, p, div')) {
    const own = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '');
    if (own) smallest = Math.min(smallest, parseFloat(getComputedStyle(element).fontSize) || Infinity);
  }
  return smallest;
}

/**
 * The note above a dependency graph too small for the pane: what is shown,
 * and the button to the other drawing. Hidden when the detailed graph reads.
 */
export function showCompactNote(note: HTMLElement, chosen: Pick<Chosen, 'small'> | undefined, detailed: boolean): void {
  note.hidden = chosen?.small !== true;
  const text = note.querySelector<HTMLElement>('#rp-compact-text');
  const button = note.querySelector<HTMLButtonElement>('#rp-compact-toggle');
  if (!text || !button || note.hidden) return;
  text.textContent = detailed ? 'The detailed graph is too small to read at this width.' : 'The detailed graph is too small to read at this width: drawn by group (click a group for its part).';
  button.textContent = detailed ? 'Show by group' : 'Show the detailed graph';
}
