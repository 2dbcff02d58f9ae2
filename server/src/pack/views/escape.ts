/**
 * THE one place where text from a pack is made safe for Mermaid. Every view
 * passes every title, name, theme, owner and id it shows through `label()`,
 * and never writes a pack's id into the syntax: `SafeIds` hands out `t1`,
 * `n1`, … and keeps the map back to the pack id for click-to-source.
 *
 * Strategy: a whitelist, the same in every context. Letters, digits and
 * combining marks of any script, the space and `. , - _ ( ) / + ' ? !` pass
 * as they are; every other character becomes a Mermaid entity code `#N;`
 * (N decimal, the code point). Whitespace of any kind (newlines, tabs, the
 * Unicode line separators) becomes one space; control and format characters
 * (bidi overrides, zero-width characters) are dropped.
 *
 * Why entities work in every diagram used here (Mermaid 11, verified in its
 * source): `Diagram.fromText` runs `encodeEntities` over the whole diagram
 * text before any diagram's own parser sees it, turning `#35;` into the
 * placeholder `ﬂ°°35¶ß` (so neither `#` nor `;` reaches the gantt, timeline,
 * flowchart or xychart lexers), and `render` runs `decodeEntities` over the
 * finished SVG, turning the placeholder into `&#35;`, which the browser shows
 * as `#`. `mermaid.parse` goes through `Diagram.fromText` too. So gantt task
 * names need no look-alike characters: a `:` (which would end a gantt task
 * name) is written `#58;`, a `"` (which would end a flowchart or xychart
 * string) `#34;`, `%` `#37;` (so no `%%{init}%%` directive or `%%` comment
 * can form), `<` `#60;` (so no HTML or `<br>` reaches a label), and `ﬂ`, `°`,
 * `¶` are never written raw, so a pack cannot forge the placeholders.
 * The entity text makes Mermaid measure labels slightly wide; that is the price.
 * (Entities in gantt task and section names: mermaid-js/mermaid#1981, #742.)
 *
 * What entities cannot fix is a keyword at the start of a statement: the
 * gantt lexer reads a line that starts with `click `, `section `, `title `,
 * `excludes `, a date… as that statement, whatever follows. For text that
 * starts a line (gantt task names, timeline periods) `label()` writes the
 * first character of such a word as an entity: `click here` becomes
 * `#99;lick here`, still shown as "click here" (a task named `Gantt` breaks
 * a chart otherwise: mermaid-js/mermaid#5660).
 *
 * Entities do not hide two patterns from Mermaid's flowchart labels (only
 * those: the other diagrams show them as text), which
 * are decoded before Mermaid looks for them: `$$…$$` (rendered as KaTeX math,
 * in a box that never wraps) and `fa:fa-car` (replaced by an icon element, the
 * text gone). Both are broken with a zero-width space, which shows nothing:
 * between two `$` (`#36;#8203;#36;`) and after the `:` of `fa:fa-` (found by
 * the visual standard, test/browser/visual.test.ts, on the hostile labels).
 *
 * Source that reads well: `&` before a space passes as it is everywhere (no
 * diagram gives it a meaning, and with a space after it cannot start an HTML
 * character reference), and so do `:` and `%` before a space inside quoted
 * labels and titles (`Decision: go`, `98% of capacity`), where no lexer reads
 * them. Only before a space: `%%` (a comment or directive) then cannot form,
 * and neither can Mermaid's `style…:\S*#…;` rule, which would drop a `;`.
 * Where a `:` is syntax (a gantt task name ends at it, a timeline event
 * starts with it, a gantt or timeline section stops at it) it stays `#58;`.
 *
 * test/views/shape.ts repeats Mermaid's preprocessing and lexing rules for the
 * statements the views write; the hostile fixtures are checked against it.
 */

/** Where a label goes; `gantt-task` and `timeline` texts start a line and also get the keyword guard. */
export type LabelContext =
  | 'gantt-task' // a gantt task name: the start of a line, up to `:`
  | 'gantt-section' // after `section `
  | 'title' // after `title ` (gantt, timeline) or inside `title "…"` (xychart)
  | 'flowchart' // inside `["…"]`, `{{"…"}}`, `(["…"])`, … and `|"…"|`
  | 'timeline' // a timeline period, section or event
  | 'xychart'; // inside `"…"`

export interface LabelOptions {
  /** Used when the text is empty after cleaning (a label may not be empty). */
  fallback?: string;
  /** Longest label in characters before escaping; longer ones end in `...`. Default 160. */
  maxLength?: number;
}

const DEFAULT_MAX_LENGTH = 160;
const SAFE_ASCII = /^[A-Za-z0-9 .,\-_()/+'?!]$/;
const SAFE_UNICODE = /^[\p{L}\p{M}\p{N}]$/u;
const DROPPED = /^[\p{Cc}\p{Cf}]$/u;
/** Characters written as they are when a space follows them, by context (see the header). */
const RAW_BEFORE_SPACE: Readonly<Record<LabelContext, ReadonlySet<string>>> = {
  'gantt-task': new Set(['&']),
  'gantt-section': new Set(['&']),
  timeline: new Set(['&']),
  title: new Set(['&', ':', '%']),
  flowchart: new Set(['&', ':', '%']),
  xychart: new Set(['&', ':', '%']),
};
/** Characters Mermaid uses for its entity placeholders: never written raw. */
const PLACEHOLDER_CHARS: ReadonlySet<string> = new Set(['\ufb02', '\u00b0', '\u00b6', '\u00df']);

/**
 * Words a gantt or timeline lexer reads as a statement when a line starts
 * with them (case-insensitive). Longer than needed on purpose: guarding
 * `Titles` costs nothing, missing a keyword a later Mermaid adds would.
 */
const LINE_KEYWORDS =
  /^(gantt|timeline|dateformat|inclusiveenddates|topaxis|axisformat|tickinterval|includes|excludes|todaymarker|weekday|weekend|workdayhours|displaymode|title|accdescription|acctitle|accdescr|section|click|call|href|vert)/i;
const LEADING_DATE = /^\d{4}-\d{2}-\d{2}/;

/** Text from a pack, made safe to place in `context`. Never empty, never multi-line. */
export function label(text: unknown, context: LabelContext, options: LabelOptions = {}): string {
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  const escape = (value: unknown) => escapeChars(truncate(normalize(value), maxLength), RAW_BEFORE_SPACE[context], context === 'flowchart');
  const escaped = escape(text) || escape(options.fallback) || 'untitled';
  return startsLine(context) ? guardLeadingKeyword(escaped) : escaped;
}

/** `#N;` for one code point. */
export function entity(char: string): string {
  return `#${char.codePointAt(0)};`;
}

function startsLine(context: LabelContext): boolean {
  return context === 'gantt-task' || context === 'timeline';
}

function normalize(text: unknown): string {
  if (text === undefined || text === null) return '';
  const string = typeof text === 'string' ? text : String(text);
  // Invisible characters go before anything looks at a character's neighbour:
  // "raw before a space" must hold of the output, not of a space that a dropped
  // character and the final trim then take away.
  return string.replace(/[\s\u0085]+/gu, ' ').replace(/[\p{Cc}\p{Cf}]/gu, '').replace(/ {2,}/g, ' ').trim();
}

/** Cuts by code points (never inside a surrogate pair), before escaping (never inside an entity). */
function truncate(text: string, maxLength: number): string {
  const chars = Array.from(text);
  if (chars.length <= maxLength) return text;
  return chars.slice(0, Math.max(1, maxLength - 3)).join('').trimEnd() + '...';
}

function escapeChars(text: string, rawBeforeSpace: ReadonlySet<string>, breakPatterns: boolean): string {
  const chars = Array.from(text);
  let result = '';
  chars.forEach((char, i) => {
    result += rawBeforeSpace.has(char) && chars[i + 1] === ' ' ? char : escapeChar(char);
    if (breakPatterns && breaksBefore(chars, i + 1)) result += entity('\u200b');
  });
  return result.replace(/ {2,}/g, ' ').trim();
}

/** Whether Mermaid would read `$$` (math) or `:fa-` (an icon) across this point. */
function breaksBefore(chars: readonly string[], at: number): boolean {
  if (chars[at - 1] === '$' && chars[at] === '$') return true;
  return chars[at - 1] === ':' && chars[at] === 'f' && chars[at + 1] === 'a' && chars[at + 2] === '-';
}

function escapeChar(char: string): string {
  if (SAFE_ASCII.test(char)) return char;
  if (PLACEHOLDER_CHARS.has(char)) return entity(char);
  if (char.length === 1 && char >= '\ud800' && char <= '\udfff') return entity('\ufffd'); // a lone surrogate
  if (SAFE_UNICODE.test(char)) return char;
  if (DROPPED.test(char)) return '';
  return entity(char);
}

function guardLeadingKeyword(escaped: string): string {
  if (!LINE_KEYWORDS.test(escaped) && !LEADING_DATE.test(escaped)) return escaped;
  return entity(escaped[0]) + escaped.slice(1);
}

/**
 * Ids for the diagram syntax: a prefix and a counter, never pack text. The
 * source map goes from each Mermaid id back to the pack id it stands for.
 */
export class SafeIds {
  readonly sourceMap: Record<string, string> = {};
  private readonly counters = new Map<string, number>();

  /** A fresh id such as `t3`; mapped back to `packId` when one is given. */
  next(prefix: string, packId?: string): string {
    if (!/^[a-z]+$/.test(prefix)) throw new Error(`id prefix must be lower-case letters: ${prefix}`);
    const count = (this.counters.get(prefix) ?? 0) + 1;
    this.counters.set(prefix, count);
    const id = `${prefix}${count}`;
    if (packId) this.sourceMap[id] = packId;
    return id;
  }
}
