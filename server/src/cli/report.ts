import type { PackDiagnostic } from '../pack';

/** What the checker says about one file, ready for a formatter. */
export interface PackReport {
  /** Relative to the working folder, POSIX separators. */
  path: string;
  diagnostics: PackDiagnostic[];
  /** Why the file could not be read; it then has no diagnostics. */
  unreadable?: string;
}
