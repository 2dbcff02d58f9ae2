import type { PackResult } from '../checkPack';
import type { PackDiagnostic } from '../diagnostic';
import { enclosingItem, nodeAt } from '../navigate/nodeAt';
import { locate } from '../parse/parsePack';
import type { FindingChange, PackDiff } from './types';

/** Longest stretch of source text a subject keeps: enough to tell findings apart, bounded on hostile input. */
const SUBJECT_TEXT = 120;

interface Keyed {
  diagnostic: PackDiagnostic;
  subject: string;
  exact: string;
}

/**
 * Findings new on the after side and resolved from the before side, matched
 * by code and subject, not by line: the subject is the entity the finding
 * stands in (its list and id) and the key path inside it, so a finding
 * that moved with its initiative, or whose figures changed ("98%" → "111%"),
 * is the same finding. Matched first with the same message, then by subject
 * alone, so of two findings on one subject the one that stayed is kept.
 */
export function findingChanges(before: PackResult | undefined, after: PackResult | undefined): PackDiff['findings'] {
  const old = keyed(before);
  const now = keyed(after);
  const unmatchedOld = new Set(old);
  const unmatchedNow = new Set(now);
  for (const key of ['exact', 'subject'] as const) pair(unmatchedOld, unmatchedNow, key);
  return {
    added: [...unmatchedNow].map(({ diagnostic }) => change(diagnostic, true)),
    resolved: [...unmatchedOld].map(({ diagnostic }) => change(diagnostic, false)),
  };
}

function keyed(result: PackResult | undefined): Keyed[] {
  if (!result) return [];
  return result.diagnostics.map((diagnostic) => {
    const subject = `${diagnostic.code}\n${subjectOf(result, diagnostic)}`;
    return { diagnostic, subject, exact: `${subject}\n${diagnostic.message}` };
  });
}

/** Removes from both sets the entries that share `key`, as many on each side as the other has. */
function pair(old: Set<Keyed>, now: Set<Keyed>, key: 'exact' | 'subject'): void {
  const waiting = new Map<string, Keyed[]>();
  for (const entry of old) (waiting.get(entry[key]) ?? waiting.set(entry[key], []).get(entry[key])!).push(entry);
  for (const entry of [...now]) {
    const match = waiting.get(entry[key])?.shift();
    if (!match) continue;
    old.delete(match);
    now.delete(entry);
  }
}

/** `initiatives/redis-cluster/when`, or the top-level key path and the text there for a finding outside any list item. */
export function subjectOf(result: PackResult, diagnostic: PackDiagnostic): string {
  const { parsed } = result;
  const offset = diagnostic.span.start;
  const item = enclosingItem(parsed, offset);
  const path = nodeAt(parsed, offset)?.path ?? [];
  if (item) {
    const idSpan = locate(parsed, [...item, 'id']);
    const id = parsed.text.slice(idSpan.start, Math.min(idSpan.end, idSpan.start + SUBJECT_TEXT));
    return [item[0], id, ...path.slice(2)].join('/');
  }
  const text = parsed.text.slice(diagnostic.span.start, Math.min(diagnostic.span.end, diagnostic.span.start + SUBJECT_TEXT));
  return `${path.join('/')}\n${text}`;
}

function change(diagnostic: PackDiagnostic, withPlace: boolean): FindingChange {
  const { code, message, severity } = diagnostic;
  if (!withPlace) return { code, message, severity };
  return { code, message, severity, line: diagnostic.range.start.line + 1, column: diagnostic.range.start.character + 1 };
}
