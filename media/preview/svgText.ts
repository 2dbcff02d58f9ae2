/** Small measurements on rendered SVG text, shared by the gantt and chart layouts. */

const MIN_TITLE_SIZE = 11;
const SVG = 'http://www.w3.org/2000/svg';

/**
 * Fits a centred title into `room`: smaller, down to MIN_TITLE_SIZE px, and
 * then, if it is still too long, broken into lines centred where it was. A
 * long pack or team name otherwise runs off both edges.
 */
export function fitTitleText(title: SVGTextElement, room: number): void {
  if (room <= 0 || title.getComputedTextLength() <= room) return;
  const size = parseFloat(getComputedStyle(title).fontSize) || 16;
  title.style.fontSize = `${Math.max(MIN_TITLE_SIZE, Math.floor((size * room) / title.getComputedTextLength()))}px`;
  if (title.getComputedTextLength() > room) setLines(title, breakLines(title, title.textContent ?? '', room));
}

/** Replaces a text's content with one tspan per line, the block centred on the text's own position. */
export function setLines(text: SVGTextElement, lines: string[], baseline?: string): void {
  const x = text.getAttribute('x') ?? '0';
  text.replaceChildren();
  text.setAttribute('dy', `${-(lines.length - 1) / 2}em`);
  lines.forEach((line, index) => {
    const tspan = document.createElementNS(SVG, 'tspan');
    tspan.setAttribute('x', x);
    if (baseline) tspan.setAttribute('alignment-baseline', baseline);
    if (index > 0) tspan.setAttribute('dy', '1em');
    tspan.textContent = line;
    text.append(tspan);
  });
}

/** Greedy line breaking at spaces (inside a word longer than a line, anywhere), measured in the text's own font. */
export function breakLines(text: SVGTextElement, content: string, room: number): string[] {
  const measure = (candidate: string) => {
    text.textContent = candidate;
    return text.getComputedTextLength();
  };
  const lines: string[] = [];
  let line = '';
  for (const word of content.split(/\s+/).filter(Boolean)) {
    const joined = line ? `${line} ${word}` : word;
    if (measure(joined) <= room) {
      line = joined;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    for (const char of word) {
      if (line && measure(line + char) > room) {
        lines.push(line);
        line = '';
      }
      line += char;
    }
  }
  if (line) lines.push(line);
  return lines;
}

const ELLIPSIS = '…';
/** What a shortened label does not end on before its "…": a space, a comma, a colon, a dash, a "+" or "&" that would join nothing. */
const TRAILING = /[\s,;:.\-–—(/+&]+$/u;

/**
 * Shortens `text` to fit `room` (px, in its own font): as many whole words as
 * fit, then "…" (inside the first word only when even it does not fit: no
 * word boundary comes before it). The full text goes in a `<title>` child,
 * which a browser shows on hover and a screen reader reads. Returns whether it
 * was shortened.
 */
export function shortenText(text: SVGTextElement, room: number): boolean {
  if (text.getComputedTextLength() <= room) return false;
  const full = (text.textContent ?? '').trim(); // Mermaid ends a gantt label with a space
  const measure = (candidate: string) => {
    text.textContent = candidate;
    return text.getComputedTextLength();
  };
  const words = full.split(/(?<=\s)/u);
  const fits = (count: number) => measure(words.slice(0, count).join('').replace(TRAILING, '') + ELLIPSIS) <= room;
  const count = longestFitting(words.length - 1, fits);
  text.textContent = count > 0 ? words.slice(0, count).join('').replace(TRAILING, '') + ELLIPSIS : cutWord(full, room, measure);
  const title = document.createElementNS(SVG, 'title');
  title.textContent = full;
  text.append(title);
  return true;
}

/** The largest n in 1..most for which `fits(n)` holds (it holds for a prefix of them), or 0: a binary search, each try a layout. */
function longestFitting(most: number, fits: (n: number) => boolean): number {
  let low = 0;
  let high = most;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(middle)) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** A first word too long for the room: its longest head that fits with "…" (at least one character). */
function cutWord(full: string, room: number, measure: (candidate: string) => number): string {
  const chars = [...full];
  const count = longestFitting(chars.length - 1, (n) => measure(chars.slice(0, n).join('') + ELLIPSIS) <= room);
  return chars.slice(0, Math.max(1, count)).join('') + ELLIPSIS;
}
