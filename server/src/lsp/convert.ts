import { CodeAction, CodeActionKind, Diagnostic, DiagnosticSeverity, Location, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import type { Fix, LineIndex, PackDiagnostic, Severity, Span } from '../pack';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** What a diagnostic carries for its quick fixes. */
export interface DiagnosticData {
  fixes: Fix[];
}

export function toLspDiagnostic(uri: string, diagnostic: PackDiagnostic): Diagnostic {
  return {
    range: diagnostic.range,
    severity: SEVERITY[diagnostic.severity],
    code: diagnostic.code,
    codeDescription: { href: diagnostic.docs },
    source: 'roadmap',
    message: diagnostic.message,
    relatedInformation: diagnostic.related.map((info) => ({ location: Location.create(info.uri ?? uri, info.range), message: info.message })),
    data: { fixes: diagnostic.fixes } satisfies DiagnosticData,
  };
}

export function toRange(lines: LineIndex, span: Span): Range {
  return lines.rangeOf(span);
}

export function toTextEdit(lines: LineIndex, edit: { span: Span; newText: string }): TextEdit {
  return TextEdit.replace(lines.rangeOf(edit.span), edit.newText);
}

export function fixToAction(uri: string, lines: LineIndex, fix: Fix, diagnostic: Diagnostic): CodeAction {
  const edit: WorkspaceEdit = { changes: { [uri]: fix.edits.map((e) => toTextEdit(lines, e)) } };
  return { title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit, isPreferred: fix.preferred };
}
