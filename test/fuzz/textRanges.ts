import { TextDocument } from 'vscode-languageserver-textdocument';
import { Position, Range } from 'vscode-languageserver-protocol/node';

/** The text split as LSP counts lines (`\r\n`, `\n` and `\r` each end one), without their line ends. */
export function lspLines(text: string): string[] {
  return text.split(/\r\n|\n|\r/);
}

function positionInBounds(lines: string[], position: Position): boolean {
  return position.line >= 0 && position.line < lines.length && position.character >= 0 && position.character <= lines[position.line].length;
}

function ordered(range: Range): boolean {
  return range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character);
}

/** Why the range does not fit the text, or undefined when it does. */
export function outOfBounds(lines: string[], range: Range): string | undefined {
  if (!positionInBounds(lines, range.start) || !positionInBounds(lines, range.end)) return `range ${JSON.stringify(range)} outside the ${lines.length} lines`;
  return ordered(range) ? undefined : `range ${JSON.stringify(range)} ends before it starts`;
}

/** Every `range` (or `location.range`, `targetRange`…) in an answer that belongs to the document, found wherever it is nested. */
export function rangesFor(uri: string, value: unknown, inherited?: string): Range[] {
  if (Array.isArray(value)) return value.flatMap((item) => rangesFor(uri, item, inherited));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const owner = uriNamedBy(record) ?? inherited;
  return Object.entries(record).flatMap(([key, child]) => {
    if (isRange(child)) return owner === undefined || owner === uri ? [child] : [];
    // A workspace edit names its documents by key; only this one's edits are in this text.
    if (key === 'changes' && child && typeof child === 'object') return rangesFor(uri, (child as Record<string, unknown>)[uri], uri);
    return rangesFor(uri, child, owner);
  });
}

/** The document an object speaks of: a Location's `uri`, a LocationLink's `targetUri`, a TextDocumentEdit's `textDocument`. */
function uriNamedBy(record: Record<string, unknown>): string | undefined {
  const textDocument = record.textDocument as { uri?: unknown } | undefined;
  const named = [record.uri, record.targetUri, textDocument?.uri].find((uri) => typeof uri === 'string');
  return named as string | undefined;
}

function isRange(value: unknown): value is Range {
  const range = value as Range | undefined;
  return typeof range?.start?.line === 'number' && typeof range.end?.line === 'number';
}

/** The LSP range an offset-based change covers in the text. */
export function rangeOfChange(text: string, at: number, remove: number): Range {
  const document = TextDocument.create('fuzz:', 'yaml', 0, text);
  return { start: document.positionAt(at), end: document.positionAt(Math.min(at + remove, text.length)) };
}

/** The text after LSP edits, applied as a client applies them. */
export function applyLspEdits(text: string, edits: { range: Range; newText: string }[]): string {
  return TextDocument.applyEdits(TextDocument.create('fuzz:', 'yaml', 0, text), edits);
}

export function randomPosition(text: string, pick: (max: number) => number): Position {
  const lines = lspLines(text);
  const line = pick(lines.length - 1);
  return { line, character: pick(lines[line].length) };
}
