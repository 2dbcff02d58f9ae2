/**
 * The gantt's time axis in the pack's own terms. Mermaid draws months (its
 * `tickInterval` knows no quarter-week); the server sends the quarters the
 * chart touches, each with the first day of its 13 weeks, and two tasks whose
 * shapes fix where a day falls (server/src/pack/views/ganttAxis.ts). Here
 * Mermaid's ticks are replaced by two rows under the chart:
 *
 * - weeks and quarters: `W1 W5 W9` ticks (every week, every other week or
 *   every fourth, the smallest step whose labels keep apart) over a band per
 *   quarter named `2026-Q3`;
 * - or, when a quarter's weeks are too narrow for that (a two-year plan in a
 *   side pane), quarters and years: `Q1 Q2 Q3 Q4` over a band per year.
 *
 * The new ticks are Mermaid's own tick elements, cloned, so the theme's
 * colours and fonts apply (and survive Export SVG).
 */
import type { AxisQuarter, GanttAxis } from '../../protocol/views';

const GAP = 6;
/** The second row's labels sit this far under the first's. */
const ROW = 13;
/** How far a band's edge line reaches below the axis, through both rows. */
const BAND_EDGE = 2 * ROW + 4;
const WEEK_STEPS = [1, 2, 4] as const;

/** Checks the axis a message carries before it is trusted. */
export function isGanttAxis(value: unknown): value is GanttAxis {
  if (typeof value !== 'object' || value === null) return false;
  const axis = value as Partial<Record<string, unknown>>;
  return Array.isArray(axis.quarters) && axis.quarters.every(isQuarter) && Array.isArray(axis.anchors) && axis.anchors.every(isAnchor);
}

function isQuarter(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const q = value as Partial<Record<string, unknown>>;
  return typeof q.name === 'string' && typeof q.short === 'string' && typeof q.year === 'string' && Array.isArray(q.weeks) && q.weeks.every(Number.isFinite) && Number.isFinite(q.end);
}

function isAnchor(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const a = value as Partial<Record<string, unknown>>;
  return typeof a.id === 'string' && Number.isFinite(a.start) && Number.isFinite(a.end);
}

/** Day → x in the grid's own coordinates (Mermaid translates the grid by its left padding). */
interface Scale {
  x(day: number): number;
  day(x: number): number;
  /** The chart's first and last x. */
  from: number;
  to: number;
  pxPerDay: number;
}

interface Label {
  text: string;
  /** Centre, in grid coordinates. */
  x: number;
  row: 0 | 1;
}

/**
 * Replaces the Mermaid axis of `svg` (in the document, to be measured) with
 * one in quarters and weeks. Returns false, leaving Mermaid's axis, when the
 * drawing does not hold what it needs (no grid, no anchor to place days by).
 */
export function drawGanttAxis(svg: SVGSVGElement, axis: GanttAxis): boolean {
  const grid = svg.querySelector<SVGGElement>('g.grid');
  const template = grid?.querySelector<SVGGElement>('g.tick');
  const scale = grid && scaleOf(svg, grid, axis);
  if (!grid || !template || !scale || axis.quarters.length === 0) return false;
  const height = -Number(template.querySelector('line')?.getAttribute('y2') ?? 0);
  for (const tick of grid.querySelectorAll('g.tick')) tick.remove();
  const { measure, done } = measurer(grid, template);
  const plan = planFor(axis.quarters, scale, measure);
  for (const day of plan.lines) grid.append(line(template, scale.x(day), -height, 0));
  for (const day of plan.edges) grid.append(line(template, scale.x(day), -height, BAND_EDGE));
  const width = svg.viewBox.baseVal.width;
  const left = gridLeft(grid);
  for (const label of plan.labels) {
    const half = measure(label.text) / 2;
    // Inside the drawing: a first label at the chart's very left edge would stick out of the svg.
    const x = Math.min(width - left - half - 2, Math.max(half + 2 - left, label.x));
    grid.append(text(template, label, x));
  }
  done();
  return true;
}

/** Where the ticks, band edges and labels go: weeks over quarters when they fit, else quarters over years. */
function planFor(quarters: readonly AxisQuarter[], scale: Scale, measure: (text: string) => number): { lines: number[]; edges: number[]; labels: Label[] } {
  const weekPx = 7 * scale.pxPerDay;
  const quarterFits = quarters.every((q) => measure(q.name) + GAP <= (q.end - q.weeks[0]) * scale.pxPerDay);
  const step = WEEK_STEPS.find((n) => n * weekPx >= measure('W13') + GAP);
  if (step !== undefined && quarterFits) return weeksOverQuarters(quarters, scale, measure, step);
  return quartersOverYears(quarters, scale, measure);
}

function weeksOverQuarters(quarters: readonly AxisQuarter[], scale: Scale, measure: (text: string) => number, step: number): { lines: number[]; edges: number[]; labels: Label[] } {
  const lines: number[] = [];
  const labels: Label[] = [];
  for (const quarter of quarters) {
    // The last ticks stop a step short of the next quarter's W1, so W13 never crowds it.
    for (let week = 0; week + (step > 1 ? step / 2 : 0) < quarter.weeks.length; week += step) {
      const day = quarter.weeks[week];
      if (!inside(scale, day)) continue;
      if (week > 0) lines.push(day);
      labels.push({ text: `W${week + 1}`, x: scale.x(day), row: 0 });
    }
  }
  const quarterBands = bands(quarters.map((q) => ({ name: q.name, start: q.weeks[0], end: q.end })), scale, measure);
  return { lines, edges: quarterBands.edges, labels: [...labels, ...quarterBands.labels] };
}

function quartersOverYears(quarters: readonly AxisQuarter[], scale: Scale, measure: (text: string) => number): { lines: number[]; edges: number[]; labels: Label[] } {
  const labels: Label[] = [];
  const lines: number[] = [];
  for (const quarter of quarters) {
    const visible = visiblePart(scale, quarter.weeks[0], quarter.end);
    if (!visible) continue;
    if (quarter.short !== 'Q1' && inside(scale, quarter.weeks[0])) lines.push(quarter.weeks[0]);
    if (measure(quarter.short) + GAP <= scale.x(visible.end) - scale.x(visible.start)) labels.push({ text: quarter.short, x: (scale.x(visible.start) + scale.x(visible.end)) / 2, row: 0 });
  }
  const years: { name: string; start: number; end: number }[] = [];
  for (const quarter of quarters) {
    const year = years[years.length - 1];
    if (year && year.name === quarter.year) year.end = quarter.end;
    else years.push({ name: quarter.year, start: quarter.weeks[0], end: quarter.end });
  }
  const yearBands = bands(years, scale, measure);
  return { lines, edges: yearBands.edges, labels: [...labels, ...yearBands.labels] };
}

/** A band per period: an edge line where one starts inside the chart, its name centred on its visible part. */
function bands(periods: readonly { name: string; start: number; end: number }[], scale: Scale, measure: (text: string) => number): { edges: number[]; labels: Label[] } {
  const edges: number[] = [];
  const labels: Label[] = [];
  for (const period of periods) {
    const visible = visiblePart(scale, period.start, period.end);
    if (!visible) continue;
    if (inside(scale, period.start)) edges.push(period.start);
    labels.push({ text: period.name, x: (scale.x(visible.start) + scale.x(visible.end)) / 2, row: 1 });
  }
  return { edges, labels: dropCrowded(labels, measure) };
}

/** Labels of one row, in order, that would touch the one before are left out (a band cut short at the chart's edge). */
function dropCrowded(labels: Label[], measure: (text: string) => number): Label[] {
  let right = -Infinity;
  return labels.filter((label) => {
    const half = measure(label.text) / 2;
    if (label.x - half < right + GAP) return false;
    right = label.x + half;
    return true;
  });
}

function visiblePart(scale: Scale, start: number, end: number): { start: number; end: number } | undefined {
  const first = Math.max(start, scale.day(scale.from));
  const last = Math.min(end, scale.day(scale.to));
  return last > first ? { start: first, end: last } : undefined;
}

function inside(scale: Scale, day: number): boolean {
  const x = scale.x(day);
  return x >= scale.from - 0.5 && x <= scale.to + 0.5;
}

/**
 * The linear map from days to x, from the anchors' drawn shapes: a bar's
 * left and right edges, a milestone's centre. The two points furthest apart
 * in time fix it; Mermaid's scale is linear in time.
 */
function scaleOf(svg: SVGSVGElement, grid: SVGGElement, axis: GanttAxis): Scale | undefined {
  const points: [number, number][] = [];
  const left = gridLeft(grid);
  for (const anchor of axis.anchors) {
    const rect = svg.querySelector<SVGRectElement>(`[id="${CSS.escape(`${svg.id}-${anchor.id}`)}"]`);
    if (!rect) continue;
    const x = rect.x.baseVal.value - left;
    const width = rect.width.baseVal.value;
    if (rect.classList.contains('milestone')) points.push([anchor.start, x + width / 2]);
    else points.push([anchor.start, x], [anchor.end, x + width]);
  }
  if (points.length < 2) return undefined;
  const [a, b] = [points.reduce((p, q) => (q[0] < p[0] ? q : p)), points.reduce((p, q) => (q[0] > p[0] ? q : p))];
  if (b[0] <= a[0]) return undefined;
  const pxPerDay = (b[1] - a[1]) / (b[0] - a[0]);
  if (!(pxPerDay > 0)) return undefined;
  return { x: (day) => a[1] + (day - a[0]) * pxPerDay, day: (x) => a[0] + (x - a[1]) / pxPerDay, from: a[1], to: b[1], pxPerDay };
}

/** The grid's left offset (Mermaid writes `translate(left, top)`). */
function gridLeft(grid: SVGGElement): number {
  return Number(/translate\(\s*([-\d.]+)/.exec(grid.getAttribute('transform') ?? '')?.[1] ?? 0);
}

/** Text widths in the ticks' own font, measured with a hidden clone in the grid. */
function measurer(grid: SVGGElement, template: SVGGElement): { measure: (text: string) => number; done: () => void } {
  const probe = template.cloneNode(true) as SVGGElement;
  probe.querySelector('line')?.remove();
  probe.setAttribute('visibility', 'hidden');
  grid.append(probe);
  const label = probe.querySelector('text');
  const widths = new Map<string, number>();
  const measure = (text: string) => {
    if (!label) return text.length * 6;
    if (!widths.has(text)) {
      label.textContent = text;
      widths.set(text, label.getComputedTextLength());
    }
    return widths.get(text)!;
  };
  return { measure, done: () => probe.remove() };
}

function line(template: SVGGElement, x: number, top: number, bottom: number): SVGGElement {
  const tick = template.cloneNode(true) as SVGGElement;
  tick.querySelector('text')?.remove();
  tick.setAttribute('transform', `translate(${x},0)`);
  const stroke = tick.querySelector('line');
  stroke?.setAttribute('y1', String(bottom));
  stroke?.setAttribute('y2', String(top));
  tick.classList.add(bottom > 0 ? 'rp-axis-edge' : 'rp-axis-tick');
  return tick;
}

function text(template: SVGGElement, label: Label, x: number): SVGGElement {
  const tick = template.cloneNode(true) as SVGGElement;
  tick.querySelector('line')?.remove();
  tick.setAttribute('transform', `translate(${x},${label.row * ROW})`);
  tick.classList.add(label.row === 0 ? 'rp-axis-minor' : 'rp-axis-major');
  const element = tick.querySelector('text');
  if (element) element.textContent = label.text;
  return tick;
}
