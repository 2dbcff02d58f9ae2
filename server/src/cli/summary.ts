import type { PackReport } from './report';

export interface Summary {
  /** Packs read and checked. */
  packs: number;
  /** Markdown files read and checked: briefs, and files with ```roadmap blocks. */
  briefs: number;
  errors: number;
  warnings: number;
  information: number;
  hints: number;
  /** Files or folders that could not be read. */
  unreadable: number;
}

export function summarize(reports: readonly PackReport[]): Summary {
  const all = reports.flatMap((report) => report.diagnostics);
  const count = (severity: string) => all.filter((d) => d.severity === severity).length;
  const unreadable = reports.filter((report) => report.unreadable !== undefined).length;
  const read = (kind: PackReport['kind']) => reports.filter((report) => report.kind === kind && report.unreadable === undefined).length;
  return {
    packs: read('pack'),
    briefs: read('markdown'),
    errors: count('error'),
    warnings: count('warning'),
    information: count('information'),
    hints: count('hint'),
    unreadable,
  };
}

/** Exit status 1 when anything is an error: an error diagnostic or a file that could not be read. */
export function failed(summary: Summary): boolean {
  return summary.errors > 0 || summary.unreadable > 0;
}
