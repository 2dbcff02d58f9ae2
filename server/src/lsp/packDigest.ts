import { Range, SymbolKind } from 'vscode-languageserver';
import { OutlineKind, PackResult, outline } from '../pack';

export const SYMBOL_KIND: Record<OutlineKind, SymbolKind> = {
  section: SymbolKind.Namespace,
  initiative: SymbolKind.Module,
  milestone: SymbolKind.Event,
  gate: SymbolKind.Event,
  risk: SymbolKind.Constant,
  dependency: SymbolKind.Interface,
  goal: SymbolKind.Struct,
  tradeoff: SymbolKind.Key,
  team: SymbolKind.Class,
};

/** A symbol of the pack for workspace search: an initiative, gate, risk, dependency, goal, trade-off or team. */
export interface DigestSymbol {
  name: string;
  detail: string;
  kind: SymbolKind;
  /** Of its id, where the editor puts the cursor. */
  range: Range;
}

/**
 * What the server keeps of a closed pack whose full result it does not hold:
 * its title, its initiatives (briefs find their pack by them, and complete
 * them) and its symbols. A few bytes per entity, where a result holds many
 * times the text: so a workspace of any size costs its digests, and only a
 * bounded number of closed packs are kept whole (PackStore).
 */
export interface PackDigest {
  title: string;
  initiatives: { id: string; title: string; kind: string }[];
  symbols: DigestSymbol[];
}

export function digestOf(result: PackResult): PackDigest {
  const { model, lines } = result;
  return {
    title: model.title,
    initiatives: model.initiatives.map(({ id, title, kind }) => ({ id, title, kind })),
    symbols: outline(model).flatMap((section) => section.children.map((item) => ({ name: item.name, detail: item.detail, kind: SYMBOL_KIND[item.kind], range: lines.rangeOf(item.selection) }))),
  };
}
