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
