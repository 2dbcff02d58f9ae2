import { DocumentSymbol, SymbolInformation, SymbolKind } from 'vscode-languageserver';
import { OutlineItem, OutlineKind, outline } from '../../pack';
import type { PackEntry } from '../packStore';

const KIND: Record<OutlineKind, SymbolKind> = {
  section: SymbolKind.Namespace,
  initiative: SymbolKind.Module,
  milestone: SymbolKind.Event,
  gate: SymbolKind.Event,
  risk: SymbolKind.Constant,
  dependency: SymbolKind.Interface,
  team: SymbolKind.Class,
};

export function documentSymbols(entry: PackEntry): DocumentSymbol[] {
  return outline(entry.result.model).map((item) => toSymbol(entry, item));
}

function toSymbol(entry: PackEntry, item: OutlineItem): DocumentSymbol {
  const { lines } = entry.result;
  return {
    name: item.name,
    detail: item.detail,
    kind: KIND[item.kind],
    range: lines.rangeOf(item.span),
    selectionRange: lines.rangeOf(item.selection),
    children: item.children.map((child) => toSymbol(entry, child)),
  };
}

/** Initiatives, gates, risks, dependencies and teams of every known pack matching the query. */
export function workspaceSymbols(entries: PackEntry[], query: string): SymbolInformation[] {
  const needle = query.toLowerCase();
  const found: SymbolInformation[] = [];
  for (const entry of entries) {
    for (const section of outline(entry.result.model)) {
      for (const item of section.children) {
        if (needle && !`${item.name} ${item.detail}`.toLowerCase().includes(needle)) continue;
        found.push({ name: item.name, kind: KIND[item.kind], containerName: entry.result.model.title, location: { uri: entry.uri, range: entry.result.lines.rangeOf(item.selection) } });
      }
    }
  }
  return found;
}
