import type { MetricInput } from '../schema/packSchema';

/** A metric of the pack, with where it is written. */
export interface PackMetric {
  input: MetricInput;
  index: number;
}

/** Case, spacing and parenthesis characters do not count: "Tracing coverage (% of requests)". */
export function metricKey(name: string): string {
  return normalise(name.replace(/[()]/g, ' '));
}

/** The name without its parenthesised qualifiers: "DB primary CPU (peak)" → "db primary cpu". */
function bareKey(name: string): string {
  return normalise(name.replace(/\([^)]*\)/g, ' '));
}

/**
 * The pack metric a brief row names: the same name (ignoring case, spacing and
 * parentheses), or else the only metric whose name without qualifiers is the same.
 */
export function matchMetric(name: string, metrics: readonly PackMetric[]): PackMetric | undefined {
  const exact = metrics.find((metric) => metricKey(metric.input.name) === metricKey(name));
  if (exact) return exact;
  const bare = metrics.filter((metric) => bareKey(metric.input.name) === bareKey(name));
  return bare.length === 1 ? bare[0] : undefined;
}

export function normalise(value: string): string {
  return value.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Characters that continue a value: `5` is not in `<5`, `15`, `5%` or `5-8` (a comma separates). */
const VALUE_CHAR = /[\p{L}\p{N}.%<>=~$+\-/]/u;

/**
 * Whether the brief's cell states the pack's value: the same text (normalised),
 * or the value standing on its own inside it ("<25 min (Q3), <15 min (Q4)"
 * states `<25 min`; ">80% by Q3 end" states `>80%`). A brief may say more.
 */
export function states(cell: string, value: string): boolean {
  const [text, wanted] = [normalise(cell), normalise(value)];
  if (wanted === '' || text === wanted) return true;
  for (let at = text.indexOf(wanted); at >= 0; at = text.indexOf(wanted, at + 1)) {
    if (!continues(text[at - 1]) && !continues(text[at + wanted.length])) return true;
  }
  return false;
}

function continues(char: string | undefined): boolean {
  return char !== undefined && VALUE_CHAR.test(char);
}

/** The pack metric's targets: `target`, or each of `targets` in quarter order. */
export function packTargets(metric: MetricInput): string[] {
  if (metric.target !== undefined) return [String(metric.target)];
  return Object.entries(metric.targets ?? {})
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, value]) => String(value));
}
