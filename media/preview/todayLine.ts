/**
 * The capacity chart's Today line: a vertical line through the plot at the
 * place in its bar's period that today is (the server says which bar and
 * how far into it, protocol/views.ts `todays`), labelled "Today" where the
 * label covers no other text. Drawn in the colour of the chart's own text,
 * so it has the contrast the theme gives the axis labels.
 */
import type { ChartToday } from '../../protocol/views';

const SVG = 'http://www.w3.org/2000/svg';
const LABEL_GAP = 3;

/** Checks a message's `todays` before it is trusted. */
export function isChartTodays(value: unknown): value is ChartToday[] {
  return Array.isArray(value) && value.every((mark) => typeof mark === 'object' && mark !== null && [mark.diagram, mark.bar, mark.fraction].every(Number.isFinite));
}

/** Draws the line over bar `mark.bar`; call before empty bars are removed, while their rects still give every period's x span. */
export function drawTodayLine(svg: SVGSVGElement, mark: Pick<ChartToday, 'bar' | 'fraction'>): void {
  const bar = svg.querySelectorAll<SVGRectElement>('g.plot g.bar-plot-0 rect')[mark.bar];
  const plot = bar?.closest('g.plot');
  if (!bar || !plot) return;
  const fraction = Math.min(1, Math.max(0, mark.fraction));
  const x = bar.x.baseVal.value + fraction * bar.width.baseVal.value;
  const bottom = bar.y.baseVal.value + bar.height.baseVal.value;
  const top = Math.min(plotTop(svg), bottom - 1);
  const colour = textColour(svg);
  const group = element('g', { class: 'rp-today' });
  group.append(element('line', { x1: x, x2: x, y1: top, y2: bottom, stroke: colour, 'stroke-width': 2, 'stroke-dasharray': '5 3' }));
  const label = element('text', { x, y: top - LABEL_GAP, fill: colour, 'font-size': 12, 'text-anchor': 'middle' });
  label.textContent = 'Today';
  group.append(label);
  plot.append(group);
  placeLabel(svg, label, x, top, bottom);
}

/** The top of the plot area: the left axis's highest tick (Mermaid draws ticks as paths), else the top of the plot's own drawing. */
function plotTop(svg: SVGSVGElement): number {
  const ticks = svg.querySelector<SVGGElement>('g.left-axis g.ticks');
  const box = ticks?.getBBox();
  if (box && box.height > 0) return box.y;
  return svg.querySelector<SVGGElement>('g.plot')?.getBBox().y ?? 0;
}

/**
 * Above the line when that hides no other text; else beside it, right then
 * left, at the top of the plot; else lower down beside it, until it fits.
 */
function placeLabel(svg: SVGSVGElement, label: SVGTextElement, x: number, top: number, bottom: number): void {
  const others = otherTexts(svg, label);
  const spots: [number, number, string][] = [[x, top - LABEL_GAP, 'middle']];
  for (let y = top + 12; y < bottom; y += 14) spots.push([x + LABEL_GAP + 1, y, 'start'], [x - LABEL_GAP - 1, y, 'end']);
  for (const [sx, sy, anchor] of spots) {
    label.setAttribute('x', String(sx));
    label.setAttribute('y', String(sy));
    label.setAttribute('text-anchor', anchor);
    const box = label.getBoundingClientRect();
    if (!others.some((other) => overlaps(box, other))) return;
  }
  label.setAttribute('visibility', 'hidden');
}

function otherTexts(svg: SVGSVGElement, label: SVGTextElement): DOMRect[] {
  return [...svg.querySelectorAll<SVGTextElement>('text')]
    .filter((text) => text !== label && text.getAttribute('visibility') !== 'hidden' && (text.textContent ?? '').trim() !== '')
    .map((text) => text.getBoundingClientRect());
}

export function overlaps(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** The colour Mermaid gave the axis labels (or the title): the theme's text colour on this chart. */
function textColour(svg: SVGSVGElement): string {
  const text = svg.querySelector<SVGTextElement>('g.bottom-axis g.label text') ?? svg.querySelector<SVGTextElement>('g.chart-title text');
  return (text && getComputedStyle(text).fill) || 'currentColor';
}

function element<K extends keyof SVGElementTagNameMap>(name: K, attributes: Record<string, string | number>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  return node;
}
