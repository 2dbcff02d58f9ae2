import { CodeAction, CodeActionKind, CodeActionParams, Diagnostic, TextEdit } from 'vscode-languageserver';
import { newlineOf } from '../../pack';
import { DiagnosticData, fixToAction } from '../convert';
import type { PackEntry } from '../packStore';

/**
 * Quick fixes for the diagnostics in the request, plus a suppression for each.
 * The fixes themselves come with the diagnostic (computed by its rule in the
 * core, so the fixture harness tests them); this only turns them into actions.
 */
export function codeActions(entry: PackEntry, params: CodeActionParams): CodeAction[] {
  const ours = params.context.diagnostics.filter((diagnostic) => diagnostic.source === 'roadmap' && typeof diagnostic.code === 'string');
  return ours.flatMap((diagnostic) => [...fixesOf(entry, diagnostic), suppress(entry, diagnostic)]);
}

function fixesOf(entry: PackEntry, diagnostic: Diagnostic): CodeAction[] {
  const fixes = (diagnostic.data as DiagnosticData | undefined)?.fixes ?? [];
  return fixes.map((fix) => fixToAction(entry.uri, entry.result.lines, fix, diagnostic));
}

/** `# roadmap-disable-next-line CODE` above the line, at its indentation. */
function suppress(entry: PackEntry, diagnostic: Diagnostic): CodeAction {
  const line = diagnostic.range.start.line;
  const indent = /^\s*/.exec(entry.result.lines.lineText(line))![0];
  const newline = newlineOf(entry.text);
  const edit = TextEdit.insert({ line, character: 0 }, `${indent}# roadmap-disable-next-line ${String(diagnostic.code)}${newline}`);
  return {
    title: `Suppress ${String(diagnostic.code)} on this line`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: { changes: { [entry.uri]: [edit] } },
    isPreferred: false,
  };
}
