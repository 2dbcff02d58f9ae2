import { Alias, Document, Node, Pair, Scalar, isAlias, isMap, isPair, isScalar, isSeq, stringify } from 'yaml';
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
    if (isScalar(node)) return { value: scalarValue(node), loc: { start: range[0], end: range[1] } };
    if (isSeq(node)) return this.convertSeq(node.items, range, depth, viaAlias);
    if (isMap(node)) return this.convertMap(node.items, range, depth, viaAlias);
    return { value: null, loc: { start: range[0], end: range[1] } };
  }

  private convertAlias(alias: Alias, depth: number): { value: unknown; loc: NodeLoc | undefined } {
    const target = alias.resolve(this.doc);
    const range = alias.range ?? [0, 0];
    if (!target) return { value: null, loc: { start: range[0], end: range[1] } };
    const { value } = this.convert(target, depth + 1, true);
    // Point at the alias itself: that is where the user wrote the value.
    return { value, loc: { start: range[0], end: range[1] } };
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
    return stringify(this.convert(key, depth + 1, false).value, { collectionStyle: 'flow' }).trim();
  }

  private convertSeq(items: unknown[], range: readonly number[], depth: number, viaAlias: boolean) {
    const values: unknown[] = [];
    const locs: NodeLoc[] = [];
    for (const item of items) {
      const child = this.convert(item, depth + 1, viaAlias);
      values.push(child.value);
      locs.push(child.loc ?? { start: range[0], end: range[0] });
    }
    return { value: values, loc: { start: range[0], end: range[1], items: locs } };
  }

  private convertMap(pairs: unknown[], range: readonly number[], depth: number, viaAlias: boolean) {
    const values: Record<string, unknown> = Object.create(null);
    const props: Record<string, NodeLoc> = Object.create(null);
    for (const pair of pairs) {
      if (!isPair(pair)) continue;
      const key = this.keyText(pair, depth);
      const keyRange = (pair.key as Node | null)?.range ?? [range[0], range[0]];
      if (key in values) {
        // The first one counts, as in most YAML tools; both places are reported.
        if (!viaAlias) this.duplicates.push({ key, span: { start: keyRange[0], end: keyRange[1] }, first: { start: props[key].keyStart ?? 0, end: props[key].keyEnd ?? 0 } });
        continue;
      }
      const child = this.convert(pair.value, depth + 1, viaAlias);
      const valueLoc = child.loc ?? emptyValueLoc(keyRange[1]);
      values[key] = child.value;
      props[key] = { ...valueLoc, keyStart: keyRange[0], keyEnd: keyRange[1] };
    }
    return { value: values, loc: { start: range[0], end: range[1], props } };
  }
}

/** A key with no value (`owner:`) has an empty value span right after the key. */
function emptyValueLoc(afterKey: number): NodeLoc {
  return { start: afterKey, end: afterKey };
}

function scalarValue(scalar: Scalar): unknown {
  const value = scalar.value;
  // YAML 1.1 documents may turn an unquoted 2026-07-13 into a Date; times are strings here.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? scalar.source : value.toISOString().slice(0, 10);
  if (typeof value === 'bigint') return Number(value);
  return value;
}
