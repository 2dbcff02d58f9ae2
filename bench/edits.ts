/**
 * The edits the keystroke bench types: one per kind, each inside one
 * initiative picked at random from the middle of the file, found by the
 * core's own locations (so they work on block, flow and multi-line layouts
 * alike) and checked after the fact, so a bench edit that missed its field
 * fails loudly instead of timing the wrong thing.
 *
 * - effort: every number of the effort moves by one (capacity moves);
 * - title: one character typed inside the title (nothing but text changes);
 * - when: the span moves by a week (schedule and capacity move);
 * - depends_on: an edge to an earlier initiative added, or the last one removed;
 * - owner: another team, or the shares of a split owner moved by 10%.
 */
import { DEFAULT_PARSE_LIMITS, LineIndex, ParsedPack, Range, appendListItem, locate, parsePack, removeListItem } from '../server/src/pack';

export const EDIT_KINDS = ['effort', 'title', 'when', 'depends_on', 'owner'] as const;
export type EditKind = (typeof EDIT_KINDS)[number];

/** A change in offsets of the text it applies to, and the same as an LSP range. */
export interface PlannedEdit {
  kind: EditKind;
  initiative: number;
  start: number;
  end: number;
  newText: string;
  range: Range;
}

type Initiative = Record<string, unknown>;

export function initiativesOf(parsed: ParsedPack): Initiative[] {
  const list = parsed.value.initiatives;
  return Array.isArray(list) ? (list as Initiative[]) : [];
}

/** An edit of the kind at a random initiative in the middle fifth of the file. */
export function planEdit(kind: EditKind, parsed: ParsedPack, random: () => number, round: number): PlannedEdit {
  const initiatives = initiativesOf(parsed);
  const middle = Math.floor(initiatives.length * (0.4 + random() * 0.2));
  const index = kind === 'depends_on' ? withDependencies(initiatives, middle) : middle;
  const { start, end, newText } = changeFor(kind, parsed, index, round);
  return { kind, initiative: index, start, end, newText, range: new LineIndex(parsed.text).rangeOf({ start, end }) };
}

export function applyEdit(text: string, edit: PlannedEdit): string {
  return text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
}

/**
 * Parses the edited text (reusing the previous parse) and checks that the
 * edit changed its field of its initiative, and nothing else of it.
 */
export function verifiedParse(before: ParsedPack, edit: PlannedEdit, text: string): ParsedPack {
  const after = parsePack(text, DEFAULT_PARSE_LIMITS, before);
  const was = initiativesOf(before)[edit.initiative];
  const now = initiativesOf(after)[edit.initiative];
  const problem =
    initiativesOf(after).length !== initiativesOf(before).length
      ? 'the number of initiatives changed'
      : JSON.stringify(was[edit.kind]) === JSON.stringify(now[edit.kind])
        ? `${edit.kind} did not change`
        : Object.keys({ ...was, ...now }).find((key) => key !== edit.kind && JSON.stringify(was[key]) !== JSON.stringify(now[key]));
  if (problem) throw new Error(`bench edit ${edit.kind} at initiative ${edit.initiative} went wrong: ${problem} (${JSON.stringify(edit.newText)})`);
  return after;
}

function changeFor(kind: EditKind, parsed: ParsedPack, index: number, round: number): { start: number; end: number; newText: string } {
  const path = ['initiatives', index, kind];
  const span = locate(parsed, path);
  const value = parsed.text.slice(span.start, span.end);
  if (kind === 'title') {
    const at = span.start + Math.max(1, Math.floor(value.length / 2));
    return { start: at, end: at, newText: 'x' };
  }
  if (kind === 'depends_on') return dependencyChange(parsed, index, round);
  const replacement = kind === 'effort' ? movedNumbers(value, round % 2 === 0 ? 1 : -1) : kind === 'when' ? movedSpan(value) : movedOwner(value, parsed, round);
  return { start: span.start, end: span.end, newText: replacement };
}

/** `9-10` → `10-11` (or `8-9`), never below 1. */
function movedNumbers(value: string, by: number): string {
  const numbers = value.match(/\d+/g)?.map(Number) ?? [];
  const step = numbers.some((number) => number + by < 1) ? 1 : by;
  return value.replace(/\d+/g, (digits) => String(Number(digits) + step));
}

/** A week later (earlier when the span ends in week 13); a whole quarter, or a span that cannot move, loses its first week. */
function movedSpan(value: string): string {
  if (/^\d{4}-Q[1-4]$/.test(value)) return `${value}-W2..W13`;
  const weeks = [...value.matchAll(/W(\d+)/g)].map((match) => Number(match[1]));
  const step = weeks.some((week) => week >= 13) ? -1 : 1;
  if (weeks.some((week) => week + step < 1)) return value.replace(/W(\d+)/, (_, week) => `W${Number(week) + 1}`);
  return value.replace(/W(\d+)/g, (_, week) => `W${Number(week) + step}`);
}

/** A split owner's shares moved by 10% between its teams; a single owner handed to the next team. */
function movedOwner(value: string, parsed: ParsedPack, round: number): string {
  const shares = [...value.matchAll(/(\d+)%/g)].map((match) => Number(match[1]));
  if (shares.length === 2) {
    const by = shares[0] > 50 ? -10 : 10;
    let seen = 0;
    return value.replace(/(\d+)%/g, (_, share) => `${Number(share) + (seen++ === 0 ? by : -by)}%`);
  }
  const teams = (Array.isArray(parsed.value.teams) ? parsed.value.teams : []) as { id?: unknown }[];
  const ids = teams.map((team) => String(team.id));
  const next = ids[(Math.max(0, ids.indexOf(value)) + 1 + (round % Math.max(1, ids.length - 1))) % ids.length];
  return next === value ? ids[(ids.indexOf(value) + 1) % ids.length] : next;
}

/**
 * Adds an edge to an initiative far enough back to close no cycle, or removes
 * the last edge. Flow lists are edited here: the core's list edits take an
 * item that starts a wrapped line of a flow list for a block item.
 */
function dependencyChange(parsed: ParsedPack, index: number, round: number): { start: number; end: number; newText: string } {
  const initiatives = initiativesOf(parsed);
  const last = (initiatives[index].depends_on as unknown[]).length - 1;
  const listPath = ['initiatives', index, 'depends_on'];
  const adds = round % 2 === 0;
  const target = String(initiatives[Math.max(0, index - 300)].id);
  if (parsed.text[locate(parsed, listPath).start] === '[') {
    const lastItem = locate(parsed, [...listPath, last]);
    if (adds) return { start: lastItem.end, end: lastItem.end, newText: `, ${target}` };
    return { start: locate(parsed, [...listPath, last - 1]).end, end: lastItem.end, newText: '' };
  }
  const edit = adds ? appendListItem(parsed, listPath, last, target) : removeListItem(parsed, [...listPath, last], last + 1);
  if (!edit) throw new Error(`initiative ${index} has no depends_on to edit`);
  return { start: edit.span.start, end: edit.span.end, newText: edit.newText };
}

/** The first initiative from `from` on with at least two `depends_on` entries. */
function withDependencies(initiatives: Initiative[], from: number): number {
  for (let i = from; i < initiatives.length; i++) {
    const list = initiatives[i].depends_on;
    if (Array.isArray(list) && list.length >= 2) return i;
  }
  throw new Error('no initiative with two dependencies after the middle of the pack');
}
