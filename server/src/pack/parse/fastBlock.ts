import { FlowReader } from './fastFlow';
import { FastNode, NotMine, addPair, collection, leaf } from './fastNode';
import { keyText, resolvePlain } from './fastScalar';
import { commentStart, lineEnd, nextLine, readQuoted, skipSpaces, startsPlain } from './fastText';
import { MAP, SEQ } from './nodeLoc';

/** The next line holding content (neither blank nor a comment): where it starts and its indent. */
interface ContentLine {
  line: number;
  indent: number;
}

/** A blank or comment line between two content lines. */
interface GapLine {
  end: number;
  /** The comment's indent, or -1 for a blank line. */
  commentIndent: number;
}

interface Gap {
  lines: GapLine[];
  next: ContentLine | undefined;
}

/**
 * The comment lines left after a collection's last value, not yet placed.
 * yaml's parser keeps them in the innermost collection it closes whose
 * indent is above 0 and at most a comment's indent, and ranges that
 * collection over them (range[2]); else they move out to its parent.
 */
interface Trailing {
  maxCommentIndent: number;
  end: number;
}

interface Key {
  text: string;
  start: number;
  end: number;
  /** Just after the `:`. */
  colonEnd: number;
}

/** Longest implicit key taken; yaml rejects those past 1024 characters. */
const LONGEST_KEY = 1000;

/**
 * Reads block mappings and sequences line by line. Where each node's range
 * ends follows yaml's parser: a value on a line takes that line's comment and
 * line break, and a deeper-indented comment line right after it; the comments
 * after a collection's last value go to the collection `Trailing` names.
 */
export class BlockReader {
  private next: ContentLine | undefined;
  private trailing: Trailing | undefined;
  /** Block collections open around the one being read. */
  private depth = 0;

  constructor(
    private readonly src: string,
    /** Deeper nesting is yaml's to report (and would overflow this reader's stack). */
    private readonly maxDepth: number,
  ) {}

  /** The piece's root node, or undefined for a piece of only comments and blank lines. */
  document(): FastNode | undefined {
    this.next = this.gap(0).next;
    if (!this.next) return undefined;
    const root = this.block(this.next.indent);
    if (this.next) throw new NotMine();
    return root;
  }

  private block(indent: number): FastNode {
    const at = (this.next as ContentLine).line + indent;
    return this.isSeqItem(at) ? this.seq(indent, at) : this.map(indent, this.keyAt(at));
  }

  private map(indent: number, firstKey: Key | undefined): FastNode {
    this.enter();
    const items: FastNode[] = [];
    for (let key = firstKey; ; ) {
      if (!key) throw new NotMine();
      addPair(items, key.text, key.start, key.end, this.mapValue(indent, key.colonEnd));
      const next = this.next;
      if (!next || next.indent < indent) break;
      // Deeper content continues a multi-line scalar; an item at the map's indent is an error.
      if (next.indent > indent || this.isSeqItem(next.line + indent)) throw new NotMine();
      this.trailing = undefined;
      key = this.keyAt(next.line + indent);
    }
    this.depth--;
    return this.close(collection(MAP, items[0].keyStart as number, items, items[items.length - 1].after), indent);
  }

  private seq(indent: number, firstDash: number): FastNode {
    this.enter();
    const items: FastNode[] = [];
    for (let dash = firstDash, commentedBefore = false; ; ) {
      items.push(this.seqItem(indent, dash, commentedBefore));
      const next = this.next;
      if (!next || next.indent < indent) break;
      if (next.indent > indent) throw new NotMine();
      // Content at the sequence's indent that is no item: the parent mapping's next key.
      if (!this.isSeqItem(next.line + indent)) break;
      commentedBefore = (this.trailing?.maxCommentIndent ?? -1) >= 0;
      this.trailing = undefined;
      dash = next.line + indent;
    }
    this.depth--;
    return this.close(collection(SEQ, firstDash, items, items[items.length - 1].after), indent);
  }

  private enter(): void {
    if (++this.depth > this.maxDepth) throw new NotMine();
  }

  /** Places the pending trailing comments on a collection being closed, when yaml keeps them there. */
  private close(node: FastNode, indent: number): FastNode {
    const trailing = this.trailing;
    if (trailing && indent > 0 && trailing.maxCommentIndent >= indent) {
      node.after = trailing.end;
      this.trailing = undefined;
    }
    return node;
  }

  /** An item; `commentedBefore` when comment lines precede its `-` (yaml ranges an empty item over them). */
  private seqItem(indent: number, dash: number, commentedBefore: boolean): FastNode {
    const at = skipSpaces(this.src, dash + 1);
    const c = this.src[at];
    if (c === undefined || c === '\n') {
      if (commentedBefore) throw new NotMine();
      return this.emptyValue(at, indent, undefined);
    }
    if (c === '#' || this.isSeqItem(at)) throw new NotMine();
    const key = this.keyAt(at);
    // `- key: value` opens a mapping indented to its first key.
    if (key) return this.map(indent + at - dash, key);
    return this.inlineValue(at, indent);
  }

  private mapValue(indent: number, colonEnd: number): FastNode {
    const at = skipSpaces(this.src, colonEnd);
    const c = this.src[at];
    if (c !== undefined && c !== '\n' && c !== '#') return this.inlineValue(at, indent);
    const gap = this.gap(nextLine(this.src, at));
    const next = gap.next;
    if (next) {
      const isItem = this.isSeqItem(next.line + next.indent);
      // A sequence may sit at its key's indent; a mapping must be deeper.
      if (next.indent > indent || (isItem && next.indent === indent)) {
        this.next = next;
        this.trailing = undefined;
        return this.block(next.indent);
      }
    }
    return this.emptyValue(at, indent, c === '#');
  }

  /**
   * `key:` or `-` with nothing after: null, placed where yaml places an empty
   * scalar (after the indicator and its spaces). A mapping's empty value with
   * comments after it ranges over them; at the piece's end (an entry such as
   * `initiatives:` whose items are pieces of their own) that is the rest of the
   * text. Elsewhere yaml's ranges depend on more than that: left to yaml.
   */
  private emptyValue(at: number, indent: number, commentedKey: boolean | undefined): FastNode {
    const gap = this.gap(nextLine(this.src, at));
    const commented = commentedKey === true || gap.lines.some((line) => line.commentIndent >= 0);
    const atPieceEnd = commentedKey !== undefined && !gap.next;
    if ((commented && !atPieceEnd) || (gap.next && gap.next.indent > indent)) throw new NotMine();
    this.next = gap.next;
    this.trailing = undefined;
    const node = leaf(at, at, null);
    if (commented) node.after = this.src.length;
    return node;
  }

  /** A value that starts on the current line: a flow collection, a quoted or a plain scalar. */
  private inlineValue(at: number, indent: number): FastNode {
    const c = this.src[at];
    if (c === '[' || c === '{') return this.finishLeaf(new FlowReader(this.src, indent).collection(at), indent);
    if (c === '"' || c === "'") {
      const quoted = readQuoted(this.src, at);
      return this.finishLeaf(leaf(at, quoted.end, quoted.value), indent);
    }
    if (!startsPlain(this.src, at, false)) throw new NotMine();
    const end = this.plainEnd(at);
    const text = this.src.slice(at, end);
    // `a: b: c` is an error, and `a: b:` a nested key: both yaml's.
    if (text.includes(': ') || text.endsWith(':')) throw new NotMine();
    return this.finishLeaf(leaf(at, end, resolvePlain(text)), indent);
  }

  /** The end of a one-line plain scalar: before a ` #` comment or the line break, trailing spaces excluded. */
  private plainEnd(at: number): number {
    let stop = commentStart(this.src, at, lineEnd(this.src, at));
    while (this.src[stop - 1] === ' ') stop--;
    return stop;
  }

  /**
   * Ends a value written on one line (a flow collection may span several):
   * only spaces and a comment may follow it. Its range then runs over the line
   * break and over deeper-indented comment lines after it, as yaml's does, and
   * the blank and comment lines after those become the pending `trailing`.
   */
  private finishLeaf(node: FastNode, indent: number): FastNode {
    let at = skipSpaces(this.src, node.end);
    if (this.src[at] === '#') {
      if (at === node.end) throw new NotMine(); // yaml wants a space before a comment
      at = lineEnd(this.src, at);
    } else if (at < this.src.length && this.src[at] !== '\n') throw new NotMine();
    node.after = nextLine(this.src, at);
    const gap = this.gap(node.after);
    let maxCommentIndent = -1;
    let absorbing = true;
    for (const line of gap.lines) {
      if (line.commentIndent < 0) continue;
      if (absorbing && line.commentIndent > indent) node.after = line.end;
      else {
        absorbing = false;
        maxCommentIndent = Math.max(maxCommentIndent, line.commentIndent);
      }
    }
    this.next = gap.next;
    this.trailing = { maxCommentIndent, end: gap.next ? gap.next.line + gap.next.indent : this.src.length };
    return node;
  }

  /** An implicit key with its `:` at `at`, or undefined when the line holds no key there. */
  private keyAt(at: number): Key | undefined {
    const src = this.src;
    const c = src[at];
    if (c === '"' || c === "'") {
      const quoted = readQuoted(src, at);
      return this.isValueIndicator(quoted.end) ? { text: quoted.value, start: at, end: quoted.end, colonEnd: quoted.end + 1 } : undefined;
    }
    if (!startsPlain(src, at, false)) return undefined;
    const end = commentStart(src, at, lineEnd(src, at));
    for (let colon = at + 1; colon < end; colon++) {
      if (!this.isValueIndicator(colon)) continue;
      // `key : value` and overlong keys: yaml's business.
      if (src[colon - 1] === ' ' || colon - at > LONGEST_KEY) throw new NotMine();
      return { text: keyText(resolvePlain(src.slice(at, colon))), start: at, end: colon, colonEnd: colon + 1 };
    }
    return undefined;
  }

  /** A `:` followed by a space, a line break or the end. */
  private isValueIndicator(at: number): boolean {
    const after = this.src[at + 1];
    return this.src[at] === ':' && (after === undefined || after === ' ' || after === '\n');
  }

  private isSeqItem(at: number): boolean {
    const after = this.src[at + 1];
    return this.src[at] === '-' && (after === undefined || after === ' ' || after === '\n');
  }

  /** The blank and comment lines from `from` (a line start) to the next content line. */
  private gap(from: number): Gap {
    const src = this.src;
    const lines: GapLine[] = [];
    for (let line = from; line < src.length; ) {
      const at = skipSpaces(src, line);
      const c = src[at];
      if (c !== undefined && c !== '\n' && c !== '#') return { lines, next: { line, indent: at - line } };
      const end = nextLine(src, at);
      lines.push({ end, commentIndent: c === '#' ? at - line : -1 });
      line = end;
    }
    return { lines, next: undefined };
  }
}
