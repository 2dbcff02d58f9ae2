import type { PackResult } from '../checkPack';
import type { TextEdit } from '../diagnostic';
import type { Path } from '../parse/nodeLoc';
import { locate, type ParsedPack } from '../parse/parsePack';
import { yamlScalar } from './text';
import { lineStartAt, newlineOf } from '../text/format';

/**
 * The smallest edit that adds `brief: <relativePath>` to an initiative,
 * leaving every other byte as it was (offsets from the parse, as
 * navigate/listEdits.ts does; re-rendering the YAML would reflow it):
 * - a block mapping item gets a new line after the line its last value ends
 *   on, at the indentation of its keys (comment lines after it stay after it);
 * - a flow mapping item `- { id: x, … }` gets `, brief: <path>` right after
 *   its last value, so a trailing comma or comment stays where it was.
 * Undefined when there is no such initiative, it already has a `brief`, or
 * its YAML has a syntax error (where the parser recovered, offsets are no
 * guide to where a key would land).
 */
export function addBriefEdit(result: PackResult, initiativeId: string, relativePath: string): TextEdit | undefined {
  const initiative = result.model.byId.get(initiativeId);
  if (initiative?.kind !== 'initiative') return undefined;
  const { parsed } = result;
  const raw = rawValue(parsed, initiative.path);
  if (!raw || typeof raw !== 'object' || Array.isArray(raw) || Object.hasOwn(raw, 'brief') || hasSyntaxError(parsed, initiative.path)) return undefined;
  const keys = Object.keys(raw);
  if (keys.length === 0) return undefined;
  const entry = `brief: ${yamlScalar(relativePath)}`;
  const lastEnd = Math.max(...keys.flatMap((key) => [locate(parsed, [...initiative.path, key]).end, locate(parsed, [...initiative.path, key], 'key').end]));
  const text = parsed.text;
  if (text[locate(parsed, initiative.path).start] === '{') return { span: { start: lastEnd, end: lastEnd }, newText: `, ${entry}` };
  const keyStart = locate(parsed, [...initiative.path, keys[0]], 'key').start;
  const indent = ' '.repeat(keyStart - (lineStartAt(text, keyStart)));
  const newline = newlineOf(text);
  const lineEnd = text.indexOf('\n', lastEnd);
  if (lineEnd === -1) return { span: { start: text.length, end: text.length }, newText: `${newline}${indent}${entry}` };
  return { span: { start: lineEnd + 1, end: lineEnd + 1 }, newText: `${indent}${entry}${newline}` };
}

/** The plain value at a path of the parse (before validation, so that a key the schema rejected still counts). */
function rawValue(parsed: ParsedPack, path: Path): unknown {
  let value: unknown = parsed.value;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

/** A YAML syntax error in the item's own text (the whole file when the list could not be split into items). */
function hasSyntaxError(parsed: ParsedPack, path: Path): boolean {
  const chunk = parsed.entries.get(String(path[0]))?.items[Number(path[1])];
  const [start, end] = chunk ? [chunk.base, chunk.base + chunk.source.length] : [0, parsed.text.length];
  return parsed.findings.some((finding) => finding.code === 'RP001' && finding.severity !== 'warning' && finding.span.start < end && finding.span.end >= start);
}

/** Applies one edit to a text. */
export function applyTextEdit(text: string, edit: TextEdit): string {
  return text.slice(0, edit.span.start) + edit.newText + text.slice(edit.span.end);
}
