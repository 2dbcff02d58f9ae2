import { NotMine } from './fastNode';

/**
 * Characters that give a plain scalar's first character another meaning
 * (indicators, quotes, a directive, reserved ones).
 */
const INDICATORS = '-?:,[]{}#&*!|>\'"%@`';
const FLOW_INDICATORS = ',[]{}';

/**
 * Whether a plain scalar starts at `p`. A `-` may start one when a non-space
 * follows (`-3`, `-.inf`), and in a flow collection no flow indicator; `?`
 * and `:` may too, but are rare enough to leave to yaml.
 */
export function startsPlain(src: string, p: number, inFlow: boolean): boolean {
  const c = src[p];
  if (c === undefined || c === ' ' || c === '\n') return false;
  if (c !== '-') return !INDICATORS.includes(c);
  const after = src[p + 1];
  return after !== undefined && after !== ' ' && after !== '\n' && !(inFlow && FLOW_INDICATORS.includes(after));
}

/** Index of the line break ending the line at `p`, or the text's end. */
export function lineEnd(src: string, p: number): number {
  const newline = src.indexOf('\n', p);
  return newline === -1 ? src.length : newline;
}

/** The start of the line after the one at `p`, or the text's end. */
export function nextLine(src: string, p: number): number {
  const newline = src.indexOf('\n', p);
  return newline === -1 ? src.length : newline + 1;
}

/**
 * Where a ` #` comment starts between `from` and `end` (a line's end), or
 * `end`. A scan of the line alone: indexOf would run on through the piece.
 */
export function commentStart(src: string, from: number, end: number): number {
  for (let at = from + 1; at < end; at++) if (src.charCodeAt(at) === 35 && src.charCodeAt(at - 1) === 32) return at - 1;
  return end;
}

export function skipSpaces(src: string, p: number): number {
  while (src.charCodeAt(p) === 32) p++;
  return p;
}

export interface Quoted {
  value: string;
  /** Just after the closing quote. */
  end: number;
}

/**
 * A quoted scalar closed on its own line. Double quotes with a backslash are
 * left to yaml (escapes are its business); single quotes only escape `''`.
 */
export function readQuoted(src: string, p: number): Quoted {
  const quote = src[p];
  let at = p + 1;
  for (;;) {
    const close = src.indexOf(quote, at);
    const newline = src.indexOf('\n', at);
    if (close === -1 || (newline !== -1 && newline < close)) throw new NotMine();
    if (quote === "'" && src[close + 1] === "'") {
      at = close + 2;
      continue;
    }
    const inner = src.slice(p + 1, close);
    if (quote === '"' && inner.includes('\\')) throw new NotMine();
    return { value: quote === "'" ? inner.replace(/''/g, "'") : inner, end: close + 1 };
  }
}

/**
 * Text the fast parser never takes: tabs, carriage returns, control and
 * byte-order characters, line separators, document markers and directives.
 * One pass of one expression, so the parser itself need not check.
 */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const OUTSIDE_SUBSET = /[\t\r\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff]|^(?:---|\.\.\.)(?:[ \n]|$)|^%/m;

export function outsideSubset(src: string): boolean {
  return OUTSIDE_SUBSET.test(src);
}
