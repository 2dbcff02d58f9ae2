/**
 * Where a value stood in the source, kept beside plain data so that the parsed
 * `yaml` Document (several times larger) can be dropped after parsing.
 * Offsets are relative to the chunk the value was parsed from.
 *
 * The locations of one chunk live in one `LocTree`: six numbers per node in a
 * typed array (16-bit, or 32-bit for a piece over 64 KiB), plus the node's
 * key. A `NodeLoc` is a small handle made when asked for. One object per node
 * (with its child arrays) took about 100 bytes; a node here takes 20 (32 in a
 * large piece), and the garbage collector has one array to trace, not every node.
 */

/** Slots per node in `LocTree.data`. */
const SLOTS = 6;
const START = 0;
const END = 1;
const KEY_START = 2;
const KEY_END = 3;
/** Index of the first child; a collection's children are consecutive. */
const FIRST = 4;
/** Child count shifted left by two, ORed with the kind. */
const COUNT_KIND = 5;

/** A scalar, an alias or anything else without children. */
export const LEAF = 0;
export const SEQ = 1;
export const MAP = 2;
export type LocKind = typeof LEAF | typeof SEQ | typeof MAP;

const NO_KEY = -1;

/** The locations of one parsed chunk. Built once by `LocTreeBuilder`, then read-only. */
export class LocTree {
  /** What an absent key span reads as: -1 stored in `data`'s own type. */
  private readonly noKey: number;

  constructor(
    private readonly data: Int32Array | Uint16Array,
    /** The key of each node that belongs to a mapping (unused slots hold ''). */
    private readonly keys: readonly string[],
  ) {
    this.noKey = data instanceof Uint16Array ? UINT16_NO_KEY : NO_KEY;
  }

  get size(): number {
    return this.data.length / SLOTS;
  }

  start(node: number): number {
    return this.data[node * SLOTS + START];
  }

  end(node: number): number {
    return this.data[node * SLOTS + END];
  }

  keyStart(node: number): number | undefined {
    const value = this.data[node * SLOTS + KEY_START];
    return value === this.noKey ? undefined : value;
  }

  keyEnd(node: number): number | undefined {
    const value = this.data[node * SLOTS + KEY_END];
    return value === this.noKey ? undefined : value;
  }

  kind(node: number): LocKind {
    return (this.data[node * SLOTS + COUNT_KIND] & 3) as LocKind;
  }

  childCount(node: number): number {
    return this.data[node * SLOTS + COUNT_KIND] >>> 2;
  }

  child(node: number, index: number): number {
    return this.data[node * SLOTS + FIRST] + index;
  }

  key(node: number): string {
    return this.keys[node];
  }
}

/** -1 as a Uint16Array stores it. */
const UINT16_NO_KEY = 0xffff;

/**
 * Writes a LocTree. A collection reserves a block for its children before any
 * of them is converted, so children stay consecutive while their own children
 * are appended after them. The numbers gather in a plain array (small
 * integers, cheap to grow) and become one typed array when done.
 */
export class LocTreeBuilder {
  private readonly data: number[] = [];
  private readonly keys: string[] = [];

  /** Reserves `n` consecutive nodes; returns the first. */
  reserve(n: number): number {
    const first = this.keys.length;
    for (let i = 0; i < n; i++) {
      this.data.push(0, 0, NO_KEY, NO_KEY, 0, LEAF);
      this.keys.push('');
    }
    return first;
  }

  set(node: number, start: number, end: number): void {
    this.data[node * SLOTS + START] = start;
    this.data[node * SLOTS + END] = end;
  }

  setKey(node: number, key: string, start: number, end: number): void {
    this.data[node * SLOTS + KEY_START] = start;
    this.data[node * SLOTS + KEY_END] = end;
    this.keys[node] = key;
  }

  setChildren(node: number, kind: LocKind, first: number, count: number): void {
    this.data[node * SLOTS + FIRST] = first;
    this.data[node * SLOTS + COUNT_KIND] = (count << 2) | kind;
  }

  /**
   * The finished tree: in 16-bit numbers when every offset, index and count
   * fits (a piece under 64 KiB, as nearly every piece is), else in 32-bit ones.
   */
  build(): LocTree {
    let largest = 0;
    for (const value of this.data) if (value > largest) largest = value;
    // Uint16Array stores -1 as 0xFFFF, so that value must stay free for it.
    const data = largest < UINT16_NO_KEY ? new Uint16Array(this.data) : new Int32Array(this.data);
    return new LocTree(data, this.keys);
  }
}

/** One node of a LocTree: made on demand, so that no object per node is kept. */
export class NodeLoc {
  constructor(
    readonly tree: LocTree,
    readonly node: number,
  ) {}

  /** Value span [start, end). */
  get start(): number {
    return this.tree.start(this.node);
  }

  get end(): number {
    return this.tree.end(this.node);
  }

  /** Key span when the value belongs to a mapping. */
  get keyStart(): number | undefined {
    return this.tree.keyStart(this.node);
  }

  get keyEnd(): number | undefined {
    return this.tree.keyEnd(this.node);
  }

  /** Children of a sequence (undefined for anything else). */
  get items(): NodeLoc[] | undefined {
    if (this.tree.kind(this.node) !== SEQ) return undefined;
    return Array.from({ length: this.tree.childCount(this.node) }, (_, index) => this.at(index));
  }

  /** The sequence item at `index`, without making the others. */
  item(index: number): NodeLoc | undefined {
    const tree = this.tree;
    if (tree.kind(this.node) !== SEQ || !Number.isInteger(index) || index < 0 || index >= tree.childCount(this.node)) return undefined;
    return this.at(index);
  }

  /** The mapping's value at `key`. */
  prop(key: string): NodeLoc | undefined {
    const tree = this.tree;
    if (tree.kind(this.node) !== MAP) return undefined;
    for (let index = 0; index < tree.childCount(this.node); index++) {
      if (tree.key(tree.child(this.node, index)) === key) return this.at(index);
    }
    return undefined;
  }

  /** A mapping's keys with their locations, in source order (empty for anything else). */
  entries(): [string, NodeLoc][] {
    const tree = this.tree;
    if (tree.kind(this.node) !== MAP) return [];
    return Array.from({ length: tree.childCount(this.node) }, (_, index) => [tree.key(tree.child(this.node, index)), this.at(index)]);
  }

  private at(index: number): NodeLoc {
    return new NodeLoc(this.tree, this.tree.child(this.node, index));
  }
}

/** The location of a mapping's value by key. */
export function propLoc(loc: NodeLoc | undefined, key: string): NodeLoc | undefined {
  return loc?.prop(key);
}

/** A mapping's keys with their locations, in source order. */
export function propEntries(loc: NodeLoc | undefined): [string, NodeLoc][] {
  return loc?.entries() ?? [];
}

export type PathSegment = string | number;
export type Path = readonly PathSegment[];

export function childLoc(loc: NodeLoc | undefined, segment: PathSegment): NodeLoc | undefined {
  if (!loc) return undefined;
  if (typeof segment === 'number') return loc.item(segment);
  return propLoc(loc, segment);
}

/** The deepest location along the path, and how many segments it matched. */
export function deepestLoc(loc: NodeLoc, path: Path): { loc: NodeLoc; depth: number } {
  let current = loc;
  let depth = 0;
  for (const segment of path) {
    const next = childLoc(current, segment);
    if (!next) break;
    current = next;
    depth++;
  }
  return { loc: current, depth };
}
