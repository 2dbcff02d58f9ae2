import type { CheckCache } from '../cache/checkCache';
import type { PackResult } from '../checkPack';
import type { PackDiagnostic } from '../diagnostic';
import type { CheckOptions } from '../options';

/** A file as the host has read it: `path` (POSIX) keys it, `uri` names it in related information. */
export interface SourceFile {
  path: string;
  uri: string;
  text: string;
}

/** One portfolio, with the files its includes name. */
export interface PortfolioSource {
  portfolio: SourceFile;
  /**
   * Each included file by the `path` portfolioIncludes gave for it;
   * undefined (or absent) when the host could not read it (RP901).
   */
  members: ReadonlyMap<string, SourceFile | undefined>;
}

/** What the host provides per file: its options (severities, `fileExists`…) and the cache it keeps for the document. */
export interface PortfolioHost {
  options(path: string): Partial<CheckOptions>;
  /** Absent: every check is cold. */
  cache?(path: string): CheckCache;
  /** Absent: every member is checked again on every call. */
  memo?: MemberResults;
}

/**
 * The last check of each member, kept by the host across calls: a member
 * whose text and portfolio are as they were is not checked again (on a
 * keystroke in one member of fifty, the other forty-nine). The host drops it
 * when the options may have changed (new settings, a brief created).
 */
export class MemberResults {
  private readonly held = new Map<string, { text: string; portfolio: string; result: PackResult }>();

  get(path: string, text: string, portfolio: string): PackResult | undefined {
    const held = this.held.get(path);
    return held && held.text === text && held.portfolio === portfolio ? held.result : undefined;
  }

  set(path: string, text: string, portfolio: string, result: PackResult): void {
    this.held.set(path, { text, portfolio, result });
  }
}

/** One checked file of a portfolio: its own check in the portfolio's context, and every finding on it. */
export interface CheckedFile {
  path: string;
  uri: string;
  /** Its include name; '' for the portfolio itself. */
  name: string;
  result: PackResult;
  /** Its own check's diagnostics and the portfolio's findings on it, through toDiagnostics. */
  diagnostics: PackDiagnostic[];
}
