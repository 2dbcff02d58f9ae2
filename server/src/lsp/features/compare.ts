import { diffMarkdown } from '../../pack';
import type { CompareParams, CompareResult } from '../../../../protocol/requests';
import type { Comparisons } from '../comparisons';
import type { PackEntry, PackStore } from '../packStore';

/**
 * Keeps the pack's text at the revision as its baseline and answers the
 * report of what changed since: the CLI's `diff --format markdown` report,
 * from the same core functions.
 */
export function compare(entry: PackEntry, params: CompareParams, packs: PackStore, comparisons: Comparisons): CompareResult {
  const base = params.baseText === null ? undefined : packs.checkOther(entry.uri, params.baseText);
  comparisons.set(entry.uri, { ref: params.ref, base });
  const diff = comparisons.diffOf(entry)!;
  const moved = diff.initiatives.filter((change) => Boolean(change.startWeeks || change.endWeeks)).length;
  return { markdown: diffMarkdown({ packs: [diff] }), moved };
}
