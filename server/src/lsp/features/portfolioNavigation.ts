/**
 * Definition, references, rename, hover and completion across a portfolio's
 * files (server/src/pack/portfolio/navigate.ts), over the portfolio's last
 * check for the pack's current text (Workspace.inPortfolio). Each returns
 * undefined where the cursor names nothing the portfolio resolves, and the
 * handler falls back to the pack's own feature.
 */
import { ErrorCodes, Location, Position, Range, ResponseError, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { ID_PATTERN, entityCard, locate, packAt, portfolioOccurrences, portfolioSymbolAt, qualifiedCandidates, type EntityKind, type OtherPacks, type PortfolioPack, type PortfolioSymbol } from '../../pack';
import type { InPortfolio } from '../portfolios';

/** The entity at the position, resolved across the portfolio, with the URI of each of its files. */
export interface PortfolioCursor {
  symbol: PortfolioSymbol;
  /** The pack the cursor is in. */
  here: PortfolioPack;
  uriOf(pack: PortfolioPack): string;
}

export function portfolioCursor(context: InPortfolio | undefined, position: Position): PortfolioCursor | undefined {
  const here = context && packAt(context.portfolio.packs, context.file.path);
  if (!context || !here) return undefined;
  const symbol = portfolioSymbolAt(context.portfolio.packs, here, here.result.lines.offsetAt(position));
  if (!symbol) return undefined;
  const uris = new Map([context.portfolio.portfolio, ...context.portfolio.members].map((file) => [file.path, file.uri]));
  return { symbol, here, uriOf: (pack) => uris.get(pack.path) ?? pack.path };
}

export function portfolioDefinition(cursor: PortfolioCursor): Location {
  const { pack, entity } = cursor.symbol;
  return locationIn(cursor, pack, pack.result.lines.rangeOf(locate(pack.result.parsed, [...entity.path, 'id'])));
}

export function portfolioReferences(cursor: PortfolioCursor, context: InPortfolio, includeDeclaration: boolean): Location[] {
  return portfolioOccurrences(context.portfolio.packs, cursor.symbol)
    .filter((occurrence) => includeDeclaration || occurrence.role === 'reference')
    .map((occurrence) => locationIn(cursor, occurrence.pack, occurrence.pack.result.lines.rangeOf(occurrence.span)));
}

/** The id's own text at the cursor (after the include name), and the id as its pack defines it. */
export function portfolioPrepareRename(cursor: PortfolioCursor): { range: Range; placeholder: string } {
  return { range: cursor.here.result.lines.rangeOf(cursor.symbol.span), placeholder: cursor.symbol.entity.id };
}

/** Renames the entity in its pack and in every qualified reference to it, in every file of the portfolio; refuses a name its pack already uses. */
export function portfolioRename(cursor: PortfolioCursor, context: InPortfolio, newName: string): WorkspaceEdit {
  const { pack } = cursor.symbol;
  if (!ID_PATTERN.test(newName)) throw new ResponseError(ErrorCodes.InvalidParams, `\`${newName}\` is not a valid id: use letters, digits, \`.\`, \`_\` and \`-\`.`);
  if (pack.result.model.byId.has(newName)) throw new ResponseError(ErrorCodes.InvalidParams, `\`${newName}\` is already used in ${pack.name === '' ? 'the portfolio' : `the pack \`${pack.name}\``}; pick another name.`);
  const changes: Record<string, TextEdit[]> = {};
  for (const occurrence of portfolioOccurrences(context.portfolio.packs, cursor.symbol)) {
    (changes[cursor.uriOf(occurrence.pack)] ??= []).push(TextEdit.replace(occurrence.pack.result.lines.rangeOf(occurrence.span), newName));
  }
  return { changes };
}

/** The card of an entity of another pack, under the name of the pack that defines it; undefined for the pack's own (its own hover has it). */
export function portfolioHover(cursor: PortfolioCursor): string | undefined {
  const { pack, entity } = cursor.symbol;
  if (pack === cursor.here) return undefined;
  const from = pack.name === '' ? 'the portfolio' : `the pack \`${pack.name}\``;
  return `*Defined in ${from}*  \n${entityCard(pack.result.analysis, entity)}`;
}

/** The other packs of the portfolio, for completion's qualified ids. */
export function otherPacks(context: InPortfolio | undefined): OtherPacks | undefined {
  const here = context && packAt(context.portfolio.packs, context.file.path);
  if (!context || !here) return undefined;
  return { entities: (kinds) => qualifiedCandidates(context.portfolio.packs, here, kinds as ReadonlySet<EntityKind>).map(({ id, entity, pack }) => ({ id, entity, packName: pack.name })) };
}

function locationIn(cursor: PortfolioCursor, pack: PortfolioPack, range: Range): Location {
  return Location.create(cursor.uriOf(pack), range);
}
