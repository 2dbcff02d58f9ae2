import { LEAF, LocKind, MAP, SEQ } from './nodeLoc';

/**
 * A node read by the fast piece parser, with the offsets yaml would give it:
 * `start` and `end` are yaml's range[0] and range[1] (what toPlain records),
 * `after` is range[2], where yaml's parent collection resumes (it covers the
 * comments and line breaks that yaml attaches to the node).
 */
export interface FastNode {
  kind: LocKind;
  start: number;
  end: number;
  after: number;
  /** A leaf's value. */
  value?: unknown;
  /** A collection's children, in source order. */
  items?: FastNode[];
  /** Set on a mapping's values: the key as toPlain names it, and its span. */
  key?: string;
  keyStart?: number;
  keyEnd?: number;
}

/** Thrown when the text leaves the fast parser's subset: the caller falls back to yaml. */
export class NotMine {}

export function leaf(start: number, end: number, value: unknown): FastNode {
  return { kind: LEAF, start, end, after: end, value };
}

export function collection(kind: typeof SEQ | typeof MAP, start: number, items: FastNode[], end: number): FastNode {
  return { kind, start, end, after: end, items };
}

/** Adds a mapping value to `items`, bailing on a repeated key (yaml and toPlain report those). */
export function addPair(items: FastNode[], key: string, keyStart: number, keyEnd: number, value: FastNode): void {
  for (const item of items) if (item.key === key) throw new NotMine();
  value.key = key;
  value.keyStart = keyStart;
  value.keyEnd = keyEnd;
  items.push(value);
}
