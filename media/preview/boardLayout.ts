/**
 * Tops the board's columns level. Mermaid lays each column (a subgraph) out
 * on its own and centres the columns on one another, so a short column
 * floats halfway down beside a long one; a board is read from the top of
 * each column. What Mermaid 11 writes: each column is a `g.root` with a
 * `translate(x, y)` in the top `g.root > g.nodes`; the board's links between
 * columns are invisible, so nothing else has to move.
 */

const TRANSLATE = /^translate\(\s*([-\d.e]+)[\s,]+([-\d.e]+)\s*\)$/;

export function alignColumns(svg: SVGSVGElement): void {
  const columns = [...svg.querySelectorAll<SVGGElement>(':scope > g > g.root > g.nodes > g.root')].flatMap((column) => {
    const match = TRANSLATE.exec(column.getAttribute('transform') ?? '');
    return match ? [{ column, x: Number(match[1]), y: Number(match[2]) }] : [];
  });
  if (columns.length < 2) return;
  const top = Math.min(...columns.map((each) => each.y));
  for (const { column, x } of columns) column.setAttribute('transform', `translate(${x}, ${top})`);
  fitHeight(svg);
}

/** The drawing's height to its content, now that the columns no longer reach down as far. */
function fitHeight(svg: SVGSVGElement): void {
  const box = svg.viewBox.baseVal;
  const content = svg.getBBox();
  const bottom = content.y + content.height + 8;
  if (!box || box.height <= 0 || bottom >= box.y + box.height) return;
  const height = bottom - box.y;
  svg.setAttribute('viewBox', `${box.x} ${box.y} ${box.width} ${height}`);
  svg.setAttribute('height', String(height));
}
