/**
 * Fits a rendered xychart (the capacity view) to its width. Mermaid gives
 * every category a label even when 26 weeks share 480 px, so labels that
 * would touch the last one shown are hidden (the first and every n-th stay,
 * evenly); a title wider than the chart is set smaller, or wrapped; and a bar of no
 * height (a week with no planned work) is removed rather than drawn as a
 * sliver.
 *
 * What Mermaid 11 writes: `g.bottom-axis > g.label > text`, `g.chart-title > text`,
 * `g.plot > g.bar-plot-N > rect`.
 */

import { fitTitleText } from './svgText';
import { drawTodayLine } from './todayLine';
import type { ChartToday } from '../../protocol/views';

const LABEL_GAP = 6;

export function fitChart(svg: SVGSVGElement, today?: Pick<ChartToday, 'bar' | 'fraction'>): void {
  thinAxisLabels(svg, 'bottom-axis');
  thinAxisLabels(svg, 'left-axis');
  fitTitle(svg);
  // After the labels are thinned and the title fitted (its label dodges them), before empty bars go (their rects give each period's x).
  if (today) drawTodayLine(svg, today);
  removeEmptyBars(svg);
}

/**
 * Shows every n-th label of an axis, n the smallest step at which no two
 * shown labels come closer than LABEL_GAP (along the axis: widths on the
 * bottom axis, heights on the left one).
 */
function thinAxisLabels(svg: SVGSVGElement, axis: 'bottom-axis' | 'left-axis'): void {
  const labels = [...svg.querySelectorAll<SVGTextElement>(`g.${axis} g.label text`)];
  if (labels.length < 2) return;
  // Mermaid places each label with a transform: its own box (getBBox) does not say where it is.
  const boxes = labels.map((label) => label.getBoundingClientRect());
  const along = axis === 'bottom-axis' ? (box: DOMRect) => box.left : (box: DOMRect) => box.top;
  const size = axis === 'bottom-axis' ? (box: DOMRect) => box.width : (box: DOMRect) => box.height;
  const pitch = Math.abs(along(boxes[boxes.length - 1]) - along(boxes[0])) / (boxes.length - 1);
  const widest = Math.max(...boxes.map(size));
  const step = pitch > 0 ? Math.max(1, Math.ceil((widest + LABEL_GAP) / pitch)) : 1;
  labels.forEach((label, index) => {
    if (index % step !== 0) label.setAttribute('visibility', 'hidden');
  });
}

/** Mermaid centres a title wider than the chart on the width it would need; centre it on the chart, then fit it. */
function fitTitle(svg: SVGSVGElement): void {
  const title = svg.querySelector<SVGTextElement>('g.chart-title text');
  if (!title) return;
  const width = svg.viewBox.baseVal.width;
  const y = /translate\([^,]+,\s*([-\d.]+)\)/.exec(title.getAttribute('transform') ?? '')?.[1];
  if (y !== undefined) title.setAttribute('transform', `translate(${width / 2}, ${y})`);
  fitTitleText(title, width - 16);
}

function removeEmptyBars(svg: SVGSVGElement): void {
  for (const bar of svg.querySelectorAll<SVGRectElement>('g.plot [class^="bar-plot"] rect')) {
    if (bar.height.baseVal.value < 0.5 || bar.width.baseVal.value < 0.5) bar.remove();
  }
}
