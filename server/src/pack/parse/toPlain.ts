import { Alias, Document, Node, Pair, Scalar, isAlias, isCollection, isMap, isNode, isPair, isScalar, isSeq, stringify } from 'yaml';
import { NodeLoc } from './nodeLoc';

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

/**
 * Converts a yaml node to plain data plus locations in one walk, instead of
 * `toJS()` followed by range look-ups. Aliases are expanded under a budget and
 * nesting under a depth limit, so hostile input yields a problem, not a hang.
 */
export function toPlain(doc: Document, node: unknown, limits: PlainLimits): PlainResult {
  const walker = new PlainWalker(doc, limits);
  try {
    const { value, loc } = walker.convert(node, 0, false);
    return { value, loc, duplicates: walker.duplicates };
  } catch (error) {
    if (error instanceof LimitExceeded) return { value: undefined, loc: undefined, problem: error.problem, duplicates: [] };
    throw error;
  }
}

class PlainWalker {
  private aliasNodes = 0;
  readonly duplicates: DuplicateKey[] = [];

  constructor(
    private readonly doc: Document,
    private readonly limits: PlainLimits,
  ) {}

  convert(node: unknown, depth: number, viaAlias: boolean): { value: unknown; loc: NodeLoc | undefined } {
    if (node === null || node === undefined) return { value: null, loc: undefined };
    const range = (node as Node).range ?? [0, 0];
    if (depth > this.limits.maxDepth) throw new LimitExceeded({ kind: 'depth', start: range[0], end: range[1] });
    if (viaAlias && ++this.aliasNodes > this.limits.maxAliasNodes) {
      throw new LimitExceeded({ kind: 'aliases', start: range[0], end: range[1] });
    }
    if (isAlias(node)) return this.convertAlias(node, depth);
    if (isScalar(node)) return { value: scalarValue(node), loc: nodeLoc(range[0], range[1]) };
    if (isSeq(node)) return this.convertSeq(node.items, range, depth, viaAlias);
    if (isMap(node)) return this.convertMap(node.items, range, depth, viaAlias);
    return { value: null, loc: nodeLoc(range[0], range[1]) };
  }

  private convertAlias(alias: Alias, depth: number): { value: unknown; loc: NodeLoc | undefined } {
    const target = alias.resolve(this.doc);
    const range = alias.range ?? [0, 0];
    if (!target) return { value: null, loc: nodeLoc(range[0], range[1]) };
    const { value } = this.convert(target, depth + 1, true);
    // Point at the alias itself: that is where the user wrote the value.
    return { value, loc: nodeLoc(range[0], range[1]) };
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
    this.convert(key, depth + 1, false); // the same depth and alias limits as any value
    return collectionKeyText(key as Node);
  }

  private convertSeq(items: unknown[], range: readonly number[], depth: number, viaAlias: boolean) {
    // Arrays of the exact size: push() would reserve room for 17 elements each.
    const values: unknown[] = new Array(items.length);
    const locs: NodeLoc[] = new Array(items.length);
    items.forEach((item, index) => {
      const child = this.convert(item, depth + 1, viaAlias);
      values[index] = child.value;
      locs[index] = child.loc ?? nodeLoc(range[0], range[0]);
    });
    return { value: values, loc: nodeLoc(range[0], range[1], locs) };
  }

  private convertMap(pairs: unknown[], range: readonly number[], depth: number, viaAlias: boolean) {
    // A plain object, not Object.create(null): V8 keeps that one in slow
    // dictionary mode, several times larger; `__proto__` is set as own data.
    const values: Record<string, unknown> = {};
    const keys: string[] = [];
    const children: NodeLoc[] = [];
    for (const pair of pairs) {
      if (!isPair(pair)) continue;
      const key = this.keyText(pair, depth);
      const keyRange = (pair.key as Node | null)?.range ?? [range[0], range[0]];
      if (keys.includes(key)) {
        // The first one counts, as in most YAML tools; both places are reported.
        const first = children[keys.indexOf(key)];
        if (!viaAlias) this.duplicates.push({ key, span: { start: keyRange[0], end: keyRange[1] }, first: { start: first.keyStart ?? 0, end: first.keyEnd ?? 0 } });
        continue;
      }
      const child = this.convert(pair.value, depth + 1, viaAlias);
      // A key with no value (`owner:`) has an empty value span right after the key.
      const valueLoc = child.loc ?? nodeLoc(keyRange[1], keyRange[1]);
      setOwn(values, key, child.value);
      keys.push(key);
      children.push(withKey(valueLoc, keyRange[0], keyRange[1]));
    }
    return { value: values, loc: nodeLoc(range[0], range[1], undefined, keys.slice(), children.slice()) };
  }
}

function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/**
 * Every location has the same fields in the same order, so V8 gives them one
 * hidden class: at 10,000 initiatives this halves the memory locations take.
 */
function nodeLoc(start: number, end: number, items?: NodeLoc[], keys?: string[], children?: NodeLoc[]): NodeLoc {
  return { start, end, keyStart: undefined, keyEnd: undefined, items, keys, children };
}

function withKey(loc: NodeLoc, keyStart: number, keyEnd: number): NodeLoc {
  loc.keyStart = keyStart;
  loc.keyEnd = keyEnd;
  return loc;
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
