/**
 * Portfolios: a pack with `includes` (docs/format.md, "Portfolios"). The
 * host reads the portfolio, asks portfolioIncludes which files to read, reads
 * them, and passes every portfolio it knows to checkPortfolios.
 */
export { checkPortfolios } from './checkPortfolios';
export type { PortfolioResult } from './checkPortfolios';
export { isPortfolioText, portfolioIncludes, portfolioSource, includesOf, joinRelative } from './includes';
export type { Include } from './includes';
export type { MemberContext } from './memberContext';
export { packAt, portfolioOccurrences, portfolioSymbolAt, qualifiedCandidates } from './navigate';
export type { PortfolioOccurrence, PortfolioSymbol, QualifiedCandidate } from './navigate';
export { sharedLoadOf, sharedTeamAt, sharedTeamOccurrences } from './sharedTeams';
export { portfolioHeadline } from './headline';
export { asPortfolio, inContextResult } from './inContext';
export type { FileInPortfolio } from './inContext';
export type { SharedTeamSymbol } from './sharedTeams';
export { PortfolioPacks } from './portfolioPacks';
export type { PortfolioPack, QualifiedEntity } from './portfolioPacks';
export { isQualified, qualify, splitQualified } from './qualified';
export type { QualifiedId } from './qualified';
export type { Contributor, SharedCapacity, SharedTeam } from './sharedCapacity';
export { MemberResults } from './types';
export type { CheckedFile, PortfolioHost, PortfolioSource, SourceFile } from './types';
