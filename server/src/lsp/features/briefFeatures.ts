import { CompletionItemKind, CompletionList, Hover, Location, MarkupKind, Position, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { LineIndex, Span, entityCard, locate } from '../../pack';
import type { BriefEntry } from '../briefStore';
import type { PackEntry } from '../packStore';

/**
 * Language features in a brief: its front matter's `initiative` is a reference
 * into the owning pack, so hover, definition, completion, references and
 * rename work there as on the pack's own ids.
 */
export function briefHover(brief: BriefEntry, pack: PackEntry | undefined, position: Position): Hover | null {
  const entity = initiativeAt(brief, pack, position);
  return entity && pack ? { contents: { kind: MarkupKind.Markdown, value: entityCard(pack.result.analysis, entity) } } : null;
}

export function briefDefinition(brief: BriefEntry, pack: PackEntry | undefined, position: Position): Location | null {
  const entity = initiativeAt(brief, pack, position);
  return entity && pack ? Location.create(pack.uri, pack.result.lines.rangeOf(locate(pack.result.parsed, [...entity.path, 'id']))) : null;
}

/**
 * Initiative ids after `initiative:` in the front matter; in a table cell, the
 * ids of the owning pack's initiatives, gates and register dependencies (a
 * brief's Dependencies table names them).
 */
export function briefCompletion(brief: BriefEntry, packs: PackEntry[], position: Position): CompletionList | null {
  const lines = new LineIndex(brief.text);
  const before = lines.lineText(position.line).slice(0, position.character);
  const owner = packs.find((pack) => pack.uri === brief.packUri);
  const frontMatter = /^initiative:\s*(\S*)$/.exec(before);
  if (frontMatter && inFrontMatter(brief, lines.offsetAt(position))) {
    // From the digests: completing an id never loads every closed pack's full result.
    return completionList((owner ? [owner] : packs).flatMap((pack) => pack.digest.initiatives), position, frontMatter[1]);
  }
  const cell = /^\s*\|(?:[^|]*\|)*\s*([\w.-]*)$/.exec(before);
  if (!cell || !owner) return null;
  return completionList([...owner.result.model.byId.values()].filter((e) => e.kind !== 'risk'), position, cell[1]);
}

function completionList(entities: { id: string; title: string; kind: string }[], position: Position, typed: string): CompletionList {
  const start = { line: position.line, character: position.character - typed.length };
  const items = entities.map((entity) => ({ label: entity.id, detail: `${entity.kind}: ${entity.title}`, kind: CompletionItemKind.Module, textEdit: { range: { start, end: position }, newText: entity.id } }));
  return { isIncomplete: false, items };
}

/** The brief's `initiative:` value, as a location, when it names the id. */
export function briefReference(brief: BriefEntry, id: string): Location | undefined {
  const field = brief.brief.initiative;
  if (!field || brief.header?.initiative !== id) return undefined;
  return Location.create(brief.uri, new LineIndex(brief.text).rangeOf(valueSpan(brief, field.valueSpan)));
}

/** Adds the edits renaming the id in the briefs to a pack rename. */
export function withBriefEdits(edit: WorkspaceEdit, briefs: BriefEntry[], id: string, newName: string): WorkspaceEdit {
  const changes = { ...(edit.changes ?? {}) };
  for (const brief of briefs) {
    const location = briefReference(brief, id);
    if (location) changes[brief.uri] = [...(changes[brief.uri] ?? []), TextEdit.replace(location.range, newName)];
  }
  return { changes };
}

function initiativeAt(brief: BriefEntry, pack: PackEntry | undefined, position: Position) {
  const field = brief.brief.initiative;
  if (!field || !pack || brief.header?.initiative === undefined) return undefined;
  const offset = new LineIndex(brief.text).offsetAt(position);
  const span = valueSpan(brief, field.valueSpan);
  if (offset < span.start || offset > span.end) return undefined;
  const entity = pack.result.model.byId.get(brief.header.initiative);
  return entity?.kind === 'initiative' ? entity : undefined;
}

/** A quoted value's span without its quotes. */
function valueSpan(brief: BriefEntry, span: Span): Span {
  const text = brief.text.slice(span.start, span.end);
  const quoted = /^(["']).*\1$/.test(text);
  return quoted ? { start: span.start + 1, end: span.end - 1 } : span;
}

function inFrontMatter(brief: BriefEntry, offset: number): boolean {
  const frontMatter = brief.brief.frontMatter;
  return frontMatter ? offset >= frontMatter.span.start && offset <= frontMatter.span.end : false;
}
