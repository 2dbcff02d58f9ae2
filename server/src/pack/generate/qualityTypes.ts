import type { Path } from '../parse/nodeLoc';

/** The six dimensions of the seed's "Rubric Self-Score", in its order. */
export const QUALITY_DIMENSIONS = [
  'Diagnosis quality',
  'Guiding policy coherence',
  'Actionability of coherent actions',
  'Alignment and stakeholder usefulness',
  'Feasibility and trade-offs',
  'Measurability and risk management',
] as const;

export type DimensionName = (typeof QUALITY_DIMENSIONS)[number];

/** One documented criterion of a dimension, met or not, with the evidence from the pack. */
export interface Criterion {
  /** The criterion as documented, e.g. "Every evidence signal has a current value and a target (not TBD)". */
  rule: string;
  met: boolean;
  /** What the pack shows, in a few words: "6 of 7 signals". Pack text is not escaped here. */
  summary: string;
  /** What meets the criterion, by id or name. */
  present: string[];
  /** What falls short, by id or name, with the reason where there is one. */
  missing: string[];
  /** Where each of `missing` is written in the pack (same order), or null where it is written nowhere. */
  missingAt: (Path | null)[];
}

export interface Dimension {
  name: DimensionName;
  /** 1 + the number of criteria met: four criteria, so 1..5. */
  score: number;
  /** The criteria's summaries, for the rubric table. */
  rationale: string;
  criteria: Criterion[];
  /** Facts worth reading beside the score that no criterion scores. */
  notes: string[];
}

/** What the pack's checks found that the gate weighs before any score: errors stop a Ship. */
export interface GateChecks {
  /** Diagnostics of severity error, every rule. */
  errors: number;
  /** Dependency cycles, each knot of ids counted once (its edges each earn an RP301). */
  cycles: number;
  /** References (`depends_on`, `after`, `affects`) to an id nothing defines. */
  unresolved: number;
  /** Runs of weeks in which a team has more work than people (RP503). */
  weeklyOverloads: number;
}

export interface QualityGate {
  dimensions: Dimension[];
  checks: GateChecks;
  /** "Ship" when the pack has no errors and no dimension is below 4, else "Revise". */
  verdict: 'Ship' | 'Revise';
  /** The dimensions below 4, by name. */
  weak: DimensionName[];
  /** One sentence in the seed's words: "Ship. No dimension below 4; all dimensions at 5." */
  verdictText: string;
}

/** One thing a list criterion looks at: its name, what it lacks, and where it is written. */
export interface Checked {
  name: string;
  gaps: string[];
  path?: Path;
}

/** A criterion over a list: met when the list is not empty and every item passes. */
export function everyCriterion(rule: string, noun: string, items: readonly Checked[]): Criterion {
  const present = items.filter((item) => item.gaps.length === 0).map((item) => item.name);
  const short = items.filter((item) => item.gaps.length > 0);
  const missing = short.map((item) => `${item.name} (${item.gaps.join(', ')})`);
  const summary = items.length === 0 ? `no ${noun}` : `${present.length} of ${items.length} ${noun}`;
  return { rule, met: items.length > 0 && missing.length === 0, summary, present, missing, missingAt: short.map((item) => item.path ?? null) };
}

/** A yes/no criterion; `missingAt` says where each missing thing is written, when it is. */
export function checkCriterion(rule: string, met: boolean, summary: string, present: string[] = [], missing: string[] = [], missingAt: (Path | null)[] = []): Criterion {
  return { rule, met, summary, present, missing, missingAt: missing.map((_, index) => missingAt[index] ?? null) };
}

/** "no owner" when the value is missing or blank. */
export function gap(value: unknown, what: string): string[] {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '') ? [what] : [];
}
