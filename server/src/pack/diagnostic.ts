import type { RuleCode } from './rules';
import { Range, Span } from './text/lineIndex';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A text edit: replace the span with new text (offsets into the checked document). */
export interface TextEdit {
  span: Span;
  newText: string;
}

/** A quick fix the checker already knows how to make, carried as data. */
export interface Fix {
  title: string;
  edits: TextEdit[];
  /** The fix most users want: an editor may apply it on "fix all". */
  preferred?: boolean;
}

export interface RelatedInfo {
  message: string;
  span: Span;
  /** Another document; absent for the checked document itself. */
  uri?: string;
}

/**
 * What the core reports, in offsets. `locate()` turns it into line/character
 * ranges for the CLI and the language server.
 */
export interface Finding {
  code: RuleCode;
  message: string;
  span: Span;
  related?: RelatedInfo[];
  fixes?: Fix[];
  /** Set only where a rule chooses a severity per finding (e.g. information vs warning). */
  severity?: Severity;
}

export interface PackDiagnostic {
  code: RuleCode;
  /** The rule's short name, e.g. `dependency-cycle`. */
  rule: string;
  severity: Severity;
  message: string;
  range: Range;
  span: Span;
  related: { message: string; range: Range; span: Span; uri?: string }[];
  fixes: Fix[];
  docs: string;
}

/**
 * Whether every place a finding names (its span, related places, fix edits)
 * lies in [start, end]: only such a finding moves with its piece when the
 * piece is reused at another offset. One placed outside (at its list's key,
 * when the item has no node to point at) stays where it is, so it is not.
 */
export function findingWithin(finding: Finding, start: number, end: number): boolean {
  const inside = (span: Span) => span.start >= start && span.end <= end;
  return inside(finding.span) && (finding.related ?? []).every((info) => inside(info.span)) && (finding.fixes ?? []).every((fix) => fix.edits.every((edit) => inside(edit.span)));
}

/**
 * A finding moved by `by` characters, with its related places and fixes:
 * findings of a piece of text that is reused where it now stands.
 */
export function shiftFinding(finding: Finding, by: number): Finding {
  if (by === 0) return finding;
  const move = (span: Span) => ({ start: span.start + by, end: span.end + by });
  return {
    ...finding,
    span: move(finding.span),
    related: finding.related?.map((info) => ({ ...info, span: move(info.span) })),
    fixes: finding.fixes?.map((fix) => ({ ...fix, edits: fix.edits.map((edit) => ({ ...edit, span: move(edit.span) })) })),
  };
}
