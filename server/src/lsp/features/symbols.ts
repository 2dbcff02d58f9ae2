import { DocumentSymbol, SymbolInformation } from 'vscode-languageserver';
import { OutlineItem, outline } from '../../pack';
import { SYMBOL_KIND } from '../packDigest';
import type { PackEntry } from '../packStore';

export function documentSymbols(entry: PackEntry): DocumentSymbol[] {
  return outline(entry.result.model).map((item) => toSymbol(entry, item));
}

function toSymbol(entry: PackEntry, item: OutlineItem): DocumentSymbol {
  const { lines } = entry.result;
  return {
    name: item.name,
    detail: item.detail,
    kind: SYMBOL_KIND[item.kind],
    range: lines.rangeOf(item.span),
    selectionRange: lines.rangeOf(item.selection),
    children: item.children.map((child) => toSymbol(entry, child)),
  };
}

/**
 * More than a picker can show; VS Code asks again as the query grows, so the
 * first this many matches are enough, and the answer stays small in a
 * workspace of test corpora.
 */
export const MAX_WORKSPACE_SYMBOLS = 1000;

/**
 * Initiatives, gates, risks, dependencies and teams of the known packs
 * matching the query (open packs first), from each pack's digest: a search of
 * the workspace never loads a closed pack's full result.
 */
export function workspaceSymbols(entries: PackEntry[], query: string): SymbolInformation[] {
  const needle = query.toLowerCase();
  const found: SymbolInformation[] = [];
  for (const entry of [...entries.filter((e) => e.open), ...entries.filter((e) => !e.open)]) {
    const { title, symbols } = entry.digest;
    for (const symbol of symbols) {
      if (needle && !`${symbol.name} ${symbol.detail}`.toLowerCase().includes(needle)) continue;
      if (found.length === MAX_WORKSPACE_SYMBOLS) return found;
      found.push({ name: symbol.name, kind: symbol.kind, containerName: title, location: { uri: entry.uri, range: symbol.range } });
    }
  }
  return found;
}
