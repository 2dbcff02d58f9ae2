import { resolvePlain, keyText } from './fastScalar';
import { FastNode, NotMine, addPair, collection, leaf } from './fastNode';
import { MAP, SEQ } from './nodeLoc';
import { lineEnd, readQuoted, skipSpaces, startsPlain } from './fastText';

/**
 * Reads a flow collection (`[…]`, `{…}`) of one-line scalars and nested
 * flow collections. Line breaks are taken only after an opening bracket or a
 * comma, onto a line indented deeper than `minIndent` (the enclosing block
 * collection's indent), where blank and comment lines may come between
 * entries; trailing commas and anything else unusual inside are left to yaml.
 */
export class FlowReader {
  constructor(
    private readonly src: string,
    private readonly minIndent: number,
  ) {}

  /** The collection opening at `p`; its `end` is just after the closing bracket. */
  collection(p: number): FastNode {
    const isMap = this.src[p] === '{';
    const closer = isMap ? '}' : ']';
    const items: FastNode[] = [];
    let at = this.skipBreaks(p + 1);
    if (this.src[at] === closer) return collection(isMap ? MAP : SEQ, p, items, at + 1);
    for (;;) {
      at = isMap ? this.pair(at, items) : this.item(at, items);
      at = skipSpaces(this.src, at);
      const c = this.src[at];
      if (c === closer) return collection(isMap ? MAP : SEQ, p, items, at + 1);
      if (c !== ',') throw new NotMine();
      at = this.skipBreaks(at + 1);
      if (this.src[at] === closer) throw new NotMine(); // a trailing comma
    }
  }

  private item(p: number, items: FastNode[]): number {
    const node = this.value(p, false);
    items.push(node);
    return node.end;
  }

  /** `key: value` on one line; returns the offset after the value. */
  private pair(p: number, items: FastNode[]): number {
    const key = this.value(p, true);
    if (key.items || this.src[key.end] !== ':' || this.src[key.end + 1] !== ' ') throw new NotMine();
    const value = this.value(skipSpaces(this.src, key.end + 1), false);
    addPair(items, keyText(key.value), key.start, key.end, value);
    return value.end;
  }

  private value(p: number, isKey: boolean): FastNode {
    const c = this.src[p];
    if (c === '[' || c === '{') return this.collection(p);
    if (c === '"' || c === "'") {
      const quoted = readQuoted(this.src, p);
      return leaf(p, quoted.end, quoted.value);
    }
    if (!startsPlain(this.src, p, true)) throw new NotMine();
    const end = this.plainEnd(p, isKey);
    return leaf(p, end, resolvePlain(this.src.slice(p, end)));
  }

  /**
   * The end of a plain scalar, trailing spaces excluded. It must stop at a
   * flow indicator on its own line; a key stops at `: `. Any other colon and
   * a ` #` are left to yaml.
   */
  private plainEnd(p: number, isKey: boolean): number {
    const src = this.src;
    let at = p;
    for (;;) {
      const c = src[at];
      if (c === ',' || c === ']' || c === '}') break;
      if (c === ':' && isKey && src[at + 1] === ' ') break;
      if (c === undefined || c === '\n' || c === ':' || c === '[' || c === '{' || (c === '#' && src[at - 1] === ' ')) throw new NotMine();
      at++;
    }
    while (src[at - 1] === ' ') at--;
    return at;
  }

  /**
   * Spaces, line breaks, blank lines and comments between entries; a line
   * with content (or a comment) must be indented deeper than `minIndent`.
   */
  private skipBreaks(p: number): number {
    const src = this.src;
    let at = skipSpaces(src, p);
    for (;;) {
      if (src[at] === '#') {
        if (src[at - 1] !== ' ') throw new NotMine(); // yaml wants a space before a comment
        at = lineEnd(src, at);
      }
      if (src[at] !== '\n') return at;
      const lineStart = at + 1;
      at = skipSpaces(src, lineStart);
      const c = src[at];
      if (c === undefined || (c !== '\n' && at - lineStart <= this.minIndent)) throw new NotMine();
    }
  }
}
