/**
 * Definition, references, rename, hover and completion across a portfolio's
 * files (server/src/pack/portfolio/navigate.ts and sharedTeams.ts), over the portfolio's last
 * check for the pack's current text (Workspace.inPortfolio). Each returns
 * undefined where the cursor names nothing the portfolio resolves, and the
 * handler falls back to the pack's own feature.
 */
import { ErrorCodes, Location, Position, Range, ResponseError, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { ID_PATTERN, TeamIndex, entityCard, locate, packAt, portfolioOccurrences, portfolioSymbolAt, qualifiedCandidates, sharedLoadOf, sharedTeamAt, sharedTeamOccurrences, teamCardOf } from '../../pack';
import type { EntityKind, OtherPacks, PortfolioOccurrence, PortfolioPack, PortfolioSymbol, SharedTeamSymbol } from '../../pack';
import type { InPortfolio } from '../portfolios';

/** What the cursor names across the portfolio: an entity of some pack, or one of the portfolio's teams. */
export type PortfolioTarget = { kind: 'entity'; symbol: PortfolioSymbol } | { kind: 'team'; symbol: SharedTeamSymbol };

/** The target at the position, with the pack the cursor is in and the URI of each of the portfolio's files. */
export interface PortfolioCursor {
  target: PortfolioTarget;
  here: PortfolioPack;
  context: InPortfolio;
  uriOf(pack: PortfolioPack): string;
}

export function portfolioCursor(context: InPortfolio | undefined, position: Position): PortfolioCursor | undefined {
  const here = context && packAt(context.portfolio.packs, context.file.path);
  if (!context || !here) return undefined;
  const { packs } = context.portfolio;
  const offset = here.result.lines.offsetAt(position);
  const entity = portfolioSymbolAt(packs, here, offset);
  const team = entity ? undefined : sharedTeamAt(packs, here, offset);
  const target: PortfolioTarget | undefined = entity ? { kind: 'entity', symbol: entity } : team && { kind: 'team', symbol: team };
  if (!target) return undefined;
  const uris = new Map([context.portfolio.portfolio, ...context.portfolio.members].map((file) => [file.path, file.uri]));
  return { target, here, context, uriOf: (pack) => uris.get(pack.path) ?? pack.path };
}

export function portfolioDefinition(cursor: PortfolioCursor): Location {
  const { target } = cursor;
  const pack = target.kind === 'entity' ? target.symbol.pack : cursor.context.portfolio.packs.portfolio;
  const path = target.kind === 'entity' ? target.symbol.entity.path : target.symbol.team.path;
  return locationIn(cursor, pack, locate(pack.result.parsed, [...path, 'id']));
}

export function portfolioReferences(cursor: PortfolioCursor, includeDeclaration: boolean): Location[] {
  return occurrencesOf(cursor)
    .filter((occurrence) => includeDeclaration || occurrence.role === 'reference')
    .map((occurrence) => locationIn(cursor, occurrence.pack, occurrence.span));
}

/** The text at the cursor (an entity's id past its include name), and the id as it is defined. */
export function portfolioPrepareRename(cursor: PortfolioCursor): { range: Range; placeholder: string } {
  const { target } = cursor;
  return { range: cursor.here.result.lines.rangeOf(target.symbol.span), placeholder: target.kind === 'entity' ? target.symbol.entity.id : target.symbol.team.id };
}

/**
 * Renames the entity or the team in every file of the portfolio: an entity in
 * its pack and in every qualified reference to it, a team where it is defined
 * and every owner written as its id. Refuses a name already in use there.
 */
export function portfolioRename(cursor: PortfolioCursor, newName: string): WorkspaceEdit {
  if (!ID_PATTERN.test(newName)) throw new ResponseError(ErrorCodes.InvalidParams, `\`${newName}\` is not a valid id: use letters, digits, \`.\`, \`_\` and \`-\`.`);
  const taken = takenBy(cursor, newName);
  if (taken) throw new ResponseError(ErrorCodes.InvalidParams, `\`${newName}\` is already used in ${taken}; pick another name.`);
  const changes: Record<string, TextEdit[]> = {};
  const occurrences = cursor.target.kind === 'entity' ? occurrencesOf(cursor) : sharedTeamOccurrences(cursor.context.portfolio.packs, cursor.target.symbol.team, true);
  for (const occurrence of occurrences) (changes[cursor.uriOf(occurrence.pack)] ??= []).push(TextEdit.replace(occurrence.pack.result.lines.rangeOf(occurrence.span), newName));
  return { changes };
}

/** Where the new name is taken, in words: the entity's pack, or for a team the portfolio or a member whose own team would take its owners. */
function takenBy(cursor: PortfolioCursor, newName: string): string | undefined {
  const { target } = cursor;
  if (target.kind === 'entity') return target.symbol.pack.result.model.byId.has(newName) ? packWords(target.symbol.pack) : undefined;
  const { packs } = cursor.context.portfolio;
  return packs.all.filter((pack) => TeamIndex.of(pack.result.model).find(newName)).map(packWords)[0];
}

/**
 * The card of what the cursor names when its own pack cannot tell: an entity
 * of another pack under that pack's name, a shared team with its load summed
 * over every pack. Undefined for the pack's own entity (its own hover has it).
 */
export function portfolioHover(cursor: PortfolioCursor): string | undefined {
  const { target } = cursor;
  if (target.kind === 'team') {
    const shared = sharedLoadOf(cursor.context.portfolio.capacity.teams, target.symbol.team);
    return `*Shared by the portfolio: its load summed over every pack*  \n${teamCardOf(target.symbol.team, shared?.quarters ?? [])}`;
  }
  const { pack, entity } = target.symbol;
  if (pack === cursor.here) return undefined;
  return `*Defined in ${packWords(pack)}*  \n${entityCard(pack.result.analysis, entity)}`;
}

/** The entity's id, for the briefs of its own pack; undefined for a team. */
export function targetEntity(cursor: PortfolioCursor): { uri: string; id: string } | undefined {
  const { target } = cursor;
  return target.kind === 'entity' ? { uri: cursor.uriOf(target.symbol.pack), id: target.symbol.entity.id } : undefined;
}

function occurrencesOf(cursor: PortfolioCursor): PortfolioOccurrence[] {
  const { target } = cursor;
  const { packs } = cursor.context.portfolio;
  return target.kind === 'entity' ? portfolioOccurrences(packs, target.symbol) : sharedTeamOccurrences(packs, target.symbol.team);
}

function packWords(pack: PortfolioPack): string {
  return pack.name === '' ? 'the portfolio' : `the pack \`${pack.name}\``;
}

/** The other packs of the portfolio, for completion's qualified ids. */
export function otherPacks(context: InPortfolio | undefined): OtherPacks | undefined {
  const here = context && packAt(context.portfolio.packs, context.file.path);
  if (!context || !here) return undefined;
  return { entities: (kinds) => qualifiedCandidates(context.portfolio.packs, here, kinds as ReadonlySet<EntityKind>).map(({ id, entity, pack }) => ({ id, entity, packName: pack.name })) };
}

function locationIn(cursor: PortfolioCursor, pack: PortfolioPack, span: { start: number; end: number }): Location {
  return Location.create(cursor.uriOf(pack), pack.result.lines.rangeOf(span));
}
