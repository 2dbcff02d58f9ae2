import type { PackResult } from '../checkPack';
import type { Gate, Initiative } from '../model/types';
import { effortText } from '../model/values';
import { locate } from '../parse/parsePack';
import { ownerNames } from '../text/format';
import { WeekIndex, formatSpan, formatWeek } from '../time';
import type { BeforeAfter, GateChange, InitiativeChange } from './types';

/** Written where an initiative has no effort, so "none → 6–8" reads as what happened. */
export const NO_EFFORT = 'none';
/** Written where an initiative has no span or a gate no week: the side of a change that has no dates. */
export const NO_DATES = 'none';

/**
 * The initiatives added, removed or changed, matched by id (the first of an id
 * on each side, as the model's `byId`): order in the list and layout are not
 * changes. New-side order first, then the removed ones in old-side order.
 */
export function initiativeChanges(before: PackResult | undefined, after: PackResult | undefined): InitiativeChange[] {
  return matched(before?.model.initiatives ?? [], after?.model.initiatives ?? [], (old, now) => {
    if (!old) return { id: now!.id, title: now!.title, change: 'added', ...lineOf(after!, now!) };
    if (!now) return { id: old.id, title: old.title, change: 'removed', ...lineOf(before!, old) };
    const change = initiativeDelta(before!, old, after!, now);
    return Object.keys(change).length === 0 ? undefined : { id: now.id, title: now.title, change: 'changed', ...change, ...lineOf(after!, now) };
  });
}

/** The gates added, removed or moved, matched by id as initiatives are. */
export function gateChanges(before: PackResult | undefined, after: PackResult | undefined): GateChange[] {
  return matched(before?.model.gates ?? [], after?.model.gates ?? [], (old, now) => {
    if (!old) return { id: now!.id, change: 'added', ...lineOf(after!, now!) };
    if (!now) return { id: old.id, change: 'removed', ...lineOf(before!, old) };
    const weeks = moved(old.at, now.at);
    const at = datesChanged(old.at, now.at, formatWeek);
    if (weeks === undefined && at === undefined) return undefined;
    return { id: now.id, change: 'changed', ...(weeks !== undefined ? { weeks } : {}), ...(at ? { at } : {}), ...lineOf(after!, now) };
  });
}

type Delta = Omit<InitiativeChange, 'id' | 'title' | 'change' | 'line'>;

function initiativeDelta(before: PackResult, old: Initiative, after: PackResult, now: Initiative): Delta {
  const delta: Delta = {};
  const startWeeks = moved(old.span?.first, now.span?.first);
  const endWeeks = moved(old.span?.last, now.span?.last);
  if (startWeeks !== undefined) delta.startWeeks = startWeeks;
  if (endWeeks !== undefined) delta.endWeeks = endWeeks;
  const when = datesChanged(old.span, now.span, formatSpan);
  if (when) delta.when = when;
  const retitled = changed(old.title, now.title);
  if (retitled) delta.retitled = retitled;
  const effort = changed(old.effort ? effortText(old.effort) : NO_EFFORT, now.effort ? effortText(now.effort) : NO_EFFORT);
  if (effort) delta.effort = effort;
  const status = changed(old.status, now.status);
  if (status) delta.status = status;
  const owner = { before: ownerNames(old.owners, before.analysis.teams), after: ownerNames(now.owners, after.analysis.teams) };
  if (owner.before.join('\n') !== owner.after.join('\n')) delta.owner = owner;
  const dependsOn = edgeChanges(old, now);
  if (dependsOn) delta.dependsOn = dependsOn;
  return delta;
}

/** Weeks on the pack's quarter-week grid, so a move across a quarter's end counts the weeks between. */
function moved(before: WeekIndex | undefined, after: WeekIndex | undefined): number | undefined {
  return before === undefined || after === undefined || before === after ? undefined : after - before;
}

/** Dates on one side only: a move has no week count then, so the dates themselves are the change. */
function datesChanged<T>(before: T | undefined, after: T | undefined, format: (value: T) => string): BeforeAfter<string> | undefined {
  if ((before === undefined) === (after === undefined)) return undefined;
  return { before: before === undefined ? NO_DATES : format(before), after: after === undefined ? NO_DATES : format(after) };
}

function changed(before: string, after: string): BeforeAfter<string> | undefined {
  return before === after ? undefined : { before, after };
}

/** `depends_on` targets (not milestones' `after`), as sets: reordering the list is no change. */
function edgeChanges(old: Initiative, now: Initiative): { added: string[]; removed: string[] } | undefined {
  const targets = (initiative: Initiative) => new Set(initiative.edges.filter((edge) => edge.milestone === undefined).map((edge) => edge.to));
  const [was, is] = [targets(old), targets(now)];
  const added = [...is].filter((id) => !was.has(id));
  const removed = [...was].filter((id) => !is.has(id));
  return added.length + removed.length === 0 ? undefined : { added, removed };
}

function lineOf(result: PackResult, entity: Initiative | Gate): { line: number } {
  return { line: result.lines.positionAt(locate(result.parsed, [...entity.path, 'id']).start).line + 1 };
}

export interface Identified {
  id: string;
}

/** Pairs the two lists by id (the first of an id on each side) and keeps what `compare` reports. */
function matched<E extends Identified, C>(before: readonly E[], after: readonly E[], compare: (old: E | undefined, now: E | undefined) => C | undefined): C[] {
  const old = firstById(before);
  const now = firstById(after);
  const changes: C[] = [];
  for (const [id, entity] of now) push(changes, compare(old.get(id), entity));
  for (const [id, entity] of old) if (!now.has(id)) push(changes, compare(entity, undefined));
  return changes;
}

export function firstById<E extends Identified>(entities: readonly E[]): Map<string, E> {
  const byId = new Map<string, E>();
  for (const entity of entities) if (entity.id !== '' && !byId.has(entity.id)) byId.set(entity.id, entity);
  return byId;
}

function push<C>(changes: C[], change: C | undefined): void {
  if (change !== undefined) changes.push(change);
}
