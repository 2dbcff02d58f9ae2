/**
 * A legend row under the drawing: what the gantt's fills and outlines and
 * the goals view's card styles mean (the board, built as HTML, has its own: board.ts). Each swatch takes its colours from an element
 * of that kind in the drawn SVG (so it matches the theme), and a kind the
 * drawing does not use has no entry. Built with the DOM and `textContent`
 * only; the words are ours, never the pack's. Capacity charts carry
 * Mermaid's own legend.
 */
import type { ViewName } from '../../protocol/views';
import { isComparisonMark } from './comparison';

type Swatch = 'bar' | 'diamond' | 'line' | 'card';

interface Entry {
  /** What it means. */
  text: string;
  swatch: Swatch;
  /** Is this element one of the kind? */
  matches(element: Element): boolean;
}

/** Compared with a revision: the moved bars and the ghosts first, and Mermaid's own meanings for the rest only. */
const COMPARED: readonly Entry[] = [
  { text: 'Slipped: ends later than before', swatch: 'bar', matches: (e) => isBar(e) && e.classList.contains('rp-slipped') },
  { text: 'Pulled in: ends earlier', swatch: 'bar', matches: (e) => isBar(e) && e.classList.contains('rp-pulled-in') },
  { text: 'Where it was before', swatch: 'bar', matches: (e) => e.tagName.toLowerCase() === 'rect' && e.classList.contains('rp-ghost') },
];

const PLAIN: readonly Entry[] = [
  { text: 'Planned', swatch: 'bar', matches: (e) => isBar(e) && hasClass(e, /^task\d+$/) },
  { text: 'In progress', swatch: 'bar', matches: (e) => isBar(e) && hasClass(e, /^active\d+$/) },
  { text: 'Done', swatch: 'bar', matches: (e) => isBar(e) && hasClass(e, /^done\d+$/) },
  { text: 'Critical path', swatch: 'bar', matches: (e) => isBar(e) && hasClass(e, /^crit\d+$/) },
  { text: 'Critical, in progress', swatch: 'bar', matches: (e) => isBar(e) && hasClass(e, /^activeCrit\d+$/) },
  { text: 'Critical, done', swatch: 'bar', matches: (e) => isBar(e) && hasClass(e, /^doneCrit\d+$/) },
  { text: 'Decision gate or milestone', swatch: 'diamond', matches: (e) => e.classList.contains('milestone') && !hasClass(e, /^crit\d+$/) },
  { text: 'Critical gate', swatch: 'diamond', matches: (e) => e.classList.contains('milestone') && hasClass(e, /^crit\d+$/) },
  { text: 'Today', swatch: 'line', matches: (e) => e.classList.contains('vert') && !e.classList.contains('rp-quarter') },
  { text: 'Start of a quarter', swatch: 'line', matches: (e) => e.classList.contains('rp-quarter') },
];

const GANTT: readonly Entry[] = [...COMPARED, ...PLAIN.map((entry) => ({ ...entry, matches: (e: Element) => !isComparisonMark(e) && entry.matches(e) }))];

/** The goals view's cards (server/src/pack/views/goals.ts), by their class: the words on each card say the same. */
const GOALS: readonly Entry[] = [
  { text: 'Goal met', swatch: 'card', matches: (e) => isCard(e) && e.classList.contains('met') },
  { text: 'Goal late', swatch: 'card', matches: (e) => isCard(e) && e.classList.contains('late') },
  { text: 'Goal not served', swatch: 'card', matches: (e) => isCard(e) && e.classList.contains('unserved') },
  { text: 'Goal without a verdict', swatch: 'card', matches: (e) => isCard(e) && e.classList.contains('open') },
  { text: 'Delivers value (round ends)', swatch: 'card', matches: (e) => isCard(e) && e.classList.contains('value') },
  { text: 'Enabler', swatch: 'card', matches: (e) => isCard(e) && e.classList.contains('enabler') },
];

const ENTRIES: Partial<Record<ViewName, readonly Entry[]>> = { gantt: GANTT, goals: GOALS };

function isBar(element: Element): boolean {
  return element.tagName.toLowerCase() === 'rect' && element.classList.contains('task') && !element.classList.contains('milestone') && !element.classList.contains('vert');
}

function isCard(element: Element): boolean {
  return element.classList.contains('node');
}

function hasClass(element: Element, pattern: RegExp): boolean {
  return [...element.classList].some((name) => pattern.test(name));
}

/** The legend of `view` for the drawings in `canvas`, or undefined when it has none. */
export function legendFor(view: ViewName, diagrams: readonly HTMLElement[]): HTMLElement | undefined {
  const entries = ENTRIES[view];
  if (!entries) return undefined;
  const candidates = diagrams.flatMap((diagram) => [...diagram.querySelectorAll(view === 'goals' ? 'g.node' : 'rect')]);
  const items = entries.flatMap((entry) => {
    const sample = candidates.find((element) => entry.matches(element));
    return sample ? [item(entry, sample)] : [];
  });
  if (items.length === 0) return undefined;
  const legend = document.createElement('ul');
  legend.className = 'rp-legend';
  legend.setAttribute('aria-label', 'Legend');
  legend.append(...items);
  // The canvas is as wide as its content: held to the drawing's width, the row wraps instead of widening it.
  legend.style.maxWidth = `${Math.max(200, ...diagrams.map(widthOf))}px`;
  return legend;
}

function widthOf(diagram: HTMLElement): number {
  const svg = diagram.querySelector('svg');
  return svg ? svg.width.baseVal.value || svg.viewBox.baseVal.width : 0;
}

function item(entry: Entry, sample: Element): HTMLElement {
  const li = document.createElement('li');
  const swatch = document.createElement('span');
  swatch.className = `rp-swatch rp-swatch-${entry.swatch}`;
  paint(swatch, entry.swatch === 'card' ? (sample.querySelector('rect, polygon, path') ?? sample) : sample);
  const text = document.createElement('span');
  text.textContent = entry.text;
  li.append(swatch, text);
  return li;
}

/** The sample's fill, outline and dashes on the swatch (a line's colour is its fill: Mermaid draws markers as thin rects). */
function paint(swatch: HTMLElement, sample: Element): void {
  const style = getComputedStyle(sample);
  if (swatch.classList.contains('rp-swatch-line')) {
    swatch.style.borderLeftColor = style.fill;
    swatch.style.opacity = style.opacity;
    return;
  }
  swatch.style.backgroundColor = style.fill;
  swatch.style.borderColor = style.stroke === 'none' ? style.fill : style.stroke;
  if (style.strokeDasharray && style.strokeDasharray !== 'none') swatch.style.borderStyle = 'dashed';
}
