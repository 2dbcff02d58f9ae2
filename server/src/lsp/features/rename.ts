import { Position, Range, ResponseError, ErrorCodes, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { ID_PATTERN, locate, symbolAt } from '../../pack';
import type { PackEntry } from '../packStore';
import { occurrencesAt } from './navigation';

/**
 * The id under the cursor, if it can be renamed. Elsewhere it refuses with a
 * ResponseError: VS Code shows its message at the cursor (the client turns it
 * into the rename's reject reason), where a null only says "can't be renamed".
 */
export function prepareRename(entry: PackEntry, position: Position): { range: Range; placeholder: string } {
  const { lines, model } = entry.result;
  const symbol = symbolAt(model, lines.offsetAt(position));
  if (!symbol) throw new ResponseError(ErrorCodes.InvalidRequest, 'Only ids can be renamed: put the cursor on an initiative, gate, risk, dependency, goal, trade-off or team id, or on a reference to one.');
  if ((symbol.kind === 'entity' && !symbol.entity) || (symbol.kind === 'team' && !symbol.team)) {
    throw new ResponseError(ErrorCodes.InvalidRequest, `\`${symbol.kind === 'entity' ? symbol.id : symbol.name}\` is not defined in this pack, so there is nothing to rename; define it or fix the reference first.`);
  }
  const span = locate(model.parsed, symbol.path, symbol.path[symbol.path.length - 1] === (symbol.kind === 'team' ? symbol.name : '') ? 'key' : 'value');
  return { range: lines.rangeOf(span), placeholder: symbol.kind === 'entity' ? symbol.id : symbol.team!.id };
}

/**
 * Renames an id everywhere in the pack. Refuses a name that is not an id or
 * that is already taken, rather than merging two things into one.
 */
export function rename(entry: PackEntry, position: Position, newName: string): WorkspaceEdit {
  const { lines, model, parsed } = entry.result;
  const symbol = symbolAt(model, lines.offsetAt(position));
  if (!symbol) throw new ResponseError(ErrorCodes.InvalidRequest, 'There is no id here to rename.');
  if (!ID_PATTERN.test(newName)) throw new ResponseError(ErrorCodes.InvalidParams, `\`${newName}\` is not a valid id: use letters, digits, \`.\`, \`_\` and \`-\`.`);
  const taken = symbol.kind === 'entity' ? model.byId.has(newName) : model.teams.some((team) => team.id.toLowerCase() === newName.toLowerCase());
  if (taken) throw new ResponseError(ErrorCodes.InvalidParams, `\`${newName}\` is already used in this pack; pick another name.`);
  const occurrences = symbol.kind === 'team' && symbol.team ? occurrencesAt(entry, position).filter((o) => o.role === 'definition' || exactOwner(entry, o.path, symbol.team!.id)) : occurrencesAt(entry, position);
  const edits = occurrences.map((o) => TextEdit.replace(lines.rangeOf(locate(parsed, o.path, o.part)), newName));
  return { changes: { [entry.uri]: edits } };
}

/** Owners written as the team's name stay as they are; only the id changes. */
function exactOwner(entry: PackEntry, path: readonly (string | number)[], teamId: string): boolean {
  const { parsed } = entry.result;
  const span = locate(parsed, path, path[path.length - 1] === teamId ? 'key' : 'value');
  return parsed.text.slice(span.start, span.end).replace(/^["']|["']$/g, '') === teamId;
}
