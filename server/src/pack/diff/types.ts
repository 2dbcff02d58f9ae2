/**
 * What a change to a plan does, pack by pack: the contract between the diff
 * engine (`diffPacks`), the CLI's text, Markdown and JSON reports and the
 * editor's comparison view. The JSON report is this object as it stands
 * (`../shared/pack-format.md`, "Plan diff"); keys beyond the format's list
 * are additions, recorded in docs/format.md.
 */

/** A value on each side of the change. */
export interface BeforeAfter<T> {
  before: T;
  after: T;
}

export type ChangeKind = 'added' | 'removed' | 'changed';

export interface InitiativeChange {
  id: string;
  /** The title on the new side (the old side's for a removed initiative). */
  title: string;
  change: ChangeKind;
  /** Start moved by this many weeks; positive is later ("slips"), negative earlier ("pulled in"). */
  startWeeks?: number;
  /** End moved by this many weeks, signed as `startWeeks`. */
  endWeeks?: number;
  /** Addition: the span as written where one side has none (`none` there): scheduled or unscheduled, which no week count says. */
  when?: BeforeAfter<string>;
  /** Addition: the title, where it changed. */
  retitled?: BeforeAfter<string>;
  /** Effort as written (a number of engineer-weeks, or a range's text). */
  effort?: BeforeAfter<string>;
  status?: BeforeAfter<string>;
  owner?: BeforeAfter<string[]>;
  /** Dependency edges (`depends_on` ids) added and removed. */
  dependsOn?: { added: string[]; removed: string[] };
  /** 1-based line of the initiative's id on the side that has it (the new side unless removed). */
  line?: number;
}

export interface GateChange {
  id: string;
  change: ChangeKind;
  /** The gate's week moved by this many weeks, signed as `InitiativeChange.startWeeks`. */
  weeks?: number;
  /** Addition: the gate's week as written where one side has none (`none` there). */
  at?: BeforeAfter<string>;
  status?: BeforeAfter<string>;
  line?: number;
}

/** Utilisation of one team in one quarter, in percent (0–100+), where it moved by at least 1 point. */
export interface CapacityChange {
  /** The team's id. */
  team: string;
  /** The team's display name (addition: for headlines such as "Infra Squad's 2026-Q4 rises 98% → 111%"). */
  teamName: string;
  quarter: string;
  before: number;
  after: number;
}

export interface FindingChange {
  code: string;
  message: string;
  severity: 'error' | 'warning' | 'information' | 'hint';
  /** 1-based line on the side that has the finding; absent for resolved findings. */
  line?: number;
  /** 1-based column where `line` is (addition: with it a report line reads `path:line:col`). */
  column?: number;
}

/** A brief's sections added and removed, by heading. */
export interface BriefChange {
  path: string;
  change: ChangeKind;
  sectionsAdded: string[];
  sectionsRemoved: string[];
}

export interface PackDiff {
  path: string;
  /** `added` or `removed` when the pack exists on one side only (`diff --base`). */
  change: ChangeKind;
  initiatives: InitiativeChange[];
  gates: GateChange[];
  capacity: CapacityChange[];
  findings: { added: FindingChange[]; resolved: FindingChange[] };
  /** Present only when the critical path changed: ids in order. */
  criticalPath?: BeforeAfter<string[]>;
  briefs?: BriefChange[];
}

export interface PlanDiff {
  packs: PackDiff[];
}
