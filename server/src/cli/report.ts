import type { PackDiagnostic } from '../pack';

/** What the checker says about one file, ready for a formatter. */
export interface PackReport {
  /** Relative to the working folder, POSIX separators. */
  path: string;
  /** A pack, or a Markdown file (a brief, or any file with ```roadmap blocks). */
  kind: 'pack' | 'markdown';
  diagnostics: PackDiagnostic[];
  /** Why the file could not be read; it then has no diagnostics. */
  unreadable?: string;
}
