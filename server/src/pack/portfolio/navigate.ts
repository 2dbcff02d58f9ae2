/**
 * Navigation across a portfolio's files: which entity a cursor names (its
 * own pack's, or another's through a qualified id `name:id`), and every place
 * in every file that defines or names it. The host maps each pack's path to
 * its document; definition, references, rename and hover read these.
 */
import type { Entity, EntityKind } from '../model/types';
import { entityOccurrences } from '../navigate/occurrences';
import { symbolAt } from '../navigate/symbolAt';
import type { Path } from '../parse/nodeLoc';
import { locate } from '../parse/parsePack';
import type { Span } from '../text/lineIndex';
import type { PortfolioPack, PortfolioPacks } from './portfolioPacks';
import { qualify, splitQualified } from './qualified';

/** The entity a cursor names, with the pack that defines it; `span` is the id's own text at the cursor (after the colon of a qualified id). */
export interface PortfolioSymbol {
  pack: PortfolioPack;
  entity: Entity;
  span: Span;
}

/** A place in one of the portfolio's files that defines or names an entity; `span` covers the id's own text, so a rename replaces only that. */
export interface PortfolioOccurrence {
  pack: PortfolioPack;
  role: 'definition' | 'reference';
  span: Span;
}

/** The pack of the portfolio whose file is at `path`. */
export function packAt(packs: PortfolioPacks, path: string): PortfolioPack | undefined {
  return packs.all.find((pack) => pack.path === path);
}

/** The entity the id at `offset` in `pack` names: the pack's own, or a member's through a qualified id; undefined when it names none. */
export function portfolioSymbolAt(packs: PortfolioPacks, pack: PortfolioPack, offset: number): PortfolioSymbol | undefined {
  const symbol = symbolAt(pack.result.model, offset);
  if (symbol?.kind !== 'entity') return undefined;
  if (!splitQualified(symbol.id)) return symbol.entity && { pack, entity: symbol.entity, span: idSpan(pack, symbol.path, symbol.id) };
  const target = packs.entity(symbol.id);
  return target && { ...target, span: idSpan(pack, symbol.path, symbol.id) };
}

/**
 * Every place in the portfolio that defines or names the entity: its own
 * pack's definition and plain references, and the qualified references
 * (`name:id`) from every pack, its own included. The portfolio's own
 * entities have no include name: only its file names them.
 */
export function portfolioOccurrences(packs: PortfolioPacks, target: Pick<PortfolioSymbol, 'pack' | 'entity'>): PortfolioOccurrence[] {
  const { pack, entity } = target;
  const own = entityOccurrences(pack.result.model, entity.id).map((occurrence) => ({ pack, role: occurrence.role, span: idSpan(pack, occurrence.path, entity.id) }));
  if (pack.name === '') return own;
  const qualified = qualify(pack.name, entity.id);
  const elsewhere = packs.all.flatMap((each) => entityOccurrences(each.result.model, qualified).map((occurrence): PortfolioOccurrence => ({ pack: each, role: 'reference', span: idSpan(each, occurrence.path, qualified) })));
  return [...own, ...elsewhere];
}

/** An entity of another pack that `pack` may name, with the qualified id it would write. */
export interface QualifiedCandidate {
  id: string;
  entity: Entity;
  pack: PortfolioPack;
}

/** The entities of the kinds given in every member but `pack` itself, each as `pack` would name it (`name:id`), members in the order of `includes`. */
export function qualifiedCandidates(packs: PortfolioPacks, pack: PortfolioPack, kinds: ReadonlySet<EntityKind>): QualifiedCandidate[] {
  return packs.members
    .filter((member) => member.path !== pack.path)
    .flatMap((member) => [...member.result.model.byId.values()].filter((entity) => kinds.has(entity.kind)).map((entity) => ({ id: qualify(member.name, entity.id), entity, pack: member })));
}

/**
 * The span of the id's own text where `written` (the id, or `name:id`) stands
 * at `path`: past the include name and the colon, and inside any quotes, so
 * that a rename keeps both.
 */
function idSpan(pack: PortfolioPack, path: Path, written: string): Span {
  const span = locate(pack.result.parsed, path);
  const at = pack.result.parsed.text.slice(span.start, span.end).indexOf(written);
  if (at < 0) return span;
  const start = span.start + at + (splitQualified(written) ? written.indexOf(':') + 1 : 0);
  return { start, end: span.start + at + written.length };
}
