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

export interface QualityGate {
  dimensions: Dimension[];
  /** "Ship" when no dimension is below 4, else "Revise". */
  verdict: 'Ship' | 'Revise';
  /** The dimensions below 4, by name. */
  weak: DimensionName[];
  /** One sentence in the seed's words: "Ship. No dimension below 4; all dimensions at 5." */
  verdictText: string;
}

/** A criterion over a list: met when the list is not empty and every item passes. */
export function everyCriterion(rule: string, noun: string, items: readonly { name: string; gaps: string[] }[]): Criterion {
  const present = items.filter((item) => item.gaps.length === 0).map((item) => item.name);
  const missing = items.filter((item) => item.gaps.length > 0).map((item) => `${item.name} (${item.gaps.join(', ')})`);
  const summary = items.length === 0 ? `no ${noun}` : `${present.length} of ${items.length} ${noun}`;
  return { rule, met: items.length > 0 && missing.length === 0, summary, present, missing };
}

/** A yes/no criterion. */
export function checkCriterion(rule: string, met: boolean, summary: string, present: string[] = [], missing: string[] = []): Criterion {
  return { rule, met, summary, present, missing };
}

/** "no owner" when the value is missing or blank. */
export function gap(value: unknown, what: string): string[] {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '') ? [what] : [];
}
