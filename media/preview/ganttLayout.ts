/**
 * Places a rendered gantt's labels where they fit. Mermaid puts a label that
 * does not fit in its bar to the right, or (when it guesses the right side is
 * short of room) to the left, where it runs past the chart's left edge or
 * over the section titles. Here, with the real text widths measured in the
 * page: inside the bar if it fits, else right of it, else left of it clear of
 * the section titles; a label that fits nowhere asks for more right padding
 * (`rightPaddingFor`), which the caller draws again with, and on the last
 * round is shortened at a word with "…" (`placeShortened`).
 *
 * It also shortens the vertical markers (Today) to the rows, so a marker no
 * longer runs through the axis labels beneath them.
 *
 * What Mermaid 11 writes (checked by test/browser/preview.test.ts): a task is
 * `<rect id="<svg>-t3" class="task …">` and its label `<text id="<svg>-t3-text">`;
 * section titles are `text.sectionTitle`; row backgrounds `rect.section`;
 * markers `rect.vert` with `text.vertText`.
 */

import type { GanttAxis } from '../../protocol/views';
import { drawGanttAxis } from './ganttAxis';
import { breakLines, fitTitleText, setLines, shortenText } from './svgText';

const GAP = 5;
/** Where Mermaid starts a section title. */
const SECTION_TITLE_X = 10;
const MARGIN = 4;
/** The time axis never shrinks below this share of the width to make room for labels. */
const MIN_CHART_SHARE = 0.4;

/** The axis labels' size: readable (9 px) down to a zoom of 0.82. */
const AXIS_FONT_PX = 11;

const QUARTER_MARKER = /-q\d+$/;
const QUARTER_LABEL_RISE = 5;

export interface GanttPadding {
  left: number;
  right: number;
}

interface Placed {
  text: SVGTextElement;
  bar: { start: number; end: number };
  width: number;
}

type Side = 'inside' | 'right' | 'left';

/**
 * Re-places every task label of `svg` (which must be in the document, to be
 * measured) and shortens the markers. Returns the right padding that would let
 * every label fit, or undefined when all fit already.
 */
export function layOutGantt(svg: SVGSVGElement, padding: GanttPadding, shorten = false, axis?: GanttAxis): number | undefined {
  const width = svg.viewBox.baseVal.width;
  wrapSectionTitles(svg, padding.left - SECTION_TITLE_X - GAP);
  const title = svg.querySelector<SVGTextElement>('text.titleText');
  if (title) fitTitleText(title, width - 2 * MARGIN);
  enlargeAxisText(svg);
  const inPackTerms = axis !== undefined && drawGanttAxis(svg, axis);
  if (!inPackTerms) thinAxis(svg);
  const leftLimit = sectionTitlesRight(svg) + GAP;
  let needed: number | undefined;
  for (const label of taskLabels(svg)) {
    const side = sideFor(label, width, leftLimit);
    if (side) place(label, side);
    else if (shorten) placeShortened(label, width, leftLimit);
    else {
      place(label, 'right');
      needed = Math.max(needed ?? 0, rightPaddingFor(label, width, padding));
    }
  }
  shortenMarkers(svg, width, inPackTerms);
  return needed;
}

/**
 * The last resort for a label that fits nowhere whole (a 140-character
 * title in a side pane): shortened at a word to the side with the most room,
 * its full text kept in a `<title>` for hover. Widening the drawing instead
 * made every text of it too small to read at fit to width.
 */
function placeShortened(label: Placed, width: number, leftLimit: number): void {
  const rooms: [Side, number][] = [
    ['inside', label.bar.end - label.bar.start - 2 * MARGIN],
    ['right', width - label.bar.end - GAP - MARGIN],
    ['left', label.bar.start - GAP - leftLimit],
  ];
  const [side, room] = rooms.reduce((best, each) => (each[1] > best[1] ? each : best));
  shortenText(label.text, room);
  place(label, side);
}

/**
 * d3's axis writes font-size="10" on the grid and Mermaid on each tick's text:
 * at a zoom under 0.9 (a drawing a little wider than a narrow pane) that is
 * under 9 px. Before the axis is redrawn, which clones these ticks and
 * measures in their font.
 */
function enlargeAxisText(svg: SVGSVGElement): void {
  for (const element of svg.querySelectorAll('g.grid, g.grid .tick text')) element.setAttribute('font-size', String(AXIS_FONT_PX));
}

function sideFor({ bar, width }: Placed, svgWidth: number, leftLimit: number): Side | undefined {
  if (width + 2 * MARGIN <= bar.end - bar.start) return 'inside';
  if (bar.end + GAP + width + MARGIN <= svgWidth) return 'right';
  if (bar.start - GAP - width >= leftLimit) return 'left';
  return undefined;
}

/**
 * The right padding at which `label` fits right of its bar: the time axis
 * (from `padding.left` to `width - right`) shrinks, moving the bar's end left.
 */
function rightPaddingFor({ bar, width: textWidth }: Placed, width: number, padding: GanttPadding): number {
  const chart = width - padding.left - padding.right;
  const endShare = chart > 0 ? Math.max(0.001, (bar.end - padding.left) / chart) : 1;
  const fitting = (width - padding.left - textWidth - GAP - MARGIN) / endShare;
  const smallest = (width - padding.left) * MIN_CHART_SHARE;
  return Math.ceil(width - padding.left - Math.max(smallest, Math.min(chart, fitting)));
}

function taskLabels(svg: SVGSVGElement): Placed[] {
  const placed: Placed[] = [];
  for (const rect of svg.querySelectorAll<SVGRectElement>('rect.task')) {
    if (rect.classList.contains('vert') || !rect.id) continue;
    const text = svg.querySelector<SVGTextElement>(`[id="${CSS.escape(rect.id)}-text"]`);
    if (!text) continue;
    const start = rect.x.baseVal.value;
    placed.push({ text, bar: { start, end: start + rect.width.baseVal.value }, width: text.getComputedTextLength() });
  }
  return placed;
}

function sectionTitlesRight(svg: SVGSVGElement): number {
  let right = 0;
  for (const title of svg.querySelectorAll<SVGTextElement>('text.sectionTitle')) {
    const box = title.getBBox();
    right = Math.max(right, box.x + box.width);
  }
  return right;
}

const POSITION_CLASSES = /^(taskText|taskTextOutsideLeft|taskTextOutsideRight|taskText\d+|taskTextOutside\d+)$/;
/**
 * The label colours of in-progress and done bars: Mermaid gives them with
 * !important, for a label on the bar's pale fill, and keeps them on a label
 * outside it, where the dark theme then writes dark grey on its dark pane
 * (1.14:1). Outside a bar, a label takes the outside colour like any other.
 */
const ON_BAR_CLASSES = /^(active|done)(Crit)?Text\d+$/;

/** Moves a label and gives it the classes (and so the colours and anchor) Mermaid gives a label on that side. */
function place({ text, bar }: Placed, side: Side): void {
  const section = sectionNumber(text);
  const kept = [...text.classList].filter((name) => !POSITION_CLASSES.test(name) && (side === 'inside' || !ON_BAR_CLASSES.test(name)));
  const position = side === 'inside' ? ['taskText', `taskText${section}`] : [side === 'right' ? 'taskTextOutsideRight' : 'taskTextOutsideLeft', `taskTextOutside${section}`];
  text.setAttribute('class', [...kept, ...position].join(' '));
  const x = side === 'inside' ? (bar.start + bar.end) / 2 : side === 'right' ? bar.end + GAP : bar.start - GAP;
  text.setAttribute('x', String(x));
}

function sectionNumber(text: SVGTextElement): string {
  for (const name of text.classList) {
    const match = /^taskText(?:Outside)?(\d+)$/.exec(name);
    if (match) return match[1];
  }
  return '0';
}

/**
 * A section title wider than the left padding (which is capped, so a long
 * team or theme name cannot squeeze the chart) is broken into lines at
 * spaces, or anywhere in a word longer than a line, and stays centred on its
 * section as Mermaid centres it.
 */
function wrapSectionTitles(svg: SVGSVGElement, room: number): void {
  for (const title of svg.querySelectorAll<SVGTextElement>('text.sectionTitle')) {
    if (title.getComputedTextLength() <= room) continue;
    title.setAttribute('x', String(SECTION_TITLE_X));
    setLines(title, breakLines(title, title.textContent ?? '', room), 'central');
  }
}

/** Hides axis labels that would touch the one before (months at a narrow width). */
function thinAxis(svg: SVGSVGElement): void {
  let lastRight = -Infinity;
  for (const label of svg.querySelectorAll<SVGTextElement>('g.grid .tick text')) {
    const box = label.getBoundingClientRect();
    if (box.width === 0) continue;
    if (box.left < lastRight + GAP) {
      label.setAttribute('visibility', 'hidden');
      continue;
    }
    lastRight = box.right;
  }
}

/**
 * Markers span the rows only, and their labels stay inside the drawing. The
 * quarter markers (`q1`, `q2`… from server/src/pack/views/gantt.ts) are
 * fainter, their labels small and above the rows, so that Today keeps the
 * space below the axis to itself.
 */
function shortenMarkers(svg: SVGSVGElement, width: number, quartersOnAxis: boolean): void {
  const rows = rowsBand(svg);
  if (!rows) return;
  for (const marker of svg.querySelectorAll<SVGRectElement>('rect.vert')) {
    marker.setAttribute('y', String(rows.top));
    marker.setAttribute('height', String(rows.bottom - rows.top));
    if (!QUARTER_MARKER.test(marker.id)) continue;
    marker.classList.add('rp-quarter');
    const label = svg.querySelector<SVGTextElement>(`[id="${CSS.escape(marker.id)}-text"]`);
    if (!label) continue;
    // The axis names every quarter under the rows: the marker's own label would say it twice.
    if (quartersOnAxis) label.remove();
    label.setAttribute('y', String(rows.top - QUARTER_LABEL_RISE));
    label.style.fontSize = '11px'; // inline: Mermaid's own rule for markers is scoped by the diagram's id
  }
  for (const label of svg.querySelectorAll<SVGTextElement>('text.vertText')) {
    const half = label.getComputedTextLength() / 2;
    const x = label.x.baseVal.numberOfItems > 0 ? label.x.baseVal.getItem(0).value : 0;
    label.setAttribute('x', String(Math.min(width - half - MARGIN, Math.max(half + MARGIN, x))));
  }
}

function rowsBand(svg: SVGSVGElement): { top: number; bottom: number } | undefined {
  let top = Infinity;
  let bottom = -Infinity;
  for (const row of svg.querySelectorAll<SVGRectElement>('rect.section')) {
    top = Math.min(top, row.y.baseVal.value);
    bottom = Math.max(bottom, row.y.baseVal.value + row.height.baseVal.value);
  }
  return top < bottom ? { top, bottom } : undefined;
}

/** The left padding that holds the widest section title (measured with a canvas in the chart's font), within limits. */
export function leftPaddingFor(text: string, width: number, font: string): number {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return 140;
  context.font = font;
  let widest = 0;
  for (const match of text.matchAll(/^\s*section (.*)$/gm)) widest = Math.max(widest, context.measureText(decodeEntities(match[1])).width);
  return Math.round(Math.min(width * 0.4, Math.max(60, widest + 20)));
}

/** `#35;` → `#`: how the label will read once Mermaid has decoded it. */
function decodeEntities(text: string): string {
  return text.replace(/#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));
}
