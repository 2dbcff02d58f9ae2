import type { PackResult } from '../checkPack';
import { buildReport, type ReportOptions } from './buildReport';
import { reportHtml, type HtmlAssets } from './html';
import { reportMarkdown } from './markdown';

export const REPORT_FORMATS = ['html', 'markdown'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The one entry both hosts call (the CLI's `report`, the server's Export Report request): the same document for the same pack. */
export function reportDocument(result: PackResult, format: ReportFormat, options: ReportOptions & { assets?: HtmlAssets }): string {
  const report = buildReport(result, options);
  if (format === 'markdown') return reportMarkdown(report);
  return reportHtml(report, options.assets ?? { script: '', nonce: '' });
}
