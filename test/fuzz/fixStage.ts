import { Lexer } from 'yaml';
import { CodeAction, Diagnostic, TextDocumentEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol/node';
import { FuzzDocument } from './fuzzDocument';
import { FuzzContext } from './editStage';
import { applyLspEdits } from './textRanges';

/** How many of a batch's diagnostics are asked for their fixes (a broken text can have a thousand). */
const ASKED_PER_BATCH = 40;
/** Every suppression works alike; rule fixes differ, so each of those offered is checked and only this many suppressions a batch. */
const SUPPRESSIONS_PER_BATCH = 2;

/**
 * Asks for the quick fixes of `asked` of the published diagnostics and checks
 * each rule fix applied, and `suppressions` of the suppressions (all of both
 * for the pristine examples).
 */
export async function fixBatch(context: FuzzContext, document: FuzzDocument, diagnostics: Diagnostic[], { asked = ASKED_PER_BATCH, suppressions = SUPPRESSIONS_PER_BATCH } = {}): Promise<void> {
  const offered: { diagnostic: Diagnostic; action: CodeAction }[] = [];
  for (const diagnostic of context.random.sample(diagnostics, asked)) {
    const answer = await context.incremental.request('textDocument/codeAction', { textDocument: { uri: document.uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
    context.report.requests++;
    if (answer.kind === 'result') offered.push(...((answer.value as CodeAction[] | null) ?? []).map((action) => ({ diagnostic, action })));
    else context.report.fail({ stage: 'fixes', document: document.name, problem: `codeAction: ${answer.kind}`, reproduction: { text: document.text, step: diagnostic } });
  }
  const isSuppression = ({ action }: { action: CodeAction }) => action.title.startsWith('Suppress ');
  const checked = [...offered.filter((entry) => !isSuppression(entry)), ...context.random.sample(offered.filter(isSuppression), suppressions)];
  if (checked.length === 0) return;
  const before = await context.fresh.diagnostics(document, document.text);
  for (const { diagnostic, action } of checked) await checkFix(context, document, { diagnostic, before }, action);
}

/** A diagnostic asked about, and what a fresh check of the text it is in gives. */
interface Target {
  diagnostic: Diagnostic;
  before: Diagnostic[];
}

async function checkFix(context: FuzzContext, document: FuzzDocument, { diagnostic, before }: Target, action: CodeAction): Promise<void> {
  const edits = editsFor(document, action.edit);
  const fail = (problem: string) => context.report.fail({ stage: 'fixes', document: document.name, problem: `"${action.title}" for ${diagnostic.code} ${JSON.stringify(diagnostic.range.start)}: ${problem}`, reproduction: { text: document.text, step: { diagnostic, edits } } });
  if (typeof edits === 'string') return fail(edits);
  const fixed = applyLspEdits(document.text, edits);
  context.report.fixesApplied++;
  const after = await context.fresh.diagnostics(document, fixed);
  const problems = [
    ...syntaxProblems(before, after),
    // In a text yaml cannot read as a whole (a stray line at column 0, say), what a fix adds may not be read either: it must not corrupt, but need not cure.
    ...(before.some((d) => d.code === 'RP001') ? [] : targetProblems(diagnostic, after, document.text, edits)),
    ...lineProblems(diagnostic, edits, document.text, document.uri),
    ...commentProblems(document.text, fixed),
    ...(document.crlf && !/(?<!\r)\n/.test(document.text) && /(?<!\r)\n/.test(fixed) ? ['a CRLF text got a bare `\\n`'] : []),
  ];
  if (problems.length > 0) fail(problems.join('; '));
}

/** The action's edits of this document, for its current version; or why there are none to apply. */
function editsFor(document: FuzzDocument, edit: WorkspaceEdit | undefined): TextEdit[] | string {
  const changes = (edit?.documentChanges ?? []) as TextDocumentEdit[];
  const mine = changes.filter((change) => change.textDocument.uri === document.uri);
  if (mine.length !== 1 || changes.length !== 1) return `expected one versioned edit of this document, got ${JSON.stringify(edit)}`;
  if (mine[0].textDocument.version !== document.version) return `edit for version ${mine[0].textDocument.version}, the document is at ${document.version}`;
  return mine[0].edits as TextEdit[];
}

function syntaxProblems(before: Diagnostic[], after: Diagnostic[]): string[] {
  const syntax = (list: Diagnostic[]) => list.filter((d) => d.code === 'RP001').length;
  return syntax(after) > syntax(before) ? [`RP001 syntax errors went from ${syntax(before)} to ${syntax(after)}: ${after.find((d) => d.code === 'RP001')?.message}`] : [];
}

/** The fixed diagnostic is no longer where it was (the same code and message at its place moved through the edits). */
function targetProblems(target: Diagnostic, after: Diagnostic[], text: string, edits: TextEdit[]): string[] {
  const offsets = lineOffsets(text);
  const offsetOf = (position: { line: number; character: number }) => offsets[position.line] + position.character;
  let place = offsetOf(target.range.start);
  const start = place;
  for (const edit of edits) {
    const [from, to] = [offsetOf(edit.range.start), offsetOf(edit.range.end)];
    if (to <= start) place += edit.newText.length - (to - from);
    else if (from < start) place = from;
  }
  const fixedOffsets = lineOffsets(applyLspEdits(text, edits));
  const still = after.find((d) => d.code === target.code && d.message === target.message && fixedOffsets[d.range.start.line] + d.range.start.character === place);
  return still ? ['the diagnostic it fixes is still there'] : [];
}

function lineOffsets(text: string): number[] {
  const offsets = [0];
  for (const match of text.matchAll(/\r\n|\n|\r/g)) offsets.push(match.index + match[0].length);
  return offsets;
}

/**
 * Each edit stays on the diagnostic's lines, or within a place its related
 * information names (RP404 names the `status` it marks done), or inside the
 * list item (initiative, gate…) that one of them stands in (a levelling move
 * rewrites the moved initiative's `when` and its milestones'), or inserts or
 * removes whole lines: nothing else changes.
 */
function lineProblems(target: Diagnostic, edits: TextEdit[], text: string, uri: string): string[] {
  // An edit may start on the line above (a list's key: emptying its only item leaves `key: []`) if it ends on the diagnostic's lines or at a line start.
  const onTarget = (edit: TextEdit) => edit.range.start.line >= target.range.start.line - 1 && (edit.range.end.line <= target.range.end.line || (edit.range.end.line === target.range.end.line + 1 && edit.range.end.character === 0));
  const related = (target.relatedInformation ?? []).filter((info) => info.location.uri === uri).map((info) => info.location.range);
  const onRelated = (edit: TextEdit) => related.some((range) => edit.range.start.line >= range.start.line && edit.range.end.line <= range.end.line);
  const wholeLines = (edit: TextEdit) => edit.range.start.character === 0 && edit.range.end.character === 0 && (edit.newText === '' || /\n$/.test(edit.newText));
  const lines = text.split(/\r\n|\n|\r/);
  const items = [target.range, ...related].map((range) => listItemLines(lines, range.start.line)).filter((item) => item !== undefined);
  const inItem = (edit: TextEdit) => items.some(([first, last]) => edit.range.start.line >= first && edit.range.end.line <= last);
  return edits.filter((edit) => !onTarget(edit) && !onRelated(edit) && !inItem(edit) && !wholeLines(edit) && !appendsLines(edit, text)).map((edit) => `edit ${JSON.stringify(edit)} reaches past the diagnostic's lines`);
}

/**
 * The first and last line of the item of a top-level list (`initiatives:`,
 * `gates:`…) that holds the line: from its `- ` at the list's indent to the
 * line before the next item or top-level key. Undefined outside such a list.
 */
function listItemLines(lines: readonly string[], line: number): [number, number] | undefined {
  let key = line;
  while (key >= 0 && !/^[^\s#-]/.test(lines[key] ?? '')) key--;
  if (key < 0) return undefined;
  const indent = lines.slice(key + 1).find((candidate) => /^\s*- /.test(candidate))?.match(/^(\s*)- /)?.[1].length;
  if (indent === undefined) return undefined;
  const isItemStart = (candidate: string) => candidate.startsWith(`${' '.repeat(indent)}- `);
  let first = line;
  while (first > key && !isItemStart(lines[first])) first--;
  if (first === key) return undefined;
  let last = first;
  while (last + 1 < lines.length && !isItemStart(lines[last + 1]) && !/^[^\s#]/.test(lines[last + 1])) last++;
  return [first, last];
}

/** Lines added after the last one of a text with no final line break: they must begin with one, so they start mid-line. */
function appendsLines(edit: TextEdit, text: string): boolean {
  const offsets = lineOffsets(text);
  const end = { line: offsets.length - 1, character: text.length - offsets[offsets.length - 1] };
  const atEnd = (position: { line: number; character: number }) => position.line === end.line && position.character === end.character;
  return end.character > 0 && atEnd(edit.range.start) && atEnd(edit.range.end) && /^\r?\n/.test(edit.newText);
}

/** Every comment of the text is still in the fixed text, as often. */
function commentProblems(text: string, fixed: string): string[] {
  const remaining = new Map<string, number>();
  for (const comment of commentsOf(fixed)) remaining.set(comment, (remaining.get(comment) ?? 0) + 1);
  const lost: string[] = [];
  for (const comment of commentsOf(text)) {
    const left = remaining.get(comment) ?? 0;
    if (left === 0) lost.push(comment);
    remaining.set(comment, left - 1);
  }
  return lost.length > 0 ? [`comments lost: ${lost.join(' | ')}`] : [];
}

function commentsOf(text: string): string[] {
  return [...new Lexer().lex(text)].filter((token) => token.startsWith('#'));
}
