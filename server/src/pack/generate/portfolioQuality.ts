import type { PortfolioResult } from '../portfolio/checkPortfolios';
import { inContextResult } from '../portfolio/inContext';
import { countOrNo } from '../text/format';
import { qualityGate } from './qualityGate';
import type { QualityGate } from './qualityTypes';
import { mdLine } from './text';

/** One member's gate, scored from its check in the portfolio's context (its shared teams, its references across packs). */
export interface MemberQuality {
  /** Its include name. */
  name: string;
  path: string;
  uri: string;
  title: string;
  gate: QualityGate;
}

/** A portfolio's gate: each member's own, and the portfolio's errors (what only the sum shows, such as a shared team over capacity). */
export interface PortfolioQuality {
  /** "Ship" when every member ships and the portfolio's own file has no errors, else "Revise". */
  verdict: 'Ship' | 'Revise';
  verdictText: string;
  /** Errors in the portfolio's own file. */
  errors: number;
  members: MemberQuality[];
}

/**
 * The quality gate of a portfolio: a portfolio has no strategy of its own
 * to score (its members have), so each member is scored as `quality`
 * scores a pack, with the diagnostics it gets in the portfolio, and the
 * portfolio ships only when all of them do and its own file has no errors.
 */
export function portfolioQuality(portfolio: PortfolioResult): PortfolioQuality {
  const members = portfolio.members.map((file) => ({ name: file.name, path: file.path, uri: file.uri, title: file.result.model.title, gate: qualityGate(inContextResult(portfolio, file)) }));
  const errors = portfolio.portfolio.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  const revise = members.filter((member) => member.gate.verdict !== 'Ship').map((member) => member.name);
  const verdict = errors === 0 && revise.length === 0 ? 'Ship' : 'Revise';
  return { verdict, verdictText: verdictText(verdict, errors, revise), errors, members };
}

/** `Revise. The portfolio has 1 error; checkout is Revise.` */
function verdictText(verdict: 'Ship' | 'Revise', errors: number, revise: readonly string[]): string {
  if (verdict === 'Ship') return 'Ship. Every member pack ships and the portfolio has no errors.';
  const reasons = [...(errors > 0 ? [`the portfolio has ${countOrNo(errors, 'error')} (see roadmap-pack check)`] : []), ...(revise.length > 0 ? [`${revise.join(', ')} ${revise.length === 1 ? 'is' : 'are'} Revise`] : [])];
  return `Revise: ${reasons.join('; ')}.`;
}

/** The portfolio's gate as Markdown: a row per member (its verdict, its weak dimensions, its errors), then the verdict. Every text from a pack is escaped. */
export function portfolioQualityMarkdown(quality: PortfolioQuality, title: string): string {
  return [
    `# Quality Gate: ${mdLine(title)}`,
    '',
    'A portfolio: each member pack is scored on its own, in the portfolio’s context (`roadmap-pack quality <member>` shows its rubric). Ship when every member ships and the portfolio has no errors.',
    '',
    '## Members',
    '',
    '| Pack | Title | Verdict | Dimensions below 4 | Errors |',
    '|---|---|---|---|---|',
    ...quality.members.map(({ name, title: packTitle, gate }) => `| ${mdLine(name)} | ${mdLine(packTitle)} | ${gate.verdict} | ${gate.weak.length === 0 ? 'none' : gate.weak.join(', ')} | ${gate.checks.errors} |`),
    '',
    '## Portfolio',
    '',
    `- [${quality.errors === 0 ? 'x' : ' '}] No errors in the portfolio${quality.errors === 0 ? '' : `: ${countOrNo(quality.errors, 'error')} (the Problems view or \`roadmap-pack check\` lists them)`}.`,
    '',
    '## Verdict',
    '',
    `**Verdict:** ${mdLine(quality.verdictText)}`,
    '',
  ].join('\n');
}
