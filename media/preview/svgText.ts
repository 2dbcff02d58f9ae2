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
