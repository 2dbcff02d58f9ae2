/**
 * The visual standard, measured in the rendered page: what a reader of the
 * preview would see wrong in the drawing in #rp-canvas, found from bounding
 * boxes and computed styles (never from the Mermaid text).
 *
 * - `clipped`: a text box reaches past its svg's edge (the outer <svg> hides
 *   what overflows) or past the foreignObject that holds an HTML label;
 * - `overlap`: two labels' boxes intersect by more than `overlapTolerance` px
 *   both ways (a <text> and its own <tspan>s are one label, so is an HTML label);
 * - `contrast`: a text's colour against what is painted behind its centre (the
 *   topmost filled shape there, composed over the ones below and over the page
 *   background, opacities included) is under `minContrast` (WCAG 2 ratio);
 * - `unreadable`: at fit-to-width zoom the text renders under `minFontPx`;
 * - `crossing`: a flowchart arrow passes through a node that is neither of its
 *   ends (sampled every few px along the path, against the node's box less
 *   `overlapTolerance`), so it reads as going to or from that node. Enforced
 *   for an arrow inside a box (a subgraph holding both its ends: the views box
 *   a dependency cycle so that the arrow closing it stays among its members);
 *   elsewhere `advisory`, since the layout (dagre) decides where arrows run
 *   and no view can steer it: counted and printed, not failed on.
 *
 * Fit to width: the zoom at which the canvas is exactly as wide as the pane
 * (never above 1: a narrow drawing is not enlarged). It is computed here from
 * the drawing's width at zoom 1 and the pane's width, so the rule holds
 * whatever zoom the page was left at: a diagram is readable at fit-to-width
 * when its smallest text, scaled by that zoom, is at least `minFontPx` tall.
 *
 * The page function is passed to Playwright as a function: it is serialised
 * with `toString()` and runs in the page, so it uses nothing from this module
 * but the types, and reaches the DOM through `PageWindow`, a local
 * description of the few DOM members it needs (the root tsconfig has no DOM
 * library: the pure core must not see one).
 */
import type { Page } from 'playwright-core';

export type ViolationKind = 'clipped' | 'overlap' | 'contrast' | 'unreadable' | 'crossing';
export const VIOLATION_KINDS: readonly ViolationKind[] = ['clipped', 'overlap', 'contrast', 'unreadable', 'crossing'];

export interface Violation {
  kind: ViolationKind;
  /** The label's text (the first of the two, for an overlap). */
  text: string;
  /** The numbers that broke the rule, in words. */
  detail: string;
  /** Which diagram of the view (capacity draws one per team), from 0. */
  diagram: number;
  /** Reported, not enforced (see `crossing`). */
  advisory?: boolean;
}

export interface MeasureOptions {
  /** Default 4.5 (WCAG AA for body text). */
  minContrast?: number;
  /** Smallest readable font at fit-to-width, in CSS px. Default 9. */
  minFontPx?: number;
  /** Px two boxes may intersect (both ways) before they count as overlapping; also the clipping slack. Default 2. */
  overlapTolerance?: number;
}

export interface Measurement {
  /** The canvas at zoom 1 (every diagram and its padding), in CSS px. */
  width: number;
  height: number;
  /** The pane's width available to the drawing (the viewport less its scrollbar). */
  paneWidth: number;
  /** The fit-to-width zoom: min(1, paneWidth / width). */
  fitZoom: number;
  /** The smallest text's font size at fit-to-width, in CSS px (Infinity without text). */
  smallestFontPx: number;
  /** How many labels were measured. */
  labels: number;
  violations: Violation[];
}

/** Measures the drawing in #rp-canvas of the preview open in `page`. */
export async function measureCanvas(page: Page, options: MeasureOptions = {}): Promise<Measurement> {
  const settings: Required<MeasureOptions> = { minContrast: 4.5, minFontPx: 9, overlapTolerance: 2, ...options };
  return page.evaluate(measureInPage, settings);
}

/** `gates: 3 clipped, 1 contrast`, for a summary. */
export function countByKind(violations: readonly Violation[]): Record<ViolationKind, number> {
  const counts = { clipped: 0, overlap: 0, contrast: 0, unreadable: 0, crossing: 0 };
  for (const violation of violations) counts[violation.kind]++;
  return counts;
}

/** One line per violation, the label quoted, so a failure says what to fix. */
export function describeViolations(violations: readonly Violation[], max = 40): string {
  const lines = violations.slice(0, max).map((v) => `  ${v.kind}${v.advisory ? ' (advisory)' : ''}${v.diagram > 0 ? ` (diagram ${v.diagram + 1})` : ''}: ${JSON.stringify(v.text)}: ${v.detail}`);
  if (violations.length > max) lines.push(`  … and ${violations.length - max} more`);
  return lines.join('\n');
}

// ---- in the page ---------------------------------------------------------

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

interface PageStyle {
  fill: string;
  fillOpacity: string;
  opacity: string;
  color: string;
  backgroundColor: string;
  fontSize: string;
  display: string;
  visibility: string;
}

interface PageMatrix {
  a: number;
  b: number;
  inverse(): PageMatrix;
}

interface PageElement {
  tagName: string;
  textContent: string | null;
  /** HTML elements only: the text as laid out, a `<br>` as a line break. */
  innerText?: string;
  parentElement: PageElement | null;
  children: ArrayLike<PageElement>;
  getBoundingClientRect(): Box;
  querySelectorAll(selector: string): ArrayLike<PageElement>;
  closest(selector: string): PageElement | null;
  contains(other: PageElement): boolean;
  compareDocumentPosition(other: PageElement): number;
  offsetWidth: number;
  offsetHeight: number;
  clientWidth: number;
  getScreenCTM?(): PageMatrix | null;
  getBBox?(): { x: number; y: number; width: number; height: number };
  getTotalLength?(): number;
  getPointAtLength?(length: number): { x: number; y: number };
  id: string;
  isPointInFill?(point: { x: number; y: number }): boolean;
  ownerSVGElement?: PageElement | null;
}

interface PageWindow {
  document: { getElementById(id: string): PageElement | null; body: PageElement; createElement(tag: 'canvas'): { getContext(kind: '2d'): { fillStyle: string } | null } };
  getComputedStyle(element: PageElement): PageStyle;
  DOMPoint: new (x: number, y: number) => { x: number; y: number; matrixTransform(matrix: PageMatrix): { x: number; y: number } };
}

/** Runs in the page: self-contained, nothing from the module scope but types. */
function measureInPage(settings: Required<MeasureOptions>): Measurement {
  const win = globalThis as unknown as PageWindow;
  const doc = win.document;
  const canvas = doc.getElementById('rp-canvas')!;
  const viewport = doc.getElementById('rp-viewport')!;
  const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING
  const colourContext = doc.createElement('canvas').getContext('2d')!;
  type Rgba = [number, number, number, number];
  type Point = { x: number; y: number };
  interface Label {
    element: PageElement;
    text: string;
    box: Box;
    /** The label's own box, turned as it is drawn (a rotated axis label is not its bounding box): four corners at zoom 1. */
    corners: Point[];
    diagram: number;
    svg: PageElement;
    fontPx: number;
    colour: Rgba;
  }

  const violations: Violation[] = [];
  // The canvas's size at zoom 1: its layout box (a CSS transform does not change it).
  const width = canvas.offsetWidth;
  const height = canvas.offsetHeight;
  const paneWidth = viewport.clientWidth;
  const fitZoom = width > 0 ? Math.min(1, paneWidth / width) : 1;
  // What the canvas is scaled by now, so that boxes can be brought back to zoom 1.
  const zoomNow = width > 0 ? canvas.getBoundingClientRect().width / width : 1;

  const svgs = Array.from(canvas.querySelectorAll('.rp-diagram > svg'));
  const labels: Label[] = [];
  svgs.forEach((svg, diagram) => {
    for (const element of labelElements(svg)) {
      const label = labelOf(element, svg, diagram);
      if (label) labels.push(label);
    }
  });

  for (const label of labels) checkClipped(label);
  checkOverlaps(labels);
  for (const label of labels) checkContrast(label);
  let smallestFontPx = Infinity;
  for (const label of labels) {
    const fitted = label.fontPx * fitZoom;
    smallestFontPx = Math.min(smallestFontPx, fitted);
    if (fitted < settings.minFontPx) add('unreadable', label, `${round(fitted)} px at fit-to-width (font ${round(label.fontPx)} px × zoom ${round(fitZoom)}; drawing ${width} px in a ${paneWidth} px pane)`);
  }
  svgs.forEach((svg, diagram) => checkCrossings(svg, diagram));
  return { width, height, paneWidth, fitZoom, smallestFontPx, labels: labels.length, violations };

  function add(kind: ViolationKind, label: Label, detail: string): void {
    violations.push({ kind, text: label.text, detail, diagram: label.diagram });
  }

  /** SVG <text> elements, and HTML labels (the innermost block in each foreignObject). */
  function labelElements(svg: PageElement): PageElement[] {
    const texts = Array.from(svg.querySelectorAll('text')).filter((text) => !text.parentElement?.closest('text'));
    const html = Array.from(svg.querySelectorAll('foreignObject')).map((object) => innermostWithText(object));
    return [...texts, ...html.filter((element): element is PageElement => element !== null)];
  }

  function innermostWithText(element: PageElement): PageElement | null {
    if (!(element.textContent ?? '').trim()) return null;
    const withText = Array.from(element.children).filter((child) => (child.textContent ?? '').trim());
    return withText.length === 1 ? (innermostWithText(withText[0]) ?? element) : element;
  }

  function labelOf(element: PageElement, svg: PageElement, diagram: number): Label | undefined {
    const text = textOf(element);
    if (!text || !shown(element)) return undefined;
    const box = unzoomed(element.getBoundingClientRect());
    if (box.width <= 0 || box.height <= 0) return undefined;
    const style = win.getComputedStyle(element);
    const svgScale = scaleOf(svg);
    const isSvgText = element.tagName.toLowerCase() === 'text';
    const colour = parseColour(isSvgText ? style.fill : style.color);
    const alpha = isSvgText ? Number(style.fillOpacity || 1) : 1;
    return { element, text, box, corners: cornersOf(element, box), diagram, svg, fontPx: parseFloat(style.fontSize) * svgScale, colour: [colour[0], colour[1], colour[2], colour[3] * alpha * opacityOf(element)] };
  }

  /** The label's lines joined with spaces (tspans and `<br>`s would otherwise run together). */
  function textOf(element: PageElement): string {
    const lines = element.innerText !== undefined ? [element.innerText] : Array.from(element.querySelectorAll(':scope > tspan')).map((tspan) => tspan.textContent ?? '');
    const joined = lines.length > 0 ? lines.join(' ') : (element.textContent ?? '');
    return joined.replace(/\s+/g, ' ').trim();
  }

  function shown(element: PageElement): boolean {
    for (let at: PageElement | null = element; at && at !== canvas; at = at.parentElement) {
      const style = win.getComputedStyle(at);
      if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0) return false;
    }
    return true;
  }

  function opacityOf(element: PageElement): number {
    let opacity = 1;
    for (let at: PageElement | null = element; at && at !== canvas; at = at.parentElement) opacity *= Number(win.getComputedStyle(at).opacity || 1);
    return opacity;
  }

  /** How many CSS px one svg user unit is at zoom 1 (the svg's own viewBox scaling). */
  function scaleOf(svg: PageElement): number {
    const matrix = svg.getScreenCTM?.();
    return matrix ? Math.hypot(matrix.a, matrix.b) / zoomNow : 1;
  }

  function unzoomed(box: Box): Box {
    const origin = canvas.getBoundingClientRect();
    const left = (box.left - origin.left) / zoomNow;
    const top = (box.top - origin.top) / zoomNow;
    return { left, top, right: left + box.width / zoomNow, bottom: top + box.height / zoomNow, width: box.width / zoomNow, height: box.height / zoomNow };
  }

  function cornersOf(element: PageElement, box: Box): Point[] {
    const matrix = element.getBBox && element.getScreenCTM ? element.getScreenCTM() : null;
    if (!matrix || !element.getBBox) return [{ x: box.left, y: box.top }, { x: box.right, y: box.top }, { x: box.right, y: box.bottom }, { x: box.left, y: box.bottom }];
    const local = element.getBBox();
    const origin = canvas.getBoundingClientRect();
    const corners = [
      [local.x, local.y],
      [local.x + local.width, local.y],
      [local.x + local.width, local.y + local.height],
      [local.x, local.y + local.height],
    ];
    return corners.map(([x, y]) => {
      const client = new win.DOMPoint(x, y).matrixTransform(matrix);
      return { x: (client.x - origin.left) / zoomNow, y: (client.y - origin.top) / zoomNow };
    });
  }

  function checkClipped(label: Label): void {
    const slack = settings.overlapTolerance;
    const edge = unzoomed(label.svg.getBoundingClientRect());
    const out = outside(label.box, edge, slack);
    if (out) return add('clipped', label, `past the diagram's ${out} (text ${boxText(label.box)}, svg ${boxText(edge)})`);
    const object = label.element.closest('foreignObject');
    if (!object) return;
    const holder = unzoomed(object.getBoundingClientRect());
    const cut = outside(label.box, holder, slack);
    if (cut) add('clipped', label, `past its label box's ${cut} (text ${boxText(label.box)}, box ${boxText(holder)})`);
  }

  function outside(inner: Box, outer: Box, slack: number): string | undefined {
    if (inner.left < outer.left - slack) return `left edge by ${round(outer.left - inner.left)} px`;
    if (inner.right > outer.right + slack) return `right edge by ${round(inner.right - outer.right)} px`;
    if (inner.top < outer.top - slack) return `top edge by ${round(outer.top - inner.top)} px`;
    if (inner.bottom > outer.bottom + slack) return `bottom edge by ${round(inner.bottom - outer.bottom)} px`;
    return undefined;
  }

  /** Every pair, swept left to right: only boxes whose x ranges meet are compared. */
  function checkOverlaps(all: Label[]): void {
    const tolerance = settings.overlapTolerance;
    const sorted = [...all].sort((a, b) => a.box.left - b.box.left);
    for (let i = 0; i < sorted.length; i++) {
      const a = sorted[i];
      for (let j = i + 1; j < sorted.length && sorted[j].box.left < a.box.right - tolerance; j++) {
        const b = sorted[j];
        if (a.element.contains(b.element) || b.element.contains(a.element)) continue;
        const depth = overlapDepth(a.corners, b.corners);
        if (depth > tolerance) add('overlap', a, `overlaps ${JSON.stringify(b.text)} by ${round(depth)} px`);
      }
    }
  }

  /** How far two convex quadrilaterals overlap along the axis where they overlap least (separating axes); ≤ 0 when apart. */
  function overlapDepth(a: Point[], b: Point[]): number {
    let depth = Infinity;
    for (const polygon of [a, b]) {
      for (let i = 0; i < polygon.length; i++) {
        const [p, q] = [polygon[i], polygon[(i + 1) % polygon.length]];
        const length = Math.hypot(q.x - p.x, q.y - p.y);
        if (length === 0) continue;
        const axis = { x: (p.y - q.y) / length, y: (q.x - p.x) / length };
        const [minA, maxA] = project(a, axis);
        const [minB, maxB] = project(b, axis);
        depth = Math.min(depth, Math.min(maxA, maxB) - Math.max(minA, minB));
      }
    }
    return depth;
  }

  function project(polygon: Point[], axis: Point): [number, number] {
    const values = polygon.map((point) => point.x * axis.x + point.y * axis.y);
    return [Math.min(...values), Math.max(...values)];
  }

  /** Mermaid ids a flowchart's arrow `<svg id>-L_<from>_<to>_<n>` and its node `<svg id>-flowchart-<id>-<n>`; the views' ids are `[a-z]+\d+`. */
  function checkCrossings(svg: PageElement, diagram: number): void {
    const nodes = Array.from(svg.querySelectorAll('g.node')).map((node) => ({ id: /-flowchart-([a-z]+\d+)-\d+$/.exec(node.id)?.[1], box: unzoomed(node.getBoundingClientRect()), text: textOf(node) }));
    const boxes = Array.from(svg.querySelectorAll('g.cluster > rect')).map((rect) => unzoomed(rect.getBoundingClientRect()));
    const within = (inner: Box, outer: Box) => inner.left >= outer.left && inner.right <= outer.right && inner.top >= outer.top && inner.bottom <= outer.bottom;
    const boxed = (a: Box | undefined, b: Box | undefined) => a !== undefined && b !== undefined && boxes.some((box) => within(a, box) && within(b, box));
    const slack = settings.overlapTolerance + 1;
    for (const path of Array.from(svg.querySelectorAll('path.flowchart-link'))) {
      const ends = /-L_([a-z]+\d+)_([a-z]+\d+)_\d+$/.exec(path.id);
      if (!ends || !shown(path) || paintStroke(path) === 0 || !path.getTotalLength || !path.getPointAtLength || !path.getScreenCTM) continue;
      const matrix = path.getScreenCTM()!;
      const origin = canvas.getBoundingClientRect();
      const total = path.getTotalLength();
      const crossed = new Set<string>();
      for (let at = 0; at <= total; at += 3) {
        const local = path.getPointAtLength(at);
        const client = new win.DOMPoint(local.x, local.y).matrixTransform(matrix);
        const point = { x: (client.x - origin.left) / zoomNow, y: (client.y - origin.top) / zoomNow };
        for (const node of nodes) {
          if (node.id === ends[1] || node.id === ends[2] || crossed.has(node.text)) continue;
          const { box } = node;
          if (point.x > box.left + slack && point.x < box.right - slack && point.y > box.top + slack && point.y < box.bottom - slack) crossed.add(node.text);
        }
      }
      const node = (id: string) => nodes.find((candidate) => candidate.id === id);
      const name = (id: string) => node(id)?.text.slice(0, 40) ?? id;
      const advisory = !boxed(node(ends[1])?.box, node(ends[2])?.box);
      for (const text of crossed) violations.push({ kind: 'crossing', text, detail: `the arrow ${JSON.stringify(name(ends[1]))} → ${JSON.stringify(name(ends[2]))} passes through it`, diagram, advisory });
    }
  }

  /** A path's stroke width as painted (0 for an invisible link). */
  function paintStroke(path: PageElement): number {
    const style = win.getComputedStyle(path) as PageStyle & { stroke: string; strokeWidth: string };
    return parseColour(style.stroke)[3] === 0 ? 0 : parseFloat(style.strokeWidth) || 0;
  }

  function checkContrast(label: Label): void {
    const centre = { x: (label.box.left + label.box.right) / 2, y: (label.box.top + label.box.bottom) / 2 };
    const behind = colourBehind(label, centre);
    const text = over(label.colour, behind);
    const ratio = contrast(text, behind);
    if (ratio < settings.minContrast) add('contrast', label, `${round(ratio)}:1, text ${hex(text)} on ${hex(behind)}`);
  }

  /** The shapes under a point of the label, bottom to top, composed over the page background. */
  function colourBehind(label: Label, centre: { x: number; y: number }): Rgba {
    const origin = canvas.getBoundingClientRect();
    const client = { x: origin.left + centre.x * zoomNow, y: origin.top + centre.y * zoomNow };
    const layers: PageElement[] = [];
    for (const shape of Array.from(label.svg.querySelectorAll('rect, path, polygon, circle, ellipse, line, polyline, foreignObject *, div, span, p'))) {
      if (shape === label.element || label.element.contains(shape) || !shown(shape)) continue;
      if (label.element.compareDocumentPosition(shape) & FOLLOWING && !shape.contains(label.element)) continue; // painted over the label, not behind it
      if (paintAt(shape, client)) layers.push(shape);
    }
    let colour = backgroundBehind(label.svg);
    for (const layer of layers) colour = over(paintOf(layer), colour);
    return colour;
  }

  /** Whether the element paints its fill (or background) at a client point. */
  function paintAt(shape: PageElement, client: { x: number; y: number }): boolean {
    const paint = paintOf(shape);
    if (paint[3] <= 0) return false;
    if (shape.isPointInFill && shape.getScreenCTM) {
      const matrix = shape.getScreenCTM();
      if (!matrix) return false;
      return shape.isPointInFill(new win.DOMPoint(client.x, client.y).matrixTransform(matrix.inverse()));
    }
    const box = shape.getBoundingClientRect();
    return client.x >= box.left && client.x <= box.right && client.y >= box.top && client.y <= box.bottom;
  }

  function paintOf(shape: PageElement): Rgba {
    const style = win.getComputedStyle(shape);
    const isSvg = shape.ownerSVGElement !== undefined && shape.ownerSVGElement !== null && !shape.closest('foreignObject');
    if (isSvg && shape.tagName.toLowerCase() === 'line') return [0, 0, 0, 0];
    const colour = parseColour(isSvg ? style.fill : style.backgroundColor);
    const alpha = isSvg ? Number(style.fillOpacity || 1) : 1;
    return [colour[0], colour[1], colour[2], colour[3] * alpha * opacityOf(shape)];
  }

  function backgroundBehind(element: PageElement): Rgba {
    for (let at: PageElement | null = element; at; at = at.parentElement) {
      const colour = parseColour(win.getComputedStyle(at).backgroundColor);
      if (colour[3] > 0) return over(colour, [255, 255, 255, 1]);
    }
    return [255, 255, 255, 1];
  }

  /** Any CSS colour (or `none`) as RGBA, through a 2D context's normaliser. */
  function parseColour(value: string): Rgba {
    if (!value || value === 'none' || value.startsWith('url(')) return [0, 0, 0, 0];
    colourContext.fillStyle = '#00000000';
    colourContext.fillStyle = value;
    const normal = colourContext.fillStyle;
    if (normal.startsWith('#')) return [parseInt(normal.slice(1, 3), 16), parseInt(normal.slice(3, 5), 16), parseInt(normal.slice(5, 7), 16), 1];
    const parts = /rgba?\(([^)]+)\)/.exec(normal)?.[1].split(',').map(Number) ?? [0, 0, 0, 0];
    return [parts[0], parts[1], parts[2], parts[3] ?? 1];
  }

  function over(top: Rgba, bottom: Rgba): Rgba {
    const a = Math.max(0, Math.min(1, top[3]));
    return [top[0] * a + bottom[0] * (1 - a), top[1] * a + bottom[1] * (1 - a), top[2] * a + bottom[2] * (1 - a), 1];
  }

  /** WCAG 2 contrast ratio of two opaque colours. */
  function contrast(a: Rgba, b: Rgba): number {
    const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (lighter + 0.05) / (darker + 0.05);
  }

  function luminance([r, g, b]: Rgba): number {
    const channel = (value: number) => {
      const c = value / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  }

  function hex([r, g, b]: Rgba): string {
    return '#' + [r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('');
  }

  function boxText(box: Box): string {
    return `${round(box.left)},${round(box.top)} ${round(box.width)}×${round(box.height)}`;
  }

  function round(value: number): number {
    return Math.round(value * 100) / 100;
  }
}
