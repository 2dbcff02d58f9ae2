import { posix as posixPath } from 'node:path';
import { DEFAULT_PARSE_LIMITS, briefChange, checkPack, diffPacks, isEmptyDiff, type BriefChange, type CheckOptions, type PackDiff, type PackResult } from '../pack';
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
  const after = source.after && check(source.after, settings);
  // The same text checks the same: once is enough (most packs of a pull request did not change).
  const before = source.before && (source.before.text === source.after?.text ? after : check(source.before, settings));
  const diff = diffPacks(before, after, source.path);
  const briefs = briefChanges(source, before, after);
  if (briefs.length > 0) diff.briefs = briefs;
  return { diff, checks: { before, after } };
}

function check(side: SideText, settings: CheckSettings): PackResult {
  const options: Partial<CheckOptions> = {
    severities: settings.severities,
    ifHired: settings.ifHired,
    today: settings.today,
    limits: { ...DEFAULT_PARSE_LIMITS, maxFileSize: settings.maxFileSize },
    // On the git side too: a brief exists where that revision has it.
    fileExists: (path) => side.readBeside(path) !== undefined,
  };
  return checkPack(side.text, options);
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
