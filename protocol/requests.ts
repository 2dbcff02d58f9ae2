/**
 * Every custom request between the extension (client/src) and the language
 * server (server/src/lsp), declared once for both ends, the way vscode-eslint
 * keeps `$shared/customMessages.ts`. Each has a literal method, named Params
 * and Result types, and says which side sends it. ARCHITECTURE.md lists them
 * under "Custom requests"; test/tidy/protocol.test.ts fails when the two disagree.
 *
 * Why `RequestType` values and not types alone: both ends need the method
 * string at runtime, and a `RequestType` binds it to its Params and Result in
 * one place, so neither end writes the method again and a mismatch does not
 * compile. The only runtime code here is `RequestType` from
 * vscode-languageserver-protocol, which both bundles already contain; the
 * webview never imports this file (test/tidy/protocol.test.ts checks that).
 * A `null` result means the server does not know the document.
 */
import { RequestType } from 'vscode-languageserver-protocol';
import type { Range, TextEdit } from 'vscode-languageserver-protocol';
import type { DrawnView, GanttGroupBy, ViewName } from './views';
import type { ScenarioChoice } from './webview';

/** Every request here names the pack it is about. */
export interface PackParams {
  uri: string;
}

export interface ViewsParams extends PackParams {
  views: ViewName[];
  groupBy?: GanttGroupBy;
  weekly?: boolean;
  /** Drill-down into one group of an aggregated view. */
  focus?: string;
  /**
   * The view `focus` was chosen in, the only one it narrows: each view has
   * groups of its own (the gates' quarters are when gates are decided, the
   * Gantt's when initiatives start), so a drill-down does not follow the
   * reader to another tab. Absent: every view that knows the group.
   */
  focusView?: ViewName;
  /** Draw the pack as this scenario of its `scenarios:` has it; absent, or an id the pack lacks: as written. */
  scenario?: string;
}

export interface ViewsResult {
  /** The document version drawn: the webview drops answers older than what it shows. */
  version: number;
  title: string;
  errors: number;
  views: DrawnView[];
  /** The revision the pack is being compared with, if it is: its Gantt then draws the old bars as ghosts. */
  comparedWith?: string;
  /** The pack's scenarios, in order (absent when it has none). */
  scenarios?: ScenarioChoice[];
  /** The scenario drawn, when the params named one the pack has. */
  scenario?: string;
  /** A portfolio (a pack with `includes`) drawn across its files: `errors` counts every file's, and the banner says so. */
  portfolio?: { files: number };
}

/** Client → server: the pack drawn as Mermaid, for the preview. */
export const viewsRequest = new RequestType<ViewsParams, ViewsResult | null, void>('roadmapPacks/views');

export interface LocateParams extends PackParams {
  id: string;
}

export interface LocateResult {
  uri: string;
  range: Range;
}

/** Client → server: where an initiative, gate, risk or dependency is defined, or a metric (`METRIC_PREFIX` + its path) written (click-to-source from the preview). */
export const locateRequest = new RequestType<LocateParams, LocateResult | null, void>('roadmapPacks/locate');

export interface NewBriefParams extends PackParams {
  initiative: string;
}

export interface NewBriefResult {
  /** Path of the brief relative to the pack (briefs/<id>.md). */
  relativePath: string;
  content: string;
  /** The edit that adds `brief:` to the initiative; null when it already names one. */
  packEdit: TextEdit | null;
}

/** Client → server: a new brief for an initiative, pre-filled from the pack. */
export const newBriefRequest = new RequestType<NewBriefParams, NewBriefResult | null, void>('roadmapPacks/newBrief');

export interface StatusUpdateParams extends PackParams {
  year: number;
  /** 1–12. */
  month: number;
}

/** Markdown. */
export type StatusUpdateResult = string;

/** Client → server: the seed's monthly status update for a calendar month, filled from the pack. */
export const statusUpdateRequest = new RequestType<StatusUpdateParams, StatusUpdateResult | null, void>('roadmapPacks/statusUpdate');

export type QualityGateParams = PackParams;

/** Markdown. */
export type QualityGateResult = string;

/** Client → server: the strategy quality gate (the seed's six-dimension rubric) as Markdown. */
export const qualityGateRequest = new RequestType<QualityGateParams, QualityGateResult | null, void>('roadmapPacks/qualityGate');

export interface ReportParams extends PackParams {
  format: 'html' | 'markdown';
}

/** The whole document: HTML with the renderer inlined, or Markdown. */
export type ReportResult = string;

/** Client → server: the stakeholder report (`roadmap-pack report`), for Export Report; the client writes it where the user chose. */
export const reportRequest = new RequestType<ReportParams, ReportResult | null, void>('roadmapPacks/report');

export type InitiativesParams = PackParams;

export interface InitiativeItem {
  id: string;
  title: string;
  /** Owner display names, comma-separated. */
  owner: string;
  brief?: string;
  /** Where its item is written in the pack, so a picker can start at the one under the cursor. */
  range?: Range;
}

export type InitiativesResult = InitiativeItem[];

/** Client → server: the initiatives of the pack, for pickers. */
export const initiativesRequest = new RequestType<InitiativesParams, InitiativesResult | null, void>('roadmapPacks/initiatives');

export type LevelParams = PackParams;

/** One move of the levelling, as the refactoring preview lists it. */
export interface LevelMoveItem {
  id: string;
  /** What the preview shows beside the move's checkbox: "Move redis-cluster 2026-Q4-W3..W8 → …: why". */
  label: string;
  /** Its `when` value and its milestones', nothing else. */
  edits: TextEdit[];
}

export interface LevelResult {
  /** The document version the edits are for. */
  version: number;
  moves: LevelMoveItem[];
  /** Work that cannot fit inside the horizon, with why: reported, not moved. */
  unplaced: string[];
}

/** Client → server: the levelling's moves (`roadmap-pack level`), for "Roadmap: Level the Schedule". */
export const levelRequest = new RequestType<LevelParams, LevelResult | null, void>('roadmapPacks/level');

export type ChecklistParams = PackParams;

/** One thing a criterion found missing, and where the pack writes it (null: written nowhere yet). */
export interface ChecklistItem {
  label: string;
  range: Range | null;
}

export interface ChecklistCriterion {
  rule: string;
  met: boolean;
  /** What the pack shows, in a few words: "6 of 7 signals with current and target". */
  summary: string;
  /** What it misses, the first MOST_CHECKLIST_ITEMS of them. */
  items: ChecklistItem[];
  /** How many more it misses than `items` holds. */
  more: number;
}

/** Items sent per criterion: a 10,000-initiative pack would send a megabyte on every edit otherwise. */
export const MOST_CHECKLIST_ITEMS = 100;

export interface ChecklistDimension {
  name: string;
  /** 1..5: 1 plus the criteria met. */
  score: number;
  criteria: ChecklistCriterion[];
}

/** A member pack of a portfolio, as the portfolio's gate scores it (in the portfolio's context). */
export interface ChecklistMember {
  /** Its include name. */
  name: string;
  title: string;
  uri: string;
  verdict: 'Ship' | 'Revise';
  /** The dimensions it scores below 4 on. */
  weak: string[];
  errors: number;
}

export interface ChecklistResult {
  /** The document version scored. */
  version: number;
  title: string;
  verdict: 'Ship' | 'Revise';
  verdictText: string;
  /** What the checks found before any score: errors stop a Ship. */
  checks: { errors: number; cycles: number; unresolved: number; weeklyOverloads: number };
  /** Empty for a portfolio, which is scored by its members. */
  dimensions: ChecklistDimension[];
  /** A portfolio's member packs, each with its verdict: the portfolio ships when all do and it has no error. */
  members?: ChecklistMember[];
  /** The most loaded team-quarter, for the status bar beside the verdict. */
  peak?: { team: string; quarter: string; utilisation: number };
}

/** Client → server: the quality gate as data, for the Roadmap Checklist view and the status bar. */
export const checklistRequest = new RequestType<ChecklistParams, ChecklistResult | null, void>('roadmapPacks/checklist');

export interface CompareParams extends PackParams {
  /** The pack's text at `ref`; null when the revision has no such file (the pack was added since). */
  baseText: string | null;
  /** The revision as the reader chose it ("HEAD", "main", a short hash): said back in the report, the lenses and the preview. */
  ref: string;
  /**
   * The pack's path as the report heads it: the client sends it relative to
   * its workspace folder, so the report is the one `roadmap-pack diff --base
   * REF PATH` prints there. Absent: the file's name.
   */
  path?: string;
}

export interface CompareResult {
  /** The diff report (the one `roadmap-pack diff --format markdown` writes), with its baseline Gantt. */
  markdown: string;
}

/** Client → server: compare the pack with its text at a revision. The server
 * keeps that baseline for the pack until `roadmapPacks/clearComparison`: the
 * preview's Gantt draws the old bars as ghosts and moved initiatives get a
 * code lens ("slipped 3 w since HEAD"), both following later edits. */
export const compareRequest = new RequestType<CompareParams, CompareResult | null, void>('roadmapPacks/compare');

export type ClearComparisonParams = PackParams;

/** Whether a comparison was dropped. */
export type ClearComparisonResult = boolean;

/** Client → server: forget the pack's comparison; the preview and the lenses show the plan alone again. */
export const clearComparisonRequest = new RequestType<ClearComparisonParams, ClearComparisonResult | null, void>('roadmapPacks/clearComparison');

/** A closed file's text as the web extension read it (`vscode.workspace.fs`). */
export interface ClosedFile {
  uri: string;
  text: string;
}

export interface ClosedFilesParams {
  /** Packs and Markdown files read or read again (created, changed on disk, closed in the editor). */
  files: ClosedFile[];
  /** Files deleted. */
  deleted: string[];
}

export interface ClosedFilesResult {
  /** How many of `files` the server keeps: packs, and Markdown that is a brief or holds a roadmap block. */
  kept: number;
}

/** Client → server: the workspace's closed packs and Markdown, sent by VS Code for the Web only (a web worker server has no disk to scan); open files are the editor's and left as they are. */
export const closedFilesRequest = new RequestType<ClosedFilesParams, ClosedFilesResult, void>('roadmapPacks/closedFiles');

