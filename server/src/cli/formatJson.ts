import type { PackDiagnostic } from '../pack';
import { oneBased } from './location';
import type { PackReport } from './report';
import type { Summary } from './summary';

/** Bumped only when a field changes meaning or goes away; new fields may appear at any time. */
const JSON_VERSION = 1;

export function formatJson(reports: readonly PackReport[], summary: Summary): string {
  const of = (kind: PackReport['kind']) => reports.filter((report) => report.kind === kind).map(fileJson);
  return JSON.stringify({ version: JSON_VERSION, packs: of('pack'), briefs: of('markdown'), summary }, null, 2) + '\n';
}

/** `briefs` holds every Markdown file checked: briefs, and files with ```roadmap blocks. */
function fileJson(report: PackReport) {
  const error = report.unreadable === undefined ? {} : { error: report.unreadable };
  return { path: report.path, ...error, diagnostics: report.diagnostics.map(diagnosticJson) };
}

function diagnosticJson(diagnostic: PackDiagnostic) {
  const start = oneBased(diagnostic.range.start);
  const end = oneBased(diagnostic.range.end);
  return {
    code: diagnostic.code,
    rule: diagnostic.rule,
    severity: diagnostic.severity,
    message: diagnostic.message,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    docs: diagnostic.docs,
    related: diagnostic.related.map((info) => ({ message: info.message, ...oneBased(info.range.start), ...(info.uri === undefined ? {} : { uri: info.uri }) })),
  };
}
