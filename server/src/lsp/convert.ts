import { Diagnostic, DiagnosticSeverity, Location, Range, TextEdit } from 'vscode-languageserver';
import type { LineIndex, PackDiagnostic, Severity, Span } from '../pack';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toLspDiagnostic(uri: string, diagnostic: PackDiagnostic): Diagnostic {
  return {
    range: diagnostic.range,
    severity: SEVERITY[diagnostic.severity],
    code: diagnostic.code,
    codeDescription: { href: diagnostic.docs },
    source: 'roadmap',
    message: diagnostic.message,
    relatedInformation: diagnostic.related.map((info) => ({ location: Location.create(info.uri ?? uri, info.range), message: info.message })),
  };
}

export function toRange(lines: LineIndex, span: Span): Range {
  return lines.rangeOf(span);
}

export function toTextEdit(lines: LineIndex, edit: { span: Span; newText: string }): TextEdit {
  return TextEdit.replace(lines.rangeOf(edit.span), edit.newText);
}
