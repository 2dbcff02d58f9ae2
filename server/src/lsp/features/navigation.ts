import { Location, Position } from 'vscode-languageserver';
import { Occurrence, entityOccurrences, locate, nodeAt, symbolAt, teamOccurrences, valueAt } from '../../pack';
import type { PackEntry } from '../packStore';
import { disk } from '../platform/disk';

/** Where the id under the cursor is defined (or the brief file a `brief:` names). */
export function definition(entry: PackEntry, position: Position): Location | null {
  const { lines, model } = entry.result;
  const offset = lines.offsetAt(position);
  const brief = briefAt(entry, offset);
  if (brief) return brief;
  const symbol = symbolAt(model, offset);
  if (symbol?.kind === 'entity' && symbol.entity) return location(entry, [...symbol.entity.path, 'id']);
  if (symbol?.kind === 'team' && symbol.team) return location(entry, [...symbol.team.path, 'id']);
  return null;
}

/** Every place the id under the cursor is defined or used. */
export function references(entry: PackEntry, position: Position, includeDeclaration: boolean): Location[] {
  return occurrencesAt(entry, position)
    .filter((occurrence) => includeDeclaration || occurrence.role === 'reference')
    .map((occurrence) => location(entry, occurrence.path, occurrence.part));
}

export function occurrencesAt(entry: PackEntry, position: Position): Occurrence[] {
  const { lines, model } = entry.result;
  const symbol = symbolAt(model, lines.offsetAt(position));
  if (symbol?.kind === 'entity') return entityOccurrences(model, symbol.id);
  if (symbol?.kind === 'team' && symbol.team) return teamOccurrences(model, symbol.team.id);
  return [];
}

function briefAt(entry: PackEntry, offset: number): Location | undefined {
  const { model } = entry.result;
  const node = nodeAt(model.parsed, offset);
  if (!node || node.part !== 'value' || node.path[0] !== 'initiatives' || node.path[2] !== 'brief') return undefined;
  const relative = valueAt(model.parsed.value, node.path);
  if (typeof relative !== 'string') return undefined;
  const target = disk.resolveBeside(entry.uri, relative);
  if (!target) return undefined;
  return Location.create(target, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
}

function location(entry: PackEntry, path: readonly (string | number)[], part: 'key' | 'value' = 'value'): Location {
  const { lines, parsed } = entry.result;
  return Location.create(entry.uri, lines.rangeOf(locate(parsed, path, part)));
}
