import { CompletionItem, CompletionItemKind, CompletionItemTag, CompletionList, InsertTextFormat, InsertTextMode, MarkupKind, Position } from 'vscode-languageserver';
import { Candidate, CandidateKind, OtherPacks, Template, completionsAt, parseIsoDate, weekOfDate } from '../../pack';
import { localDate } from '../../files/localDate';
import type { PackEntry } from '../packStore';

const KIND: Record<CandidateKind, CompletionItemKind> = {
  initiative: CompletionItemKind.Module,
  gate: CompletionItemKind.Event,
  dependency: CompletionItemKind.Interface,
  goal: CompletionItemKind.Struct,
  team: CompletionItemKind.Constant,
  value: CompletionItemKind.EnumMember,
  time: CompletionItemKind.Value,
  key: CompletionItemKind.Property,
  // Not Snippet: packs set `editor.snippetSuggestions: none` to hide the editor's own snippets
  // everywhere, and that drops every Snippet-kind item, the server's too. Struct: a template is
  // a block of keys to fill in; Module is already the initiatives' kind, and both show in a
  // depends_on item, where the typed-entry template is offered beside the ids.
  template: CompletionItemKind.Struct,
};

/** `templates`: the shipped snippets, offered where they fit (read once by the host); `today` (`YYYY-MM-DD`) is the checks' date. */
/** `others`: the other packs of the pack's portfolio, whose ids it may name qualified (`name:id`). */
export function completion(entry: PackEntry, position: Position, templates: readonly Template[] = [], today?: string, others?: OtherPacks): CompletionList {
  const { lines, model } = entry.result;
  const offset = lines.offsetAt(position);
  // Before the settings arrive there is no date yet: the local one, as the settings would give.
  const day = parseIsoDate(today ?? localDate())!;
  const { candidates, replace } = completionsAt(model, entry.text, offset, weekOfDate(day, model.calendar), templates, others);
  const range = lines.rangeOf(replace);
  return { isIncomplete: false, items: candidates.map((candidate, index) => toItem(candidate, index, range)) };
}

function toItem(candidate: Candidate, index: number, range: ReturnType<PackEntry['result']['lines']['rangeOf']>): CompletionItem {
  return {
    label: candidate.label,
    kind: KIND[candidate.kind],
    detail: candidate.detail,
    filterText: candidate.filterText,
    labelDetails: candidate.description ? { description: candidate.description } : undefined,
    documentation: candidate.documentation ? { kind: MarkupKind.Markdown, value: candidate.documentation } : undefined,
    textEdit: { range, newText: candidate.insertText ?? candidate.label },
    // Keep the core's order; a choice that would close a cycle goes last, struck through.
    sortText: `${candidate.discouraged ? '1' : '0'}${String(index).padStart(5, '0')}`,
    tags: candidate.discouraged ? [CompletionItemTag.Deprecated] : undefined,
    ...(candidate.kind === 'template' ? TEMPLATE_FORMAT : {}),
  };
}

/** A template's tab stops and choices are live, and its later lines take the line's indentation. */
const TEMPLATE_FORMAT = { insertTextFormat: InsertTextFormat.Snippet, insertTextMode: InsertTextMode.adjustIndentation } as const;
