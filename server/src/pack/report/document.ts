import type { PackResult } from '../checkPack';
import type { PortfolioResult } from '../portfolio/checkPortfolios';
import { buildReport, type ReportOptions } from './buildReport';
import { buildPortfolioReport } from './portfolioReport';
import { reportHtml, type HtmlAssets } from './html';
import { reportMarkdown } from './markdown';

export const REPORT_FORMATS = ['html', 'markdown'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/**
 * The one entry both hosts call (the CLI's `report`, the server's Export
 * Report request): the same document for the same pack. A portfolio's file
 * is reported across its packs (portfolioReport.ts).
 */
export function reportDocument(subject: PackResult | PortfolioResult, format: ReportFormat, options: ReportOptions & { assets?: HtmlAssets }): string {
  const report = 'packs' in subject ? buildPortfolioReport(subject, options) : buildReport(subject, options);
  if (format === 'markdown') return reportMarkdown(report);
  return reportHtml(report, options.assets ?? { script: '', nonce: '' });
}
