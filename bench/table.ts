/** Formatting for the bench's report: medians, numbers and Markdown tables. */

export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** 1234.5 → "1,235"; 12.34 → "12.3"; 0.1234 → "0.12". */
export function formatNumber(value: number | undefined): string {
  if (value === undefined || Number.isNaN(value)) return 'n/a';
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  return `${Math.round(bytes / 1024)} KiB`;
}

export function markdownTable(headers: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

export interface SizeRow {
  generator: string;
  n: number;
  bytes: number;
  parseDocumentMs: number;
  checkPackMs: number;
  retainedMB: number;
  peakRssMB: number;
}

export function resultsTable(rows: SizeRow[]): string {
  return markdownTable(
    ['generator', 'size', 'bytes', 'parseDocument ms', 'checkPack ms', 'ratio', 'retained MB', 'peak RSS MB'],
    rows.map((row) => [
      row.generator,
      row.n.toLocaleString('en-US'),
      `${row.bytes.toLocaleString('en-US')} (${formatBytes(row.bytes)})`,
      formatNumber(row.parseDocumentMs),
      formatNumber(row.checkPackMs),
      `${formatNumber(row.checkPackMs / row.parseDocumentMs)}×`,
      formatNumber(row.retainedMB),
      formatNumber(row.peakRssMB),
    ]),
  );
}

/** One column per generator; the rules slowest anywhere are listed under `rules`, indented. */
export function stagesTable(byGenerator: Record<string, Record<string, number>>, topRules = 6): string {
  const generators = Object.keys(byGenerator);
  const all = Object.values(byGenerator);
  const names = Object.keys(all[0] ?? {});
  const worstOf = (name: string) => Math.max(...all.map((stages) => stages[name] ?? 0));
  const top = names.filter((name) => name.startsWith('rule ')).sort((a, b) => worstOf(b) - worstOf(a)).slice(0, topRules);
  const rows: string[][] = [];
  const cells = (name: string) => all.map((stages) => formatNumber(stages[name]));
  for (const name of names) {
    if (name.startsWith('rule ')) continue;
    rows.push([name, ...cells(name)]);
    if (name === 'rules') for (const rule of top) rows.push([`  ${rule}`, ...cells(rule)]);
  }
  const sum = (stages: Record<string, number>) => ['parsePack', 'buildModel', 'rules', 'LineIndex', 'toDiagnostics'].reduce((total, name) => total + (stages[name] ?? 0), 0);
  rows.push(['sum of the stages', ...all.map((stages) => formatNumber(sum(stages)))]);
  return markdownTable(['stage', ...generators.map((generator) => `${generator} ms`)], rows);
}
