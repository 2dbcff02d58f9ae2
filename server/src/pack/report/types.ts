/**
 * A report for stakeholders as data: sections of blocks, each block either
 * pack text (plain, escaped by the writer that prints it) or a Mermaid
 * diagram a view drew. The Markdown and HTML writers print the same blocks,
 * so both documents say the same, each in its own structure (tables as
 * tables, never Markdown shown as text in the HTML).
 */

/** Plain pack text: every writer escapes it for its own format. */
export type ReportBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'fields'; rows: readonly (readonly [string, string])[] }
  | { kind: 'list'; items: readonly string[] }
  | { kind: 'table'; head: readonly string[]; rows: readonly (readonly string[])[] }
  /** A heading under the section's. */
  | { kind: 'heading'; text: string }
  /** Items met or not: the quality gate's checks and criteria. */
  | { kind: 'checklist'; items: readonly { met: boolean; text: string }[] }
  /** Mermaid text from a view (pack text inside it went through views/escape.ts). */
  | { kind: 'diagram'; view: string; text: string };

export interface ReportSection {
  /** Stable anchor: `goals`, `gantt`…, for links and tests. */
  id: string;
  heading: string;
  blocks: ReportBlock[];
}

export interface Report {
  title: string;
  sections: ReportSection[];
}
