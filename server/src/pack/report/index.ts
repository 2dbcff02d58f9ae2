export { buildReport } from './buildReport';
export type { ReportOptions } from './buildReport';
export { reportMarkdown, mermaidFence } from './markdown';
export { reportHtml, reportCsp, escapeHtml } from './html';
export type { HtmlAssets } from './html';
export type { Report, ReportBlock, ReportSection } from './types';
export { REPORT_FORMATS, reportDocument } from './document';
export type { ReportFormat } from './document';
