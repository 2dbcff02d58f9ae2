/**
 * Click-to-source: after a render, the SVG elements Mermaid drew for an
 * initiative, gate or dependency are found through the view's `sourceMap`,
 * given `cursor: pointer`, and a click on them names the pack id.
 *
 * What Mermaid 11 writes (checked by test/browser/preview.test.ts):
 * - gantt: `<rect id="<svg id>-t3">` and `<text id="<svg id>-t3-text">`;
 * - flowchart: `<g class="node" id="<svg id>-flowchart-n12-4" data-id="n12">`;
 * - timeline and xychart: no ids, nothing to click.
 * The metrics dashboard is no SVG: it links its buttons with `linkElement`.
 */

const links = new WeakMap<Element, string>();
export const LINK_CLASS = 'rp-link';

/** Marks every element of `svg` that stands for an entity of the pack. */
export function markLinks(svg: SVGSVGElement, sourceMap: ReadonlyMap<string, string>): number {
  let count = 0;
  for (const element of svg.querySelectorAll('[id], [data-id]')) {
    const packId = candidates(element, svg.id).map((id) => sourceMap.get(id)).find((found) => found !== undefined);
    if (packId === undefined) continue;
    links.set(element, packId);
    element.classList.add(LINK_CLASS);
    count++;
  }
  return count;
}

/** Marks one element (a button of the metrics table) as standing for `packId` (an id or a metric key). */
export function linkElement(element: Element, packId: string): void {
  links.set(element, packId);
  element.classList.add(LINK_CLASS);
}

/** The pack id of the nearest marked element at or above `target`, up to `root`. */
export function linkAt(target: EventTarget | null, root: Element): string | undefined {
  for (let element = target instanceof Element ? target : null; element && element !== root; element = element.parentElement) {
    const packId = links.get(element);
    if (packId !== undefined) return packId;
  }
  return undefined;
}

/** The Mermaid ids an element may carry. */
export function candidates(element: Element, svgId: string): string[] {
  const found: string[] = [];
  const dataId = element.getAttribute('data-id');
  if (dataId) found.push(dataId);
  let id = element.id;
  if (!id) return found;
  if (svgId && id.startsWith(`${svgId}-`)) id = id.slice(svgId.length + 1);
  const flowchart = /(?:^|-)flowchart-(.+)-\d+$/.exec(id);
  if (flowchart) found.push(flowchart[1]);
  found.push(id.endsWith('-text') ? id.slice(0, -'-text'.length) : id);
  return found;
}
