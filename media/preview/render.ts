/**
 * Mermaid, configured once per theme, turning a view's diagrams into SVG
 * elements. Text arrives by message only; `parse` runs before `render` so a
 * syntax error becomes a message instead of Mermaid's error picture.
 */
import mermaid, { type MermaidConfig } from 'mermaid';
import { ThemeKind, mermaidTheme } from './theme';

/**
 * Mermaid's default (50,000) is a silent limit: above it Mermaid draws a
 * "Maximum text size in diagram exceeded" placeholder instead of failing.
 * A 3,000-initiative gantt is about 200,000 characters.
 */
export const MAX_TEXT_SIZE = 2_000_000;
/** Mermaid's default of 500 edges fails the dependency graph of a pack of a few hundred initiatives. */
export const MAX_EDGES = 20_000;

export type Outcome = { kind: 'drawn'; diagrams: HTMLElement[]; milliseconds: number } | { kind: 'failed'; message: string } | { kind: 'stale' };

/** What the configuration depends on: VS Code's theme, and the width a gantt fills. */
export interface Look {
  theme: ThemeKind;
  width: number;
}

let lookInUse: Look | undefined;
let counter = 0;

export function mermaidConfig({ theme, width }: Look): MermaidConfig {
  return {
    startOnLoad: false,
    securityLevel: 'strict',
    maxTextSize: MAX_TEXT_SIZE,
    maxEdges: MAX_EDGES,
    suppressErrorRendering: true,
    ...mermaidTheme(theme),
    gantt: { useMaxWidth: false, useWidth: width, barHeight: 20, barGap: 4, topPadding: 50, leftPadding: 140, fontSize: 12, sectionFontSize: 12 },
    flowchart: { useMaxWidth: false, htmlLabels: true },
    timeline: { useMaxWidth: false },
    xyChart: { useMaxWidth: false },
  };
}

/**
 * Draws every diagram of a view, one after the other. `isCurrent` is asked
 * after each await: when a newer update or view arrived meanwhile, the work
 * is dropped (`stale`) rather than shown.
 */
export async function drawDiagrams(texts: string[], look: Look, isCurrent: () => boolean): Promise<Outcome> {
  configure(look);
  const diagrams: HTMLElement[] = [];
  let milliseconds = 0;
  try {
    for (const text of texts) {
      const parseStart = performance.now();
      await mermaid.parse(text);
      milliseconds += performance.now() - parseStart;
      // Mermaid renders without yielding: let newer messages in first, so a burst of updates draws only the last.
      await nextTask();
      if (!isCurrent()) return { kind: 'stale' };
      const renderStart = performance.now();
      const { svg } = await mermaid.render(`rp-svg-${++counter}`, text);
      milliseconds += performance.now() - renderStart;
      if (!isCurrent()) return { kind: 'stale' };
      diagrams.push(wrap(svg));
    }
  } catch (error) {
    return isCurrent() ? { kind: 'failed', message: messageOf(error) } : { kind: 'stale' };
  }
  return { kind: 'drawn', diagrams, milliseconds };
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function configure(look: Look): void {
  if (lookInUse?.theme === look.theme && lookInUse.width === look.width) return;
  mermaid.initialize(mermaidConfig(look));
  lookInUse = look;
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
