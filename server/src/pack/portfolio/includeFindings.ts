import { dirname, relative } from '../briefs/posixPath';
import type { Finding } from '../diagnostic';
import type { Include } from './includes';
import { isPortfolioText } from './includes';
import type { SourceFile } from './types';

/** The include that first claimed a pack, in which portfolio. */
export interface Claim {
  portfolio: SourceFile;
  include: Include;
}

/**
 * Why an include is not used, or undefined when it is: it names the
 * portfolio itself or another portfolio (RP903), a pack an earlier entry or
 * portfolio already includes (RP902), or a file the host could not read (RP901).
 */
export function unusedInclude(portfolio: SourceFile, include: Include, member: SourceFile | undefined, claim: Claim | undefined): Finding | undefined {
  const at = `\`${include.name}: ${include.written}\``;
  if (include.path === portfolio.path) return { code: 'RP903', message: `${at} includes this portfolio itself; a portfolio includes packs, not portfolios.`, span: include.span };
  if (claim) return includedTwice(portfolio, include, claim);
  if (!member) return { code: 'RP901', message: `${at}: there is no pack at that path, or it cannot be read (paths are relative to the portfolio's folder).`, span: include.span };
  if (isPortfolioText(member.text)) return { code: 'RP903', message: `${at} is a portfolio itself (it has \`includes\`): portfolios do not nest, so its packs are not part of this one. Include its packs here, or check it on its own.`, span: include.span };
  return undefined;
}

function includedTwice(portfolio: SourceFile, include: Include, { portfolio: first, include: earlier }: Claim): Finding {
  const same = first.path === portfolio.path;
  const where = same ? `this portfolio already includes it as \`${earlier.name}\`` : `the portfolio \`${relative(dirname(portfolio.path), first.path)}\` already includes it as \`${earlier.name}\``;
  return {
    code: 'RP902',
    message: `\`${include.written}\` is included twice: ${where}. A pack belongs to one portfolio, so this entry is not used.`,
    span: include.span,
    related: [{ message: `\`${earlier.name}: ${earlier.written}\` includes it first`, span: earlier.span, ...(same ? {} : { uri: first.uri }) }],
  };
}
