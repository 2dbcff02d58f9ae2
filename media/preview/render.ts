/**
 * Mermaid, configured once per theme, turning a view's diagrams into SVG
 * elements. Text arrives by message only. With `suppressErrorRendering`,
 * `render` throws on a syntax error (a message, not Mermaid's error picture),
 * so no `parse` runs before it: parsing twice was a third of a board's time
 * (Mermaid deep-copies its configuration for every vertex it reads).
 */
import mermaid, { type MermaidConfig } from 'mermaid';
import { fitChart } from './chartLayout';
import { GanttPadding, layOutGantt, leftPaddingFor } from './ganttLayout';
import { ThemeKind, mermaidTheme } from './theme';
import type { ChartToday, GanttAxis, ViewName } from '../../protocol/views';

/**
 * Mermaid's default (50,000) is a silent limit: above it Mermaid draws a
 * "Maximum text size in diagram exceeded" placeholder instead of failing.
 * A 3,000-initiative gantt is about 200,000 characters.
 */
export const MAX_TEXT_SIZE = 2_000_000;
/** Mermaid's default of 500 edges fails the dependency graph of a pack of a few hundred initiatives. */
export const MAX_EDGES = 20_000;

export type Outcome = { kind: 'drawn'; diagrams: HTMLElement[]; milliseconds: number } | { kind: 'failed'; message: string } | { kind: 'stale' };

/** What the configuration depends on: VS Code's theme, and the width a gantt or a chart fills. */
export interface Look {
  theme: ThemeKind;
  width: number;
  /** The view drawn: each lays out its own way. */
  view: ViewName;
  /** The gantt's axis in quarters and weeks, drawn in place of Mermaid's months. */
  axis?: GanttAxis;
  /** Capacity: where today falls on each chart (by its index among the diagrams). */
  todays?: ChartToday[];
}

/** What one diagram adds to the look: the gantt's paddings. */
interface Fit {
  gantt?: GanttPadding;
}

const GANTT_FONT = '12px "trebuchet ms", verdana, arial, sans-serif';
const DEFAULT_GANTT_PADDING: GanttPadding = { left: 140, right: 24 };
const GANTT_ROUNDS = 3;
export const CHART_HEIGHT = 320;
let configInUse = '';
let counter = 0;

export function mermaidConfig({ theme, width }: Look, fit: Fit = {}): MermaidConfig {
  const padding = fit.gantt ?? DEFAULT_GANTT_PADDING;
  return {
    startOnLoad: false,
    securityLevel: 'strict',
    maxTextSize: MAX_TEXT_SIZE,
    maxEdges: MAX_EDGES,
    suppressErrorRendering: true,
    ...mermaidTheme(theme),
    gantt: { useMaxWidth: false, useWidth: width, barHeight: 20, barGap: 4, topPadding: 50, leftPadding: padding.left, rightPadding: padding.right, fontSize: 12, sectionFontSize: 12 },
    flowchart: { useMaxWidth: false, htmlLabels: true },
    timeline: { useMaxWidth: false },
    xyChart: { useMaxWidth: false, width, height: CHART_HEIGHT, titleFontSize: 15, legendFontSize: 12, xAxis: { labelFontSize: 12, titleFontSize: 13 }, yAxis: { labelFontSize: 12, titleFontSize: 13 } },
  };
}

/**
 * Draws every diagram of a view, one after the other. `isCurrent` is asked
 * after each await: when a newer update or view arrived meanwhile, the work
 * is dropped (`stale`) rather than shown.
 */
export async function drawDiagrams(texts: string[], look: Look, isCurrent: () => boolean): Promise<Outcome> {
  const diagrams: HTMLElement[] = [];
  let milliseconds = 0;
  try {
    for (const [index, text] of texts.entries()) {
      // Mermaid renders without yielding: let newer messages in first, so a burst of updates draws only the last.
      await nextTask();
      if (!isCurrent()) return { kind: 'stale' };
      const renderStart = performance.now();
      const diagram = await drawDiagram(text, look, index);
      milliseconds += performance.now() - renderStart;
      if (!isCurrent()) return { kind: 'stale' };
      diagrams.push(diagram);
    }
  } catch (error) {
    return isCurrent() ? { kind: 'failed', message: messageOf(error) } : { kind: 'stale' };
  }
  return { kind: 'drawn', diagrams, milliseconds };
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function configure(look: Look, fit: Fit = {}): void {
  const key = JSON.stringify([look.theme, look.width, fit]);
  if (key === configInUse) return;
  mermaid.initialize(mermaidConfig(look, fit));
  configInUse = key;
}

/** One diagram, laid out for the pane: a gantt's labels placed, a chart's axis thinned (`index`: which of the view's diagrams, for capacity's Today line). */
export async function drawDiagram(text: string, look: Look, index: number): Promise<HTMLElement> {
  if (look.view === 'gantt') return drawGantt(text, look);
  configure(look);
  const diagram = await renderToElement(text);
  if (look.view === 'capacity') measured(diagram, (svg) => fitChart(svg, look.todays?.find((mark) => mark.diagram === index)));
  return diagram;
}

/**
 * A gantt is drawn with a left padding that holds its section titles; while
 * a label fits neither in, right nor left of its bar, again with the right
 * padding that makes room for it (a narrower time axis moves the bars, so a
 * label that fitted left may need room too: a few rounds at most). What still
 * does not fit the last time is shortened at a word, so the drawing keeps the
 * pane's width and its text stays readable at fit to width.
 */
async function drawGantt(text: string, look: Look): Promise<HTMLElement> {
  let padding: GanttPadding = { ...DEFAULT_GANTT_PADDING, left: leftPaddingFor(text, look.width, GANTT_FONT) };
  for (let round = 1; ; round++) {
    configure(look, { gantt: padding });
    const diagram = await renderToElement(text);
    const last = round === GANTT_ROUNDS;
    const needed = measured(diagram, (svg) => layOutGantt(svg, padding, last, look.axis));
    if (needed === undefined || last) return diagram;
    padding = { ...padding, right: Math.max(needed, padding.right + 1) };
  }
}

async function renderToElement(text: string): Promise<HTMLElement> {
  const { svg } = await mermaid.render(`rp-svg-${++counter}`, text);
  return wrap(svg);
}

/** Runs `layout` on the diagram's SVG while it is in the document (text can be measured only there). */
export function measured<T>(diagram: HTMLElement, layout: (svg: SVGSVGElement) => T): T | undefined {
  const svg = diagram.querySelector('svg');
  if (!svg) return undefined;
  diagram.classList.add('rp-measuring');
  document.body.append(diagram);
  try {
    return layout(svg);
  } finally {
    diagram.remove();
    diagram.classList.remove('rp-measuring');
  }
}

/** Mermaid's SVG (its own DOMPurify-sanitised output in strict mode) in a div of its own. */
function wrap(svg: string): HTMLElement {
  const container = document.createElement('div');
  container.className = 'rp-diagram';
  container.innerHTML = svg;
  const element = container.querySelector('svg');
  if (element) naturalSize(element);
  return container;
}

/**
 * Some diagrams (xychart) ignore `useMaxWidth: false` and write `width="100%"`,
 * which shrinks to 300 px in a canvas sized by its content: use the viewBox size.
 */
function naturalSize(svg: SVGSVGElement): void {
  const viewBox = svg.viewBox.baseVal;
  if (svg.getAttribute('width') !== '100%' || !viewBox || viewBox.width <= 0) return;
  svg.setAttribute('width', String(viewBox.width));
  svg.setAttribute('height', String(viewBox.height));
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null && 'str' in error) return String((error as { str: unknown }).str);
  return String(error);
}
