import { readFileSync } from 'node:fs';
import { checkBrief, checkPack } from '../../server/src/pack';
import type { BriefContext, PackDiagnostic, PackResult, TextEdit } from '../../server/src/pack';
import { repoPath } from '../helpers/repoRoot';

/** A file of test/fixtures/briefs. */
export function fixture(name: string): string {
  return readFileSync(repoPath('test', 'fixtures', 'briefs', name), 'utf8');
}

let small: PackResult | undefined;

/** test/fixtures/briefs/small.roadmap.yaml, checked once. */
export function smallPack(): PackResult {
  return (small ??= checkPack(fixture('small.roadmap.yaml')));
}

export const PACK_URI = 'file:///fixtures/small.roadmap.yaml';

/** Checks a brief fixture against the small pack; `requiredSections: []` keeps a focused fixture free of RP703. */
export function checkFixture(name: string, context: BriefContext = {}): PackDiagnostic[] {
  return checkBrief(fixture(name), { pack: smallPack(), packUri: PACK_URI, ...context }).diagnostics;
}

/** `code severity line:character-line:character`, zero-based as LSP counts. */
export function where(diagnostic: PackDiagnostic): string {
  const { start, end } = diagnostic.range;
  return `${diagnostic.code} ${diagnostic.severity} ${start.line}:${start.character}-${end.line}:${end.character}`;
}

export function applyEdits(text: string, edits: TextEdit[]): string {
  return [...edits].sort((a, b) => b.span.start - a.span.start).reduce((result, edit) => result.slice(0, edit.span.start) + edit.newText + result.slice(edit.span.end), text);
}

/** Every preferred (else first) fix of the diagnostics, applied at once. */
export function applyFixes(text: string, diagnostics: PackDiagnostic[]): string {
  return applyEdits(text, diagnostics.flatMap((diagnostic) => (diagnostic.fixes.find((fix) => fix.preferred) ?? diagnostic.fixes[0])?.edits ?? []));
}
