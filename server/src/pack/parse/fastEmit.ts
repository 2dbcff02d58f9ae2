import { FastNode, NotMine } from './fastNode';
import { LEAF, LocTreeBuilder, MAP, NodeLoc } from './nodeLoc';
import { setOwn } from './toPlain';

/**
 * Plain data and a LocTree from a fast-parsed node, written in exactly the
 * order toPlain writes them (a collection reserves its children's block
 * before converting them), so the two trees are equal slot for slot.
 */
export function emitPlain(root: FastNode, maxDepth: number): { value: unknown; loc: NodeLoc } {
  const locs = new LocTreeBuilder();
  const value = emit(root, locs.reserve(1), 0, locs, maxDepth);
  return { value, loc: new NodeLoc(locs.build(), 0) };
}

function emit(node: FastNode, slot: number, depth: number, locs: LocTreeBuilder, maxDepth: number): unknown {
  // Too deep: yaml's path reports it as toPlain's depth problem.
  if (depth > maxDepth) throw new NotMine();
  locs.set(slot, node.start, node.end);
  if (node.kind === LEAF) return node.value;
  const items = node.items ?? [];
  const first = locs.reserve(items.length);
  locs.setChildren(slot, node.kind, first, items.length);
  if (node.kind === MAP) return emitMap(items, first, depth, locs, maxDepth);
  const values: unknown[] = new Array(items.length);
  for (let index = 0; index < items.length; index++) values[index] = emit(items[index], first + index, depth + 1, locs, maxDepth);
  return values;
}

function emitMap(items: FastNode[], first: number, depth: number, locs: LocTreeBuilder, maxDepth: number): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    const key = item.key ?? '';
    locs.setKey(first + index, key, item.keyStart ?? 0, item.keyEnd ?? 0);
    setOwn(values, key, emit(item, first + index, depth + 1, locs, maxDepth));
  }
  return values;
}
