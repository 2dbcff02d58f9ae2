import { LocTreeBuilder, MAP, NodeLoc, SEQ } from '../parse/nodeLoc';
import type { Span } from '../text/lineIndex';

/** A key of a mapping under a scenario: its value and where it is written (`loc`'s offsets are relative to `base`). */
export interface OverlaidField {
  value: unknown;
  loc: NodeLoc | undefined;
  base: number;
}

/** A mapping with some keys replaced: each key keeps the place it was written, in the entity or in the change. */
export interface OverlaidMapping {
  /** The mapping's own place in the text (absolute). */
  span: Span;
  fields: Map<string, OverlaidField>;
}

/** The mapping's plain value: its keys in the order they were first written. */
export function overlaidValue(mapping: OverlaidMapping): Record<string, unknown> {
  const value: Record<string, unknown> = {};
  for (const [key, field] of mapping.fields) value[key] = field.value;
  return value;
}

/**
 * A LocTree holding the mapping as a list item piece holds it (a one-item
 * sequence) or as an entry's header does (a one-key mapping), with absolute
 * offsets: the fields come from different pieces, so the tree is read with
 * base 0 against the whole text.
 */
export function overlaidLoc(mapping: OverlaidMapping, wrapper: { key: string; keySpan: Span } | 'item'): NodeLoc {
  const builder = new LocTreeBuilder();
  const root = builder.reserve(1);
  const inner = builder.reserve(1);
  builder.set(root, mapping.span.start, mapping.span.end);
  builder.setChildren(root, wrapper === 'item' ? SEQ : MAP, inner, 1);
  builder.set(inner, mapping.span.start, mapping.span.end);
  if (wrapper !== 'item') builder.setKey(inner, wrapper.key, wrapper.keySpan.start, wrapper.keySpan.end);
  const fields = [...mapping.fields];
  const first = builder.reserve(fields.length);
  builder.setChildren(inner, MAP, first, fields.length);
  fields.forEach(([key, field], index) => {
    if (field.loc) copyNode(builder, field.loc, field.base, first + index);
    else builder.setKey(first + index, key, mapping.span.start, mapping.span.start);
  });
  return new NodeLoc(builder.build(), root);
}

/** Copies a node and everything below it, moved by `shift`. */
function copyNode(builder: LocTreeBuilder, loc: NodeLoc, shift: number, target: number): void {
  const { tree, node } = loc;
  builder.set(target, tree.start(node) + shift, tree.end(node) + shift);
  const keyStart = tree.keyStart(node);
  if (keyStart !== undefined) builder.setKey(target, tree.key(node), keyStart + shift, (tree.keyEnd(node) ?? keyStart) + shift);
  const kind = tree.kind(node);
  if (kind !== MAP && kind !== SEQ) return;
  const count = tree.childCount(node);
  const first = builder.reserve(count);
  builder.setChildren(target, kind, first, count);
  for (let index = 0; index < count; index++) copyNode(builder, new NodeLoc(tree, tree.child(node, index)), shift, first + index);
}
