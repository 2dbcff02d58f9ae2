/**
 * Dates and spans that a label may not wrap inside. Mermaid wraps a
 * flowchart label at its wrapping width wherever the browser may break a
 * line, and a browser may break after a hyphen: `2026-Q4-W2..W5` came out
 * as `2026-Q4-` / `W2..W5`. Written with non-breaking hyphens and spaces
 * (as entity codes, so the text stays in escape.ts's alphabet), a date
 * wraps as one word.
 *
 * Only for text the views make (weeks, spans, dates): never for pack text,
 * which goes through `label()`.
 */

const NON_BREAKING_HYPHEN = '#8209;';
const NO_BREAK_SPACE = '#160;';

/** `2026-Q3-W1..W12` as one unbreakable word; the input is a formatted week, span or date. */
export function unbroken(formatted: string): string {
  if (!/^[0-9A-Za-z .-]*$/.test(formatted)) throw new Error(`not a formatted date: ${formatted}`);
  return formatted.replace(/-/g, NON_BREAKING_HYPHEN).replace(/ /g, NO_BREAK_SPACE);
}
