import { RequestType } from 'vscode-languageserver-protocol';

/** Custom messages between client and server, declared once for both sides. */

export interface PackSummaryParams {
  uri: string;
}

export interface PackSummary {
  errors: number;
  warnings: number;
  /** The most loaded team-quarter, if any work is planned. */
  peak?: { team: string; quarter: string; utilisation: number };
}

/** The figures the status bar shows for the active pack. */
export const packSummaryRequest = new RequestType<PackSummaryParams, PackSummary | null, void>('roadmapPacks/packSummary');

export interface ViewsParams {
  uri: string;
  views: ('gantt' | 'gates' | 'deps' | 'capacity' | 'board')[];
  groupBy?: 'quarter' | 'theme' | 'team';
  weekly?: boolean;
}

export interface ViewsResult {
  version: number;
  title: string;
  errors: number;
  views: { view: ViewsParams['views'][number]; diagrams: string[]; sourceMap: Record<string, string>; warnings: string[] }[];
}

/** The pack drawn as Mermaid, for the preview. */
export const viewsRequest = new RequestType<ViewsParams, ViewsResult | null, void>('roadmapPacks/views');

export interface LocateParams {
  uri: string;
  id: string;
}

/** Where an initiative, gate, risk or dependency is defined (click-to-source from the preview). */
export const locateRequest = new RequestType<LocateParams, { uri: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } } | null, void>('roadmapPacks/locate');
