import { diffMarkdown, sinceTitle } from '../../pack';
import type { CompareParams, CompareResult } from '../../../../protocol/requests';
import { fileNameOf } from '../comparisons';
import type { Comparisons } from '../comparisons';
import type { PackEntry, PackStore } from '../packStore';

/**
 * Keeps the pack's text at the revision as its baseline and answers the
 * report of what changed since: the CLI's `diff --format markdown` report,
 * from the same core functions.
 */
export function compare(entry: PackEntry, params: CompareParams, packs: PackStore, comparisons: Comparisons): CompareResult {
  const base = params.baseText === null ? undefined : packs.checkOther(entry.uri, params.baseText);
  comparisons.set(entry.uri, { ref: params.ref, base, path: params.path ?? fileNameOf(entry.uri) });
  const diff = comparisons.diffOf(entry)!;
  // With both checks the report ends in its baseline gantt, as the CLI's does.
  const checks = new Map([[diff.path, { before: base, after: entry.result }]]);
  return { markdown: diffMarkdown({ packs: [diff] }, { checks, title: sinceTitle(params.ref) }) };
}
