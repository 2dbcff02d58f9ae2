import { InlayHint, InlayHintKind, Range } from 'vscode-languageserver';
import { WeekSpan, formatDateLong, locate, weekDates } from '../../pack';
import type { PackEntry } from '../packStore';

/** The calendar dates of every quarter-week time value in the range. */
export function inlayHints(entry: PackEntry, range: Range): InlayHint[] {
  const { model, lines, parsed } = entry.result;
  const times: [readonly (string | number)[], WeekSpan | undefined][] = [
    ...model.initiatives.map((i): [readonly (string | number)[], WeekSpan | undefined] => [[...i.path, 'when'], i.span]),
    ...model.initiatives.flatMap((i) => i.milestones.map((m): [readonly (string | number)[], WeekSpan | undefined] => [[...m.path, 'when'], m.span])),
    ...model.gates.map((g): [readonly (string | number)[], WeekSpan | undefined] => [[...g.path, 'at'], g.at === undefined ? undefined : { first: g.at, last: g.at }]),
    ...model.dependencies.map((d): [readonly (string | number)[], WeekSpan | undefined] => [[...d.path, 'needed_by'], d.neededBy === undefined ? undefined : { first: d.neededBy, last: d.neededBy }]),
  ];
  const [from, to] = [lines.offsetAt(range.start), lines.offsetAt(range.end)];
  return times.flatMap(([path, span]) => {
    if (!span) return [];
    const at = locate(parsed, path);
    if (at.end < from || at.start > to || !/W\d/i.test(parsed.text.slice(at.start, at.end))) return [];
    const start = formatDateLong(weekDates(span.first, model.calendar).start);
    const end = formatDateLong(weekDates(span.last, model.calendar).end);
    return [{ position: lines.positionAt(at.end), label: ` ${start} – ${end}`, kind: InlayHintKind.Type, paddingLeft: true }];
  });
}
