import { CodeLens } from 'vscode-languageserver';
import { GoalDelivery, formatQuarter, formatWeek, goalDeliveries, locate, percentText, plural, quarterOfWeek } from '../../pack';
import { movement } from '../../pack';
import type { InitiativeChange, PackDiff, SharedTeam } from '../../pack';
import type { PackEntry } from '../packStore';
import { references } from './navigation';

/** The client command (client/src/showReferences.ts) that converts LSP locations and opens the references peek. */
export const SHOW_REFERENCES = 'roadmapPacks.showReferences';

/**
 * "needs 2 · needed by 3 · 10–12 eng-wk" on initiatives; "2026-Q3 78% · ⚠ 2026-Q4 114%" on teams, every quarter, over 100% marked;
 * "served by 3 · ends 2026-Q4-W6 · met" on goals.
 */
/** `shared`: when the pack is a portfolio, its teams' load over every pack it includes. */
export function codeLenses(entry: PackEntry, comparison?: Compared, shared?: readonly SharedTeam[]): CodeLens[] {
  return [...(comparison ? movedLenses(entry, comparison) : []), ...initiativeLenses(entry), ...goalLenses(entry), ...teamLenses(entry, shared)];
}

/** The pack's diff against the revision it is being compared with. */
export interface Compared {
  ref: string;
  diff: PackDiff;
}

/** The client command that opens the comparison's report again (client/src/compare). */
export const COMPARE_WITH_REVISION = 'roadmapPacks.compareWithRevision';

/** "slipped 3 w since HEAD" on each initiative whose dates moved since the revision; a click shows the report again. */
function movedLenses(entry: PackEntry, { ref, diff }: Compared): CodeLens[] {
  const { model, lines, parsed } = entry.result;
  return diff.initiatives.flatMap((change) => {
    const title = movedText(change, ref);
    const initiative = change.change === 'changed' ? model.byId.get(change.id) : undefined;
    if (!initiative || !title) return [];
    const range = lines.rangeOf(locate(parsed, [...initiative.path, 'id']));
    return [{ range, command: { title, command: COMPARE_WITH_REVISION, arguments: [entry.uri, ref] } }];
  });
}

/** By its end, else its start, as the report's headline counts slips (`movement`). */
export function movedText(change: InitiativeChange, ref: string): string | undefined {
  const weeks = movement(change);
  if (weeks === 0) return undefined;
  return `${weeks > 0 ? 'slipped' : 'pulled in'} ${Math.abs(weeks)} w since ${ref}`;
}

function initiativeLenses(entry: PackEntry): CodeLens[] {
  const { model, lines, parsed } = entry.result;
  const needs = countBy(model.edges.map((edge) => edge.from));
  const neededBy = countBy(model.edges.map((edge) => edge.to));
  return model.initiatives.map((initiative) => {
    const effort = initiative.effort ? ` · ${initiative.effort.low === initiative.effort.high ? initiative.effort.low : `${initiative.effort.low}–${initiative.effort.high}`} eng-wk` : '';
    const title = `needs ${needs.get(initiative.id) ?? 0} · needed by ${neededBy.get(initiative.id) ?? 0}${effort}`;
    const range = lines.rangeOf(locate(parsed, [...initiative.path, 'id']));
    // A click peeks at every place that names the initiative, as TypeScript's reference lenses do.
    const locations = references(entry, range.start, false);
    return { range, command: { title, command: SHOW_REFERENCES, arguments: [entry.uri, range.start, locations] } };
  });
}

function goalLenses(entry: PackEntry): CodeLens[] {
  const { model, lines, parsed } = entry.result;
  return goalDeliveries(model).map((delivery) => {
    const range = lines.rangeOf(locate(parsed, [...delivery.goal.path, 'id']));
    // As on initiatives, a click peeks at the initiatives that name it in `serves`.
    const locations = references(entry, range.start, false);
    return { range, command: { title: goalLensTitle(delivery), command: SHOW_REFERENCES, arguments: [entry.uri, range.start, locations] } };
  });
}

/** Late and unserved goals lead with a ⚠, as an overloaded quarter does on a team. */
function goalLensTitle(delivery: GoalDelivery): string {
  const served = `served by ${delivery.serving.length}`;
  const ends = delivery.last?.span ? `ends ${formatWeek(delivery.last.span.last)}` : '';
  switch (delivery.state) {
    case 'unserved':
      return `⚠ ${served} · not served`;
    case 'undated':
      return `${served} · no end date`;
    case 'open':
      return `${served} · ${ends}`;
    case 'met':
      return `${served} · ${ends} · met`;
    case 'late':
      return `⚠ ${served} · ${ends} · late by ${plural(delivery.weeks, 'week')}`;
  }
}

/**
 * Each team's load by quarter on its id. A portfolio's teams (`shared`) show
 * their load summed over every pack, as the portfolio's check reports it; the
 * portfolio's own initiatives are only part of it.
 */
function teamLenses(entry: PackEntry, shared: readonly SharedTeam[] = []): CodeLens[] {
  const { model, lines, parsed, analysis } = entry.result;
  return model.teams.flatMap((team) => {
    const across = shared.find((each) => each.team.id === team.id);
    const load = across?.analysis.load ?? analysis.loads.get(team);
    if (!load) return [];
    // quarterLoads leaves out quarters with no work; the lens shows them too, so a free quarter is seen.
    const loaded = new Map((across?.quarters ?? analysis.quarterLoads(team)).map((q) => [q.quarter, q.load]));
    const quarters: string[] = [];
    for (let start = 0; start < load.load.length; start += 13) {
      const quarter = quarterOfWeek(load.firstWeek + start);
      const capacity = load.capacity.slice(start, start + 13).reduce((sum, week) => sum + week, 0);
      quarters.push(quarterText(formatQuarter(quarter), loaded.get(quarter) ?? 0, capacity));
    }
    return [{ range: lines.rangeOf(locate(parsed, [...team.path, 'id'])), command: { title: quarters.join(' · '), command: '' } }];
  });
}

/** Over 100% stands out with a ⚠ so an overloaded quarter is seen in a row of them. */
function quarterText(quarter: string, load: number, capacity: number): string {
  if (capacity <= 0) return load > 0 ? `⚠ ${quarter} no capacity` : `${quarter} no capacity`;
  return `${load > capacity ? '⚠ ' : ''}${quarter} ${percentText(load / capacity)}`;
}

function countBy(values: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}
