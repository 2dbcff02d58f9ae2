/**
 * Today as the person at the machine sees it: the local calendar date,
 * `YYYY-MM-DD`. Not the UTC date: in the evening west of Greenwich (or the
 * morning east of it) UTC is already another day, and a plan would turn out
 * of date, or stop being so, at a time of day nobody expects. The core reads
 * no clock; the CLI and the language server call this and pass the date in.
 */
export function localDate(now: Date = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${String(now.getFullYear()).padStart(4, '0')}-${month}-${day}`;
}
