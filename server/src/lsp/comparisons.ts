import { diffPacks } from '../pack';
import type { PackDiff, PackResult } from '../pack';
import type { PackEntry } from './packStore';

/** A pack compared with its text at a revision. */
export interface Comparison {
  /** The revision as the reader named it: "HEAD", "main", a short hash. */
  ref: string;
  /** The pack checked as it was at `ref`; undefined when the revision has no such file. */
  base: PackResult | undefined;
  /** The pack's path in the report. */
  path: string;
}

/**
 * The comparisons the reader has asked for, one per pack, kept until cleared:
 * while one is kept, the preview draws the old bars as ghosts and moved
 * initiatives get a lens. The diff follows edits: it is computed again for
 * each new check of the pack, once, whichever feature asks first.
 */
export class Comparisons {
  private readonly byUri = new Map<string, Comparison>();
  /** The last diff of each pack, with the check it was computed from. */
  private readonly diffs = new Map<string, { after: PackResult; diff: PackDiff }>();

  set(uri: string, comparison: Comparison): void {
    this.byUri.set(uri, comparison);
    this.diffs.delete(uri);
  }

  get(uri: string): Comparison | undefined {
    return this.byUri.get(uri);
  }

  /** Whether there was one to drop. */
  clear(uri: string): boolean {
    this.diffs.delete(uri);
    return this.byUri.delete(uri);
  }

  /** The pack's current text against its baseline; undefined when it is not being compared. */
  diffOf(entry: PackEntry): PackDiff | undefined {
    const comparison = this.byUri.get(entry.uri);
    if (!comparison) return undefined;
    const after = entry.result;
    const known = this.diffs.get(entry.uri);
    if (known?.after === after) return known.diff;
    const diff = diffPacks(comparison.base, after, comparison.path);
    this.diffs.set(entry.uri, { after, diff });
    return diff;
  }
}

/** The file's name, as the report heads the pack: the reader knows which pack they compared. */
export function fileNameOf(uri: string): string {
  const name = uri.slice(uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}
