import { CheckCache } from '../cache/checkCache';
import { checkPack, type PackResult } from '../checkPack';
import type { CheckOptions } from '../options';

/**
 * Checks both sides of a change for `diffPacks`, the new side through the
 * old side's cache, as the editor checks an edit: the pieces, entities and
 * analyses the change left as they were are reused, so the pair costs little
 * more than one check. Incremental equals fresh (test/property/incremental.test.ts),
 * and an older check's results stay as they were when the cache moves on (the
 * entity index is never changed under it; the analyses it has not computed yet
 * are computed from its own inputs), so the old side's result is the one a
 * fresh check gives. The same text on both sides is checked once.
 */
export function checkChange(before: string | undefined, after: string | undefined, options: Partial<CheckOptions> = {}): { before?: PackResult; after?: PackResult } {
  const cache = new CheckCache();
  const old = before === undefined ? undefined : checkPack(before, options, cache);
  if (after === undefined) return { before: old };
  return { before: old, after: after === before ? old : checkPack(after, options, cache) };
}
