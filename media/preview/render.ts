/**
 * Mermaid, configured once per theme, turning a view's diagrams into SVG
 * elements. Text arrives by message only. With `suppressErrorRendering`,
 * `render` throws on a syntax error (a message, not Mermaid's error picture),
 * so no `parse` runs before it: parsing twice was a third of a board's time
 * (Mermaid deep-copies its configuration for every vertex it reads).
 */
import mermaid, { type MermaidConfig } from 'mermaid';
import { alignColumns } from './boardLayout';
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

/** What one diagram adds to the look: the gantt's paddings, the board's card width. */
interface Fit {
  gantt?: GanttPadding;
  wrappingWidth?: number;
  /** The board's columns a row, when they wrap (undefined: all in one row). */
  perRow?: number;
}

const GANTT_FONT = '12px "trebuchet ms", verdana, arial, sans-serif';
const DEFAULT_GANTT_PADDING: GanttPadding = { left: 140, right: 24 };
const GANTT_ROUNDS = 3;
const CHART_HEIGHT = 320;
/** A board card wraps at this width at most, and at least at MIN_CARD_WIDTH however narrow the pane. */
const MAX_CARD_WIDTH = 200;
const MIN_CARD_WIDTH = 90;
const COLUMN_CHROME = 100;
/** Below this fit-to-width zoom a board in one row reads too small: its columns wrap into rows instead. */
const MIN_BOARD_ZOOM = 0.7;

/** The board's columns sit closer than a graph's ranks: a board is read across, and must fit a side pane. */
const BOARD_SPACING = { nodeSpacing: 16, rankSpacing: 24, padding: 10 };

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
    flowchart: { useMaxWidth: false, htmlLabels: true, ...(fit.wrappingWidth ? { wrappingWidth: fit.wrappingWidth, ...BOARD_SPACING } : {}) },
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
      const diagram = await drawOne(text, look, index);
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

/** One diagram, laid out for the pane: a gantt's labels placed, a chart's axis thinned, a board's cards wrapped to fit. */
async function drawOne(text: string, look: Look, index: number): Promise<HTMLElement> {
  if (look.view === 'gantt') return drawGantt(text, look);
  const fit = firstFit(text, look);
  configure(look, fit);
  const diagram = await renderToElement(text, look.view === 'board' ? 'rp-board' : undefined);
  if (look.view === 'capacity') measured(diagram, (svg) => fitChart(svg, look.todays?.find((mark) => mark.diagram === index)));
  if (look.view === 'board') measured(diagram, (svg) => alignColumns(svg, fit.perRow));
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
  let padding = firstFit(text, look).gantt ?? DEFAULT_GANTT_PADDING;
  for (let round = 1; ; round++) {
    configure(look, { gantt: padding });
    const diagram = await renderToElement(text);
    const last = round === GANTT_ROUNDS;
    const needed = measured(diagram, (svg) => layOutGantt(svg, padding, last, look.axis));
    if (needed === undefined || last) return diagram;
    padding = { ...padding, right: Math.max(needed, padding.right + 1) };
  }
}

/** What a diagram is first drawn with: a gantt's paddings from its section titles, a board's card width from the pane. */
function firstFit(text: string, look: Look): Fit {
  if (look.view === 'gantt') return { gantt: { ...DEFAULT_GANTT_PADDING, left: leftPaddingFor(text, look.width, GANTT_FONT) } };
  if (look.view === 'board') return boardFit(text, look.width);
  return {};
}

/**
 * Cards narrow enough that the board's columns (its subgraphs,
 * server/src/pack/views/board.ts) fit the pane side by side (a column is its
 * card plus about COLUMN_CHROME of padding, outline and gap); at the least
 * MIN_CARD_WIDTH, the board drawn wider and zoomed to fit. When that zoom
 * would be under MIN_BOARD_ZOOM, the columns wrap into rows of as many as
 * fit the pane with cards of MIN_CARD_WIDTH, their cards as wide as the row
 * allows.
 */
function boardFit(text: string, width: number): Fit {
  const columns = Math.max(1, (text.match(/^\s*subgraph /gm) ?? []).length);
  const oneRow = columns * (MIN_CARD_WIDTH + COLUMN_CHROME);
  const perRow = oneRow * MIN_BOARD_ZOOM > width ? Math.max(1, Math.floor(width / (MIN_CARD_WIDTH + COLUMN_CHROME))) : columns;
  const wrappingWidth = Math.max(MIN_CARD_WIDTH, Math.min(MAX_CARD_WIDTH, Math.floor(width / perRow) - COLUMN_CHROME));
  return perRow < columns ? { wrappingWidth, perRow } : { wrappingWidth };
}

/** `prefix` names the SVG's id, so the stylesheet can reach one view's drawing while Mermaid measures it (the board's words break anywhere). */
async function renderToElement(text: string, prefix = 'rp-svg'): Promise<HTMLElement> {
  const { svg } = await mermaid.render(`${prefix}-${++counter}`, text);
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
