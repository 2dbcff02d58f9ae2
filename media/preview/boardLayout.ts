/**
 * Lays the board's columns out. Mermaid lays each column (a subgraph) out
 * on its own and centres the columns on one another, so a short column
 * floats halfway down beside a long one; a board is read from the top of
 * each column, so their tops are levelled. A board of more columns than fit
 * a narrow pane readably side by side is wrapped: `perRow` columns a row,
 * each with its heading, rows one under the other (`render.ts` decides how
 * many). What Mermaid 11 writes: each column is a `g.root` with a
 * `translate(x, y)` in the top `g.root > g.nodes`; the board's links between
 * columns are invisible, so nothing else has to move.
 */

const TRANSLATE = /^translate\(\s*([-\d.e]+)[\s,]+([-\d.e]+)\s*\)$/;
/** Between two rows of columns, as between two columns (render.ts's BOARD_SPACING.nodeSpacing). */
const ROW_GAP = 16;
const MARGIN = 8;

interface Column {
  element: SVGGElement;
  /** The column's translate, and its box in the drawing's coordinates. */
  x: number;
  y: number;
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Levels the columns' tops, `perRow` to a row (all in one row when it is undefined), and fits the drawing to them. */
export function alignColumns(svg: SVGSVGElement, perRow?: number): void {
  const columns = columnsOf(svg);
  if (columns.length < 2) return;
  const rows = perRow !== undefined && perRow < columns.length ? rowsOf(columns, perRow) : [columns];
  const gap = columns.length > 1 ? Math.max(0, columns[1].left - columns[0].left - columns[0].width) : ROW_GAP;
  let top = Math.min(...columns.map((each) => each.top));
  const left = Math.min(...columns.map((each) => each.left));
  for (const row of rows) {
    let x = rows.length > 1 ? left : undefined;
    for (const column of row) {
      moveTo(column, x ?? column.left, top);
      if (x !== undefined) x += column.width + gap;
    }
    top += Math.max(...row.map((each) => each.height)) + ROW_GAP;
  }
  fitTo(svg, columns, rows.length > 1);
}

function columnsOf(svg: SVGSVGElement): Column[] {
  const columns = [...svg.querySelectorAll<SVGGElement>(':scope > g > g.root > g.nodes > g.root')].flatMap((element) => {
    const match = TRANSLATE.exec(element.getAttribute('transform') ?? '');
    if (!match) return [];
    const [x, y] = [Number(match[1]), Number(match[2])];
    const box = element.getBBox();
    return [{ element, x, y, left: x + box.x, top: y + box.y, width: box.width, height: box.height }];
  });
  return columns.sort((a, b) => a.left - b.left);
}

function rowsOf(columns: Column[], perRow: number): Column[][] {
  const rows: Column[][] = [];
  for (let i = 0; i < columns.length; i += perRow) rows.push(columns.slice(i, i + perRow));
  return rows;
}

function moveTo(column: Column, left: number, top: number): void {
  column.x += left - column.left;
  column.y += top - column.top;
  column.left = left;
  column.top = top;
  column.element.setAttribute('transform', `translate(${column.x}, ${column.y})`);
}

/**
 * The drawing's height to its columns, now that they no longer reach down as
 * far (or, wrapped, reach further), and, wrapped, its width too.
 */
function fitTo(svg: SVGSVGElement, columns: readonly Column[], wrapped: boolean): void {
  const box = svg.viewBox.baseVal;
  if (!box || box.height <= 0) return;
  const bottom = Math.max(...columns.map((each) => each.top + each.height)) + MARGIN;
  const height = bottom - box.y;
  const width = wrapped ? Math.max(...columns.map((each) => each.left + each.width)) + MARGIN - box.x : box.width;
  if (!wrapped && bottom >= box.y + box.height) return;
  svg.setAttribute('viewBox', `${box.x} ${box.y} ${width} ${height}`);
  svg.setAttribute('height', String(height));
  if (wrapped) svg.setAttribute('width', String(width));
}
