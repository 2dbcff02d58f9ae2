import type { Position } from '../pack';

/** The core counts from 0 like LSP; people, CI annotations and SARIF count from 1. */
export function oneBased(position: Position): { line: number; column: number } {
  return { line: position.line + 1, column: position.character + 1 };
}
