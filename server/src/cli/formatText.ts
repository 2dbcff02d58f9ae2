import { plural } from '../pack';
import type { PackDiagnostic, Severity } from '../pack';
import { oneBased } from './location';
import type { PackReport } from './report';
import type { Summary } from './summary';

// SGR codes for the severity word only: the rest of the line stays plain so
// that editors and `grep` can still match `path:line:col`.
const COLOURS: Record<Severity, string> = { error: '31', warning: '33', information: '36', hint: '2' };

/** `path:line:col severity code message`, one line each, then a blank line and the summary. */
export function formatText(reports: readonly PackReport[], summary: Summary, colour: boolean): string {
  const lines = reports.flatMap((report) => reportLines(report, colour));
  const body = lines.length > 0 ? [...lines, ''] : [];
  return [...body, summaryLine(summary)].join('\n') + '\n';
}

function reportLines(report: PackReport, colour: boolean): string[] {
  if (report.unreadable !== undefined) return [`${report.path}: ${paint('error', colour)} ${report.unreadable}`];
  return report.diagnostics.map((diagnostic) => diagnosticLine(report.path, diagnostic, colour));
}

function diagnosticLine(path: string, diagnostic: PackDiagnostic, colour: boolean): string {
  const { line, column } = oneBased(diagnostic.range.start);
  return `${path}:${line}:${column} ${paint(diagnostic.severity, colour)} ${diagnostic.code} ${oneLine(diagnostic.message)}`;
}

function paint(severity: Severity, colour: boolean): string {
  return colour ? `\x1b[${COLOURS[severity]}m${severity}\x1b[0m` : severity;
}

/** A message with a line break would break the one-line-per-diagnostic contract. */
function oneLine(message: string): string {
  return message.replace(/\s*\r?\n\s*/g, ' ');
}

export function summaryLine(summary: Summary): string {
  const counts = [plural(summary.errors, 'error'), plural(summary.warnings, 'warning'), `${summary.information} information`, plural(summary.hints, 'hint')];
  const unreadable = summary.unreadable > 0 ? `; ${plural(summary.unreadable, 'file')} could not be read` : '';
  const files = summary.briefs > 0 ? `${plural(summary.packs, 'pack')} and ${plural(summary.briefs, 'brief')}` : plural(summary.packs, 'pack');
  return `${files} checked: ${counts.join(', ')}${unreadable}`;
}
