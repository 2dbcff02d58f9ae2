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
  /** Drill-down into one group of an aggregated view. */
  focus?: string;
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

export interface NewBriefParams {
  uri: string;
  initiative: string;
}

export interface NewBriefResult {
  /** Path of the brief relative to the pack (briefs/<id>.md). */
  relativePath: string;
  content: string;
  /** The edit that adds `brief:` to the initiative; null when it already names one. */
  packEdit: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string } | null;
}

/** A new brief for an initiative, pre-filled from the pack. */
export const newBriefRequest = new RequestType<NewBriefParams, NewBriefResult | null, void>('roadmapPacks/newBrief');

/** The seed's monthly status update for a calendar month, filled from the pack. */
export const statusUpdateRequest = new RequestType<{ uri: string; year: number; month: number }, string | null, void>('roadmapPacks/statusUpdate');

/** The strategy quality gate (the seed's six-dimension rubric) as Markdown. */
export const qualityGateRequest = new RequestType<{ uri: string }, string | null, void>('roadmapPacks/qualityGate');

/** Initiatives of the pack, for pickers. */
export const initiativesRequest = new RequestType<{ uri: string }, { id: string; title: string; owner: string; brief?: string }[] | null, void>('roadmapPacks/initiatives');
