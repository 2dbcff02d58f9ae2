import type { PackModel } from '../model/types';
import type { Path } from '../parse/nodeLoc';
import { locate } from '../parse/parsePack';
import type { Span } from '../text/lineIndex';
import { formatSpan, formatWeek } from '../time';

export type OutlineKind = 'initiative' | 'milestone' | 'gate' | 'risk' | 'dependency' | 'goal' | 'tradeoff' | 'team' | 'section';

export interface OutlineItem {
  name: string;
  detail: string;
  kind: OutlineKind;
  /** The whole item. */
  span: Span;
  /** What to select when the item is chosen: its id. */
  selection: Span;
  children: OutlineItem[];
}

/** The pack's outline: a section per list, an item per entity, milestones under initiatives. */
export function outline(model: PackModel): OutlineItem[] {
  const sections: [string, OutlineItem[]][] = [
    ['teams', model.teams.map((team) => item(model, team.id, team.name, 'team', team.path))],
    ['goals', model.goals.map((g) => item(model, g.id, `${g.title}${g.by !== undefined ? ` · by ${formatWeek(g.by)}` : ''}`, 'goal', g.path))],
    ['initiatives', model.initiatives.map((i) => ({ ...item(model, i.id, `${i.title}${i.span ? ` · ${formatSpan(i.span)}` : ''}`, 'initiative', i.path), children: i.milestones.map((m) => item(model, m.name, m.span ? formatSpan(m.span) : '', 'milestone', m.path, 'name')) }))],
    ['gates', model.gates.map((g) => item(model, g.id, `${g.title}${g.at !== undefined ? ` · ${formatWeek(g.at)}` : ''}`, 'gate', g.path))],
    ['risks', model.risks.map((r) => item(model, r.id, r.title, 'risk', r.path))],
    ['dependencies', model.dependencies.map((d) => item(model, d.id, d.title, 'dependency', d.path))],
    ['tradeoffs', model.tradeoffs.map((t) => item(model, t.id, t.title, 'tradeoff', t.path))],
  ];
  return sections.filter(([key]) => model.parsed.entries.has(key)).map(([key, children]) => ({ ...item(model, key, `${children.length}`, 'section', [key]), selection: locate(model.parsed, [key], 'key'), span: sectionSpan(model, key), children }));
}

function item(model: PackModel, name: string, detail: string, kind: OutlineKind, path: Path, selectionKey = 'id'): OutlineItem {
  const span = locate(model.parsed, path);
  const selection = locate(model.parsed, [...path, selectionKey]);
  return { name: name || '(no id)', detail, kind, span: cover(span, selection), selection, children: [] };
}

/**
 * From the key to the end of its value. A block list split into items keeps
 * only the key in its header piece, so it ends where its last item's piece
 * does (a piece that did not parse counts too).
 */
function sectionSpan(model: PackModel, key: string): Span {
  const whole = cover(locate(model.parsed, [key], 'key'), locate(model.parsed, [key]));
  const last = model.parsed.entries.get(key)?.items.at(-1);
  return last ? cover(whole, { start: last.base, end: last.base + last.source.trimEnd().length }) : whole;
}

/** LSP requires the selection to lie inside the item's range. */
function cover(a: Span, b: Span): Span {
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}
