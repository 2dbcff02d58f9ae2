/** Pack text on one line: a value written over several lines would break a table row or a list item. */
export function oneLine(text: string | number): string {
  return String(text).replace(/\s+/g, ' ').trim();
}

/**
 * Pack text for a generated Markdown document, on one line and escaped so
 * that it renders as the text it is and cannot change the document's
 * structure (a table row, a list item, a heading). Lighter than describe's
 * `md()`, so that the source stays readable in a terminal: `.`, `-`, `+`,
 * `(` and `)` are left alone except where they would make a list marker at
 * the start of the text (`1. `, `- `).
 */
export function mdLine(text: string | number): string {
  return oneLine(text)
    .replace(/[\\`*_{}[\]<>|~$#]/g, (c) => `\\${c}`)
    .replace(/&(?=#?\w+;)/g, '\\&')
    .replace(/^[-+](?=\s|$)/, '\\$&')
    .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
}

/** A figure without a trailing `.0`: 62, 187.2. */
export function figure(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/**
 * Pack text for a brief the user goes on to edit: on one line, `|` escaped
 * (the brief checker reads `\|` back as `|`) and `<` escaped where it could
 * open HTML or a `<!-- roadmap-disable -->` comment. Nothing else is escaped,
 * so that values read back exactly as the pack states them (`<55%`,
 * `25 min (manual)`) and the brief checker can compare them (RP706).
 */
export function briefText(text: string | number): string {
  return oneLine(text)
    .replace(/\|/g, '\\|')
    .replace(/<(?=[A-Za-z/!?])/g, '\\<');
}

/**
 * A YAML scalar that reads back as `text`: plain when it starts with a letter
 * and holds nothing that means something in block or flow context (`:`, `#`,
 * `,`, brackets, quotes), else double-quoted (a JSON string is a YAML one).
 */
export function yamlScalar(text: string): string {
  const plain = /^[A-Za-z_/][A-Za-z0-9_./ ()+&'-]*$/.test(text) && !/\s$/.test(text) && !/^(true|false|null|yes|no|on|off|y|n)$/i.test(text);
  return plain ? text : JSON.stringify(text);
}

const MONTHS: readonly string[] = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `August 2026` */
export function monthLabel(month: { year: number; month: number }): string {
  return `${MONTHS[month.month - 1]} ${month.year}`;
}

/** `RP401 ×2, RP502 ×1`: diagnostic codes with their counts, in code order. */
export function codeCounts(codes: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const code of codes) counts.set(code, (counts.get(code) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([code, count]) => `${code} ×${count}`).join(', ');
}
