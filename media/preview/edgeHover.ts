/**
 * Hover targets for the dependency graph's schedule-breaking edges: a 3 px
 * dashed line is hard to hit with a mouse, so each gets a wide transparent
 * copy of its path on top, carrying an SVG `<title>` (the browser's own
 * tooltip). The text comes from the pack: it is set with `textContent` only.
 */
const SVG_NS = 'http://www.w3.org/2000/svg';
/** Wide enough to hit without aiming, narrow enough not to cover a neighbouring edge. */
const HOVER_WIDTH = 14;
/** The hover targets' class: interaction only, so Export SVG leaves them out (exportSvg.ts). */
export const HOVER_CLASS = 'rp-edge-hover';

/** What `edgeTips` must be to be trusted: a map of strings to strings. */
export function isTextMap(value: unknown): value is Record<string, string> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((text) => typeof text === 'string');
}

/** The HTML edge labels given the same tooltip (a `title` attribute): interaction only too. */
export const TIP_LABEL_CLASS = 'rp-edge-tip';

/**
 * Adds a hover target over each edge path named in `tips` (Mermaid writes an
 * edge's id as the path's `data-id`), and the same tooltip on the edge's label
 * if it has one (the grouped graph's counts sit on the middle of the arrow,
 * over its hover target: `<g class="label" data-id>` holding HTML).
 */
export function addEdgeHovers(svg: SVGSVGElement, tips: Readonly<Record<string, string>> | undefined): void {
  if (!tips) return;
  for (const path of svg.querySelectorAll<SVGPathElement>('path[data-id]')) {
    const id = path.getAttribute('data-id') ?? '';
    if (Object.hasOwn(tips, id)) path.after(hoverTarget(path, tips[id]));
  }
  for (const label of svg.querySelectorAll<SVGGElement>('g.label[data-id]')) {
    const id = label.getAttribute('data-id') ?? '';
    const html = label.querySelector<HTMLElement>('foreignObject > *');
    if (!html || !Object.hasOwn(tips, id)) continue;
    html.title = tips[id]; // an attribute: text, never markup
    html.classList.add(TIP_LABEL_CLASS);
  }
}

function hoverTarget(path: SVGPathElement, text: string): SVGPathElement {
  const target = document.createElementNS(SVG_NS, 'path');
  target.setAttribute('d', path.getAttribute('d') ?? '');
  const transform = path.getAttribute('transform');
  if (transform) target.setAttribute('transform', transform);
  target.setAttribute('class', HOVER_CLASS);
  // `stroke` hit-tests the stroke's area whatever its paint: transparent still catches the pointer.
  target.setAttribute('style', `fill:none;stroke:transparent;stroke-width:${HOVER_WIDTH}px;pointer-events:stroke`);
  const title = document.createElementNS(SVG_NS, 'title');
  title.textContent = text;
  target.append(title);
  return target;
}
