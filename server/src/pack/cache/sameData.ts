/**
 * Whether two values of plain data (primitives, arrays, plain objects) are
 * equal. Identical references are equal at once, so inputs that reuse last
 * check's objects compare in the time of a pointer test. Recursion follows the
 * shape of the inputs (a few levels), never their length.
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return Number.isNaN(a) && Number.isNaN(b);
  if (Array.isArray(a)) return Array.isArray(b) && sameArrays(a, b);
  if (Array.isArray(b)) return false;
  return sameRecords(a as Record<string, unknown>, b as Record<string, unknown>);
}

function sameArrays(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!sameData(a[i], b[i])) return false;
  return true;
}

/** Counts keys with `for…in` rather than `Object.keys`, so that comparing allocates nothing. */
function sameRecords(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  let count = 0;
  for (const key in a) {
    if (!Object.prototype.hasOwnProperty.call(a, key)) continue;
    if (!Object.prototype.hasOwnProperty.call(b, key) || !sameData(a[key], b[key])) return false;
    count++;
  }
  for (const key in b) if (Object.prototype.hasOwnProperty.call(b, key)) count--;
  return count === 0;
}
