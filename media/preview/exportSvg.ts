/**
 * The SVG of the view shown, for "Export SVG": Mermaid's own SVG as drawn
 * (one diagram), or the diagrams stacked in one SVG (capacity, a chart per
 * team). What only serves the pointer in the preview is taken out: the
 * click marks (`rp-link`) and the edges' invisible hover targets with their
 * tooltips (`rp-edge-hover`, and the same tooltip on an edge's label), which in a file would be dead weight, and in a
 * document that embeds the SVG a tooltip over an edge no one can see.
 */
import { LINK_CLASS } from './clicks';
import { HOVER_CLASS, TIP_LABEL_CLASS } from './edgeHover';

const SVG_NS = 'http://www.w3.org/2000/svg';
const GAP = 16;

export function exportSvg(canvas: HTMLElement): string | undefined {
  const svgs = [...canvas.querySelectorAll<SVGSVGElement>('.rp-diagram > svg')].map(cleanCopy);
  if (svgs.length === 0) return undefined;
  if (svgs.length === 1) return withNamespace(svgs[0]).outerHTML;
  return stack(svgs).outerHTML;
}

function cleanCopy(svg: SVGSVGElement): SVGSVGElement {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  for (const element of copy.querySelectorAll(`.${LINK_CLASS}`)) element.classList.remove(LINK_CLASS);
  for (const target of copy.querySelectorAll(`.${HOVER_CLASS}`)) target.remove();
  for (const label of copy.querySelectorAll(`.${TIP_LABEL_CLASS}`)) {
    label.removeAttribute('title');
    label.classList.remove(TIP_LABEL_CLASS);
  }
  // Mermaid's size, read from the drawn element (a copy is not laid out).
  const { width, height } = sizeOf(svg);
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  return copy;
}

function withNamespace(svg: SVGSVGElement): SVGSVGElement {
  svg.setAttribute('xmlns', SVG_NS);
  return svg;
}

function stack(svgs: SVGSVGElement[]): SVGSVGElement {
  const outer = document.createElementNS(SVG_NS, 'svg');
  let y = 0;
  let width = 0;
  for (const svg of svgs) {
    const height = Number(svg.getAttribute('height'));
    svg.setAttribute('x', '0');
    svg.setAttribute('y', String(y));
    svg.removeAttribute('style'); // max-width and the like apply to the page, not inside an SVG
    outer.appendChild(svg);
    y += height + GAP;
    width = Math.max(width, Number(svg.getAttribute('width')));
  }
  outer.setAttribute('width', String(width));
  outer.setAttribute('height', String(Math.max(0, y - GAP)));
  outer.setAttribute('viewBox', `0 0 ${width} ${Math.max(0, y - GAP)}`);
  return withNamespace(outer);
}

/** Mermaid's intrinsic size: its viewBox, else its width and height attributes. */
function sizeOf(svg: SVGSVGElement): { width: number; height: number } {
  const viewBox = svg.viewBox.baseVal;
  if (viewBox && viewBox.width > 0 && viewBox.height > 0) return { width: Math.ceil(viewBox.width), height: Math.ceil(viewBox.height) };
  return { width: Math.ceil(svg.width.baseVal.value), height: Math.ceil(svg.height.baseVal.value) };
}
