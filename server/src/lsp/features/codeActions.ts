import { CodeAction, CodeActionKind, CodeActionParams, Diagnostic, TextEdit } from 'vscode-languageserver';
import { Edge, appendListItem, locate, removeListItem, valueAt } from '../../pack';
import { DiagnosticData, fixToAction, toTextEdit } from '../convert';
import type { PackEntry } from '../packStore';

/** Quick fixes for the diagnostics in the request, plus a suppression for each. */
export function codeActions(entry: PackEntry, params: CodeActionParams): CodeAction[] {
  const ours = params.context.diagnostics.filter((diagnostic) => diagnostic.source === 'roadmap' && typeof diagnostic.code === 'string');
  return ours.flatMap((diagnostic) => [...fixesOf(entry, diagnostic), ...structuralFixes(entry, diagnostic), suppress(entry, diagnostic)]);
}

function fixesOf(entry: PackEntry, diagnostic: Diagnostic): CodeAction[] {
  const fixes = (diagnostic.data as DiagnosticData | undefined)?.fixes ?? [];
  return fixes.map((fix) => fixToAction(entry.uri, entry.result.lines, fix, diagnostic));
}

function structuralFixes(entry: PackEntry, diagnostic: Diagnostic): CodeAction[] {
  if (diagnostic.code === 'RP301') return removeCycleEdge(entry, diagnostic);
  if (diagnostic.code === 'RP203') return addMissingTeam(entry, diagnostic);
  return [];
}

/** Breaks a cycle by removing the reference the diagnostic sits on. */
function removeCycleEdge(entry: PackEntry, diagnostic: Diagnostic): CodeAction[] {
  const edge = edgeAt(entry, diagnostic);
  if (!edge) return [];
  const itemPath = edge.path[edge.path.length - 1] === 'id' ? edge.path.slice(0, -1) : edge.path;
  const list = valueAt(entry.result.parsed.value, itemPath.slice(0, -1));
  const edit = removeListItem(entry.result.parsed, itemPath, Array.isArray(list) ? list.length : 1);
  return [action(entry, `Remove the dependency of ${edge.from} on ${edge.to}`, diagnostic, [toTextEdit(entry.result.lines, edit)])];
}

function edgeAt(entry: PackEntry, diagnostic: Diagnostic): Edge | undefined {
  const { lines, parsed, model } = entry.result;
  const start = lines.offsetAt(diagnostic.range.start);
  return model.edges.find((edge) => locate(parsed, edge.path).start === start);
}

/** Adds the unknown owner as a team (with no engineers yet, so capacity checks ask for them). */
function addMissingTeam(entry: PackEntry, diagnostic: Diagnostic): CodeAction[] {
  const { lines, parsed, model } = entry.result;
  const name = parsed.text.slice(lines.offsetAt(diagnostic.range.start), lines.offsetAt(diagnostic.range.end)).replace(/^["']|["']$/g, '');
  if (!name) return [];
  const id = name.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'team';
  const item = id === name ? `{ id: ${id}, engineers: 0 }` : `{ id: ${id}, name: ${JSON.stringify(name)}, engineers: 0 }`;
  const teams = valueAt(parsed.value, ['teams']);
  const edit = Array.isArray(teams) && teams.length > 0 ? appendListItem(parsed, ['teams'], teams.length - 1, item) : undefined;
  const newline = parsed.text.includes('\r\n') ? '\r\n' : '\n';
  const fallback = model.parsed.entries.has('teams') ? undefined : { span: { start: parsed.text.length, end: parsed.text.length }, newText: `${parsed.text.endsWith('\n') ? '' : newline}teams:${newline}  - ${item}${newline}` };
  const chosen = edit ?? fallback;
  return chosen ? [action(entry, `Add team \`${id}\` to the pack`, diagnostic, [toTextEdit(lines, chosen)])] : [];
}

/** `# roadmap-disable-next-line CODE` above the line, at its indentation. */
function suppress(entry: PackEntry, diagnostic: Diagnostic): CodeAction {
  const line = diagnostic.range.start.line;
  const indent = /^\s*/.exec(entry.result.lines.lineText(line))![0];
  const newline = entry.text.includes('\r\n') ? '\r\n' : '\n';
  const edit = TextEdit.insert({ line, character: 0 }, `${indent}# roadmap-disable-next-line ${String(diagnostic.code)}${newline}`);
  return { ...action(entry, `Suppress ${String(diagnostic.code)} on this line`, diagnostic, [edit]), isPreferred: false };
}

function action(entry: PackEntry, title: string, diagnostic: Diagnostic, edits: TextEdit[]): CodeAction {
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: { changes: { [entry.uri]: edits } } };
}
