/**
 * Where a YAML comment starts on one line, or -1. A `#` starts a comment at
 * the line start or after whitespace, outside quotes; a quote opens a quoted
 * scalar only where a scalar can start (so `it's` stays plain). Block scalars
 * are not recognised: the lines this is asked about are list items.
 */
export function commentStart(line: string): number {
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote === '"' && c === '\\') i++;
    else if (quote === "'" && c === "'" && line[i + 1] === "'") i++;
    else if (quote && c === quote) quote = undefined;
    else if (!quote && (c === '"' || c === "'") && scalarCanStart(line, i)) quote = c;
    else if (!quote && c === '#' && (i === 0 || /\s/.test(line[i - 1]))) return i;
  }
  return -1;
}

/** Whether a quote at `at` opens a quoted scalar (after a line start, `-`, `:`, `[`, `{`, `,` or `?`). */
export function scalarCanStart(line: string, at: number): boolean {
  const before = line.slice(0, at).trimEnd();
  return before === '' || /[-:[{,?]$/.test(before);
}

/** The comments on the lines of `block`, each without its line's break. */
export function commentsIn(block: string): string[] {
  return block
    .split(/\r?\n/)
    .map((line) => {
      const start = commentStart(line);
      return start === -1 ? '' : line.slice(start).trimEnd();
    })
    .filter((comment) => comment !== '');
}
