import { CodeAction, CodeActionKind, CodeActionParams, Diagnostic, TextDocumentEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { LineIndex, levelFixes, newlineOf } from '../../pack';
import type { PackDiagnostic, Recheck } from '../../pack';
import type { BriefEntry } from '../briefStore';
import { toTextEdit } from '../convert';
import type { PackEntry } from '../packStore';

/** What the client said it can apply. */
export interface EditSupport {
  /** `documentChanges`: edits that name the document version they are for, which the client refuses on any other. */
  versioned: boolean;
}

/**
 * Quick fixes for the diagnostics in the request, plus a suppression for each.
 * A diagnostic the client sends is only a question: the fixes come from the
 * server's own finding for the current text (computed by its rule in the core,
 * so the fixture harness tests them). A diagnostic that text no longer has
 * (published for an older version) gets nothing, and every edit names the
 * version it was computed for, so a client that moved on refuses it.
 * `published` is what the server published for the text: the check's
 * findings and, once it has run, the forecast's (RP405), which get the same
 * suppression as any other.
 */
export function codeActions(entry: PackEntry, published: readonly PackDiagnostic[], params: CodeActionParams, support: EditSupport, recheck: Recheck): CodeAction[] {
  const document: FixedDocument = { ...entry, lines: entry.result.lines, diagnostics: published };
  let levelled = 0;
  const level = (finding: PackDiagnostic, asked: Diagnostic) => (LEVELLED_CODES.has(finding.code) && levelled++ < MOST_LEVELLED ? levelActions(document, entry, finding, asked, support, recheck) : []);
  return fixActions(document, params, support, (finding, asked) => [...level(finding, asked), suppress(entry, finding, asked, support)]);
}

const LEVELLED_CODES: ReadonlySet<string> = new Set(['RP503', 'RP401']);
/** A request naming every diagnostic of a large pack (a "fix all") gets moves for the first few only: each costs re-checks. */
const MOST_LEVELLED = 3;

/**
 * The levelling's move for a weekly overload or a schedule conflict, found
 * here rather than with the check: it re-checks the pack per candidate move,
 * which the keystroke budget cannot carry (ARCHITECTURE.md, "Every diagnostic has a rule").
 */
function levelActions(document: FixedDocument, entry: PackEntry, finding: PackDiagnostic, asked: Diagnostic, support: EditSupport, recheck: Recheck): CodeAction[] {
  return levelFixes(entry.result, finding, recheck).map((fix) => action(fix.title, asked, false, workspaceEdit(document, support, fix.edits.map((edit) => toTextEdit(document.lines, edit)))));
}

/**
 * The same for a brief: its rules' fixes (RP701's key, RP702's initiative, a
 * missing section, a short table row). No suppression is offered there: the
 * planner fixes a brief rather than silencing it, and its comment syntax differs.
 */
export function briefCodeActions(brief: BriefEntry, params: CodeActionParams, support: EditSupport): CodeAction[] {
  return fixActions({ ...brief, lines: new LineIndex(brief.text) }, params, support, () => []);
}

/** What fixes are computed from: an open or closed document, its current findings and its lines. */
interface FixedDocument {
  uri: string;
  version: number;
  open: boolean;
  lines: LineIndex;
  diagnostics: readonly PackDiagnostic[];
}

function fixActions(document: FixedDocument, params: CodeActionParams, support: EditSupport, extra: (finding: PackDiagnostic, asked: Diagnostic) => CodeAction[]): CodeAction[] {
  const actions = (finding: PackDiagnostic, asked: Diagnostic): CodeAction[] => [
    ...finding.fixes.map((fix) => action(fix.title, asked, fix.preferred, workspaceEdit(document, support, fix.edits.map((edit) => toTextEdit(document.lines, edit))))),
    ...extra(finding, asked),
  ];
  return params.context.diagnostics.flatMap((asked) => {
    const finding = currentFinding(document, asked);
    return finding ? actions(finding, asked) : [];
  });
}

/** The server's finding that the client's diagnostic stands for, if the current text still has it. */
function currentFinding(document: FixedDocument, asked: Diagnostic): PackDiagnostic | undefined {
  if (asked.source !== 'roadmap') return undefined;
  return document.diagnostics.find((finding) => finding.code === asked.code && finding.message === asked.message && sameRange(finding.range, asked.range));
}

function sameRange(a: Diagnostic['range'], b: Diagnostic['range'] | undefined): boolean {
  return a.start.line === b?.start?.line && a.start.character === b.start.character && a.end.line === b.end?.line && a.end.character === b.end.character;
}

/** `# roadmap-disable-next-line CODE` above the line, at its indentation. */
function suppress(entry: PackEntry, finding: PackDiagnostic, asked: Diagnostic, support: EditSupport): CodeAction {
  const line = finding.range.start.line;
  const indent = /^\s*/.exec(entry.result.lines.lineText(line))![0];
  const edit = TextEdit.insert({ line, character: 0 }, `${indent}# roadmap-disable-next-line ${finding.code}${newlineOf(entry.text)}`);
  return action(`Suppress ${finding.code} on this line`, asked, false, workspaceEdit(entry, support, [edit]));
}

function action(title: string, asked: Diagnostic, preferred: boolean | undefined, edit: WorkspaceEdit): CodeAction {
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [asked], edit, isPreferred: preferred };
}

/** An open document's edits name its version; a closed one has none to name. */
function workspaceEdit(entry: Pick<FixedDocument, 'uri' | 'version' | 'open'>, support: EditSupport, edits: TextEdit[]): WorkspaceEdit {
  if (support.versioned && entry.open) return { documentChanges: [TextDocumentEdit.create({ uri: entry.uri, version: entry.version }, edits)] };
  return { changes: { [entry.uri]: edits } };
}
