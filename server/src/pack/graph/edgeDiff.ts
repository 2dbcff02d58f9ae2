/**
 * How many items at the start and at the end of two versions of a list are
 * the same objects. An edit leaves the entities it did not touch (and their
 * edges arrays) as they were, in the same order, so what lies between is
 * what the edit replaced: usually one entity's.
 */
export function sameEnds<T>(before: readonly T[], after: readonly T[]): { head: number; tail: number } {
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < before.length - head && tail < after.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  return { head, tail };
}
