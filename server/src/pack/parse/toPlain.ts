import { Alias, Document, Node, Pair, Scalar, isAlias, isCollection, isMap, isNode, isPair, isScalar, isSeq, stringify } from 'yaml';
import { LocTreeBuilder, MAP, NodeLoc, SEQ } from './nodeLoc';

export interface PlainLimits {
  /** Deepest nesting accepted. */
  maxDepth: number;
  /** Most nodes that aliases may expand to, against "billion laughs" documents. */
  maxAliasNodes: number;
}

export type PlainProblem = { kind: 'depth' | 'aliases'; start: number; end: number };

export interface DuplicateKey {
  key: string;
  span: { start: number; end: number };
  first: { start: number; end: number };
}

export interface PlainResult {
  value: unknown;
  loc: NodeLoc | undefined;
  problem?: PlainProblem;
  /** Keys repeated in one mapping (the first one counts). */
  duplicates: DuplicateKey[];
}

class LimitExceeded extends Error {
  constructor(readonly problem: PlainProblem) {
    super(problem.kind);
  }
}

/** A node converted for a limit check only (an alias target, a collection key): no location kept. */
const UNRECORDED = -1;

/**
 * Converts a yaml node to plain data plus locations in one walk, instead of
 * `toJS()` followed by range look-ups. Aliases are expanded under a budget and
 * nesting under a depth limit, so hostile input yields a problem, not a hang.
 */
export function toPlain(doc: Document, node: unknown, limits: PlainLimits): PlainResult {
  if (node === null || node === undefined) return { value: null, loc: undefined, duplicates: [] };
  const walker = new PlainWalker(doc, limits);
  try {
    const value = walker.convert(node, walker.locs.reserve(1), 0, false);
    return { value, loc: new NodeLoc(walker.locs.build(), 0), duplicates: walker.duplicates };
  } catch (error) {
    if (error instanceof LimitExceeded) return { value: undefined, loc: undefined, problem: error.problem, duplicates: [] };
    throw error;
  }
}

class PlainWalker {
  private aliasNodes = 0;
  readonly duplicates: DuplicateKey[] = [];
  readonly locs = new LocTreeBuilder();

  constructor(
    private readonly doc: Document,
    private readonly limits: PlainLimits,
  ) {}

  /**
   * The plain value of `node`; its location goes to `slot` (a node reserved
   * by the caller) unless the slot is UNRECORDED. A missing node (`key:` with
   * no value, an empty item) is null, and its caller places it.
   */
  convert(node: unknown, slot: number, depth: number, viaAlias: boolean): unknown {
    if (node === null || node === undefined) return null;
    const range = (node as Node).range ?? [0, 0];
    if (depth > this.limits.maxDepth) throw new LimitExceeded({ kind: 'depth', start: range[0], end: range[1] });
    if (viaAlias && ++this.aliasNodes > this.limits.maxAliasNodes) {
      throw new LimitExceeded({ kind: 'aliases', start: range[0], end: range[1] });
    }
    if (slot !== UNRECORDED) this.locs.set(slot, range[0], range[1]);
    if (isScalar(node)) return scalarValue(node);
    // Point an alias at itself: that is where the user wrote the value.
    if (isAlias(node)) return this.convertAlias(node, depth);
    if (isSeq(node)) return this.convertSeq(node.items, range, slot, depth, viaAlias);
    if (isMap(node)) return this.convertMap(node.items, range, slot, depth, viaAlias);
    return null;
  }

  private convertAlias(alias: Alias, depth: number): unknown {
    const target = alias.resolve(this.doc);
    return target ? this.convert(target, UNRECORDED, depth + 1, true) : null;
  }

  /**
   * Keys as yaml's toJS() writes them: a null key is "", a collection key (never
   * meaningful in a pack) in flow style. Collection keys go through the same
   * depth and alias limits as values.
   */
  private keyText(pair: Pair, depth: number): string {
    const key = pair.key;
    if (isScalar(key)) {
      const value = scalarValue(key);
      return value === null || value === undefined ? '' : String(value);
    }
    if (key === null || key === undefined) return '';
    this.convert(key, UNRECORDED, depth + 1, false); // the same depth and alias limits as any value
    return collectionKeyText(key as Node);
  }

  private convertSeq(items: unknown[], range: readonly number[], slot: number, depth: number, viaAlias: boolean): unknown[] {
    // An array of the exact size: push() would reserve room for 17 elements.
    const values: unknown[] = new Array(items.length);
    const first = this.reserve(slot, SEQ, items.length);
    for (let index = 0; index < items.length; index++) {
      const child = first === UNRECORDED ? UNRECORDED : first + index;
      // An empty item sits at the start of the sequence until it is converted.
      if (child !== UNRECORDED) this.locs.set(child, range[0], range[0]);
      values[index] = this.convert(items[index], child, depth + 1, viaAlias);
    }
    return values;
  }

  private convertMap(pairs: unknown[], range: readonly number[], slot: number, depth: number, viaAlias: boolean): Record<string, unknown> {
    // A plain object, not Object.create(null): V8 keeps that one in slow
    // dictionary mode, several times larger; `__proto__` is set as own data.
    const values: Record<string, unknown> = {};
    const keys: string[] = [];
    const keyRanges: (readonly number[])[] = [];
    const first = this.reserve(slot, MAP, pairs.length);
    for (const pair of pairs) {
      if (!isPair(pair)) continue;
      const key = this.keyText(pair, depth);
      const keyRange = (pair.key as Node | null)?.range ?? [range[0], range[0]];
      const seen = keys.indexOf(key);
      if (seen !== -1) {
        // The first one counts, as in most YAML tools; both places are reported.
        if (!viaAlias) this.duplicates.push({ key, span: { start: keyRange[0], end: keyRange[1] }, first: { start: keyRanges[seen][0], end: keyRanges[seen][1] } });
        continue;
      }
      const child = first === UNRECORDED ? UNRECORDED : first + keys.length;
      if (child !== UNRECORDED) {
        // A key with no value (`owner:`) has an empty value span right after the key.
        this.locs.set(child, keyRange[1], keyRange[1]);
        this.locs.setKey(child, key, keyRange[0], keyRange[1]);
      }
      setOwn(values, key, this.convert(pair.value, child, depth + 1, viaAlias));
      keys.push(key);
      keyRanges.push(keyRange);
    }
    if (slot !== UNRECORDED) this.locs.setChildren(slot, MAP, first, keys.length);
    return values;
  }

  /** Reserves `count` children for the node in `slot`, unless it is not recorded. */
  private reserve(slot: number, kind: typeof SEQ | typeof MAP, count: number): number {
    if (slot === UNRECORDED) return UNRECORDED;
    const first = this.locs.reserve(count);
    this.locs.setChildren(slot, kind, first, count);
    return first;
  }
}

export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/** Longest collection key spelled out; longer ones (never meaningful in a pack) get a placeholder. */
const LONGEST_KEY = 1000;

/** A collection key as yaml's toJS() names it: its flow form, blank lines kept. */
function collectionKeyText(key: Node): string {
  const [start, end] = key.range ?? [0, 0];
  if (end - start > LONGEST_KEY) return '[complex key]';
  try {
    const text = stringify(flowStyled(key.clone() as Node)).replace(/\n$/, '');
    return text.length > LONGEST_KEY ? '[complex key]' : text;
  } catch {
    return '[complex key]';
  }
}

/** In flow style, as yaml names a key: comments inside it stay, the key's own do not. */
function flowStyled(node: unknown, top = true): unknown {
  if (top && isNode(node)) Object.assign(node, { comment: undefined, commentBefore: undefined });
  if (!isCollection(node)) return node;
  node.flow = true;
  for (const item of node.items) {
    if (isPair(item)) {
      flowStyled(item.key, false);
      flowStyled(item.value, false);
    } else flowStyled(item, false);
  }
  return node;
}

function scalarValue(scalar: Scalar): unknown {
  const value = scalar.value;
  // YAML 1.1 documents may turn an unquoted 2026-07-13 into a Date; times are strings here.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? scalar.source : value.toISOString().slice(0, 10);
  if (typeof value === 'bigint') return Number(value);
  return value;
}
