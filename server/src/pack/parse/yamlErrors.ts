import { parseDocument, type Document, type YAMLError } from 'yaml';
import type { Finding, Severity } from '../diagnostic';
import { describeMistake, firstCause, nextContentLine, type Mistake } from './syntaxMistake';

/** How many syntax findings one piece shows; one more says that more follow. */
export const SHOWN_SYNTAX_ERRORS = 5;

/**
 * Characters one piece may re-read to tell a mistake's echoes from the next
 * mistake: a few re-parses of an initiative, two of a 30 kB pack parsed whole
 * (what the split cannot take apart), none of a larger one (there the first
 * mistake is reported alone): each keystroke in such a text pays for them.
 */
const REREAD_BUDGET = 64_000;

/**
 * yaml errors the reads of one piece may report before it is read no more:
 * yaml's time goes with the errors it reports (a 20 kB file parsed whole
 * after a bad edit gives over 2,000), and a keystroke there must not cost
 * several such reads. Such a text has its first mistake reported alone.
 */
const REREAD_ERRORS = 1_000;

/**
 * Turns yaml's errors into one finding per mistake, each placed where the
 * mistake is (the `[` never closed, the tab, the line indented wrongly) and
 * worded for a planner (see syntaxMistake.ts).
 *
 * yaml reports much more than the mistake: once it loses its place, every
 * line after it reads wrongly. To tell echoes from a second, independent
 * mistake, the lines of the first are blanked (which keeps every offset) and
 * the piece is read again: what yaml still reports is not an echo of it.
 * Spans are relative to the parsed source. Duplicate keys are reported by
 * toPlain, which knows both places.
 */
export function yamlErrorFindings(errors: readonly YAMLError[], source: string, severity: Severity): Finding[] {
  if (severity !== 'error') return eachOnce(errors, source, severity);
  return readPast(errors, source, () => undefined).findings;
}

/**
 * A piece's syntax findings, and the document to take its data from. Where
 * yaml's own reading of the rest of the piece went astray after the first
 * mistake (it reported errors on lines after it: `tier: 1` read as part of a
 * key running to the end of the initiative), the data comes from the reading
 * with the spoilt lines blanked, so the mistake costs its own lines and the
 * rest is checked as written; so too after a mistake yaml reads as something
 * else (`theme: : x` as a mapping). Only after a bracket or quote never closed,
 * with nothing misread after it, is yaml's reading kept: it keeps what it could
 * of the spoilt line (the fields of a `{ … ` item never closed).
 */
export function readPieceSyntax(doc: Document.Parsed, source: string): { findings: Finding[]; doc: Document.Parsed } {
  let readable = doc;
  const { findings, firstSpoilt, firstMisread } = readPast(doc.errors, source, (text) => (readable = parseDocument(text, PIECE_OPTIONS)).errors);
  const astray = firstSpoilt !== undefined && (firstMisread === true || doc.errors.some((error) => misreadLater(error, source, firstSpoilt)));
  return { findings: [...findings, ...eachOnce(doc.warnings, source, 'warning')], doc: astray ? readable : doc };
}

/**
 * An error yaml reports on healthy text after the spoilt lines: a sign it
 * misread them. Not the unclosed bracket it notices at the next token.
 */
function misreadLater(error: YAMLError, source: string, spoiltEnd: number): boolean {
  if (error.code === 'DUPLICATE_KEY' || /end with a [}\]]/.test(error.message)) return false;
  return error.pos[0] > spoiltEnd && source.slice(spoiltEnd, error.pos[0]).trim() !== '';
}

/** How pieces are parsed. uniqueKeys: toPlain finds repeated keys itself, with both places. */
export const PIECE_OPTIONS = { prettyErrors: false, keepSourceTokens: false, uniqueKeys: false } as const;

/** The findings, and the end of the last line the first mistake spoils. */
function readPast(errors: readonly YAMLError[], source: string, reread: (text: string) => readonly YAMLError[] | undefined): { findings: Finding[]; firstSpoilt?: number; firstMisread?: boolean } {
  const findings: Finding[] = [];
  let firstSpoilt: number | undefined;
  let firstMisread: boolean | undefined;
  let text = source;
  let remaining = readable(errors);
  let budget = REREAD_BUDGET;
  let errorBudget = REREAD_ERRORS - errors.length;
  while (remaining.length > 0) {
    if (findings.length === SHOWN_SYNTAX_ERRORS) return { findings: [...findings, moreFollow(remaining[0], 'error')], firstSpoilt, firstMisread };
    const mistake = describeMistake(firstCause(remaining, text), text);
    findings.push(toFinding(mistake, 'error'));
    if (mistake.lines === undefined || budget < text.length || errorBudget < 0) break;
    firstSpoilt ??= lineEndAt(text, mistake.lines.end);
    firstMisread ??= mistake.misread === true;
    const once = blankLines(text, mistake.lines.start, mistake.lines.end, mistake.span.start);
    const blanked = mistake.alsoSpoils === undefined ? once : blankLines(once, mistake.alsoSpoils, mistake.alsoSpoils, mistake.alsoSpoils);
    if (blanked === text) break;
    budget -= text.length;
    text = blanked;
    const reported = reread(text) ?? parseDocument(text, PIECE_OPTIONS).errors;
    errorBudget -= reported.length;
    remaining = readable(reported);
  }
  return { findings, firstSpoilt, firstMisread };
}

function lineEndAt(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  return newline === -1 ? text.length : newline;
}

/** Warnings (rare, and never the cause of others): one finding each, identical ones once. */
function eachOnce(errors: readonly YAMLError[], source: string, severity: Severity): Finding[] {
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const error of readable(errors).slice(0, SHOWN_SYNTAX_ERRORS)) {
    const finding = toFinding(describeMistake(error, source), severity);
    const key = `${finding.span.start}:${finding.message}`;
    if (!seen.has(key)) findings.push(finding);
    seen.add(key);
  }
  return findings;
}

/** yaml's errors in text order, without duplicate keys (toPlain reports those). */
function readable(errors: readonly YAMLError[]): YAMLError[] {
  return errors.filter((error) => error.code !== 'DUPLICATE_KEY').sort((a, b) => a.pos[0] - b.pos[0]);
}

function toFinding(mistake: Mistake, severity: Severity): Finding {
  const finding: Finding = { code: 'RP001', message: mistake.message, span: mistake.span, severity };
  if (mistake.related) finding.related = mistake.related;
  return finding;
}

function moreFollow(next: YAMLError, severity: Severity): Finding {
  return { code: 'RP001', message: 'More YAML syntax errors follow in this part of the file: fix the ones above first, then check again.', span: { start: next.pos[0], end: Math.max(next.pos[1], next.pos[0] + 1) }, severity };
}

/**
 * The text with every character of the lines holding [start, end] replaced
 * by a space, line ends kept; but see itemDashes.
 */
export function blankLines(text: string, start: number, end: number, mistake: number): string {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const newline = text.indexOf('\n', Math.max(end, lineStart));
  const to = newline === -1 ? text.length : newline;
  const from = lineStart + itemDashes(text, lineStart, to, mistake);
  return text.slice(0, from) + text.slice(from, to).replace(/[^\r\n]/g, ' ') + text.slice(to);
}

/**
 * How much of the first blanked line to keep: its list dashes, when the item
 * goes on below the blanked lines and the mistake is not the dash itself.
 * `  - id: a: b` blanked whole would leave the item's other lines a bare
 * mapping with no item to point at; a one-line item blanked with its dash
 * left would be an empty item, reported as such.
 */
function itemDashes(text: string, lineStart: number, blankedEnd: number, mistake: number): number {
  const dashes = /^ *(?:- +)+/.exec(text.slice(lineStart, lineStart + 200))?.[0];
  if (dashes === undefined || lineStart + dashes.length > mistake) return 0;
  const below = nextContentLine(text, blankedEnd);
  return below !== undefined && below.indent > dashes.lastIndexOf('-') ? dashes.length : 0;
}
