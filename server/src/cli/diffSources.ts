import { posix as posixPath } from 'node:path';
import { DEFAULT_PARSE_LIMITS, briefChange, checkChange, diffPacks, isEmptyDiff, type BriefChange, type CheckOptions, type PackDiff, type PackResult } from '../pack';
import type { SideText, Source } from './diffSides';
import type { CheckSettings } from './settings';

export interface ComparedPack {
  diff: PackDiff;
  /** The two checks, for the Markdown report's baseline gantt. */
  checks: { before?: PackResult; after?: PackResult };
}

/**
 * Checks both sides of each source with the settings `check` uses (so the
 * findings compared are the ones `check` reports) and diffs them, briefs
 * included. A pack whose diff is empty is left out unless it was named.
 */
export function compareSources(sources: readonly Source[], settings: CheckSettings): { packs: ComparedPack[]; unreadable: string[] } {
  const packs: ComparedPack[] = [];
  const unreadable: string[] = [];
  for (const source of sources) {
    if (source.unreadable !== undefined) {
      unreadable.push(source.unreadable.startsWith(source.path) ? source.unreadable : `${source.path}: ${source.unreadable}`);
      continue;
    }
    const compared = comparePack(source, settings);
    if (source.always || !isEmptyDiff(compared.diff)) packs.push(compared);
  }
  return { packs, unreadable };
}

function comparePack(source: Source, settings: CheckSettings): ComparedPack {
  const { before, after } = checkChange(source.before?.text, source.after?.text, checkOptions((source.after ?? source.before)!, settings));
  const diff = diffPacks(before, after, source.path);
  const briefs = briefChanges(source, before, after);
  if (briefs.length > 0) diff.briefs = briefs;
  return { diff, checks: { before, after } };
}

/**
 * `check`'s settings. Both sides ask the newer one whether a brief exists:
 * the second check reuses the first's findings where the pack did not
 * change, so the two must read the same world (a brief added or removed is
 * reported under Briefs instead).
 */
function checkOptions(side: SideText, settings: CheckSettings): Partial<CheckOptions> {
  return {
    severities: settings.severities,
    ifHired: settings.ifHired,
    today: settings.today,
    limits: { ...DEFAULT_PARSE_LIMITS, maxFileSize: settings.maxFileSize },
    fileExists: (path) => side.readBeside(path) !== undefined,
  };
}

/** The briefs either side's initiatives name (`brief:`), each compared by its sections. */
function briefChanges(source: Source, before: PackResult | undefined, after: PackResult | undefined): BriefChange[] {
  const paths = new Set([...briefPaths(before), ...briefPaths(after)]);
  const folder = posixPath.dirname(source.path);
  const changes: BriefChange[] = [];
  for (const path of paths) {
    const change = briefChange(posixPath.join(folder, path), source.before?.readBeside(path), source.after?.readBeside(path));
    if (change) changes.push(change);
  }
  return changes;
}

function briefPaths(result: PackResult | undefined): string[] {
  return (result?.model.initiatives ?? []).flatMap((initiative) => (typeof initiative.input.brief === 'string' && initiative.input.brief.trim() !== '' ? [initiative.input.brief.trim()] : []));
}
