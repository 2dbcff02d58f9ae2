import { CodeLens } from 'vscode-languageserver';
import { formatQuarter, locate, percentText } from '../../pack';
import type { PackEntry } from '../packStore';

/** "needs 2 · needed by 3 · 10–12 ew" on initiatives; "2026-Q3 78% · 2026-Q4 96%" on teams. */
export function codeLenses(entry: PackEntry): CodeLens[] {
  return [...initiativeLenses(entry), ...teamLenses(entry)];
}

function initiativeLenses(entry: PackEntry): CodeLens[] {
  const { model, lines, parsed } = entry.result;
  const needs = countBy(model.edges.map((edge) => edge.from));
  const neededBy = countBy(model.edges.map((edge) => edge.to));
  return model.initiatives.map((initiative) => {
    const effort = initiative.effort ? ` · ${initiative.effort.low === initiative.effort.high ? initiative.effort.low : `${initiative.effort.low}–${initiative.effort.high}`} ew` : '';
    const title = `needs ${needs.get(initiative.id) ?? 0} · needed by ${neededBy.get(initiative.id) ?? 0}${effort}`;
    return { range: lines.rangeOf(locate(parsed, [...initiative.path, 'id'])), command: { title, command: '' } };
  });
}

function teamLenses(entry: PackEntry): CodeLens[] {
  const { model, lines, parsed, analysis } = entry.result;
  return model.teams.flatMap((team) => {
    const load = analysis.loads.get(team);
    if (!load) return [];
    const quarters = analysis.quarterLoads(team).map((q) => `${formatQuarter(q.quarter)} ${q.capacity > 0 ? percentText(q.load / q.capacity) : 'no capacity'}`);
    return [{ range: lines.rangeOf(locate(parsed, [...team.path, 'id'])), command: { title: quarters.join(' · '), command: '' } }];
  });
}

function countBy(values: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}
