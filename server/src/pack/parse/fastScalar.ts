/**
 * Scalars as yaml's default core schema resolves them, for the fast piece
 * parser. The tests are yaml's own (node_modules/yaml/dist/schema/core and
 * common/null.js), tried in yaml's order; the first that matches wins.
 */

const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** Whether a plain scalar can only be a string: most are, and one look at its first character says so. */
function startsLikeText(text: string): boolean {
  const c = text.charCodeAt(0);
  const isDigit = c >= 48 && c <= 57;
  // ~ n N t T f F + - . and digits start every non-string above.
  return !isDigit && !'~nNtTfF+-.'.includes(text[0] ?? '~');
}

/** The value of an unquoted scalar (already trimmed, on one line). */
export function resolvePlain(text: string): unknown {
  if (startsLikeText(text)) return text;
  if (NULL.test(text)) return null;
  if (BOOL.test(text)) return text[0] === 't' || text[0] === 'T';
  if (INT_OCT.test(text)) return parseInt(text.substring(2), 8);
  if (INT.test(text)) return parseInt(text, 10);
  if (INT_HEX.test(text)) return parseInt(text.substring(2), 16);
  if (FLOAT_NAN.test(text)) return text.slice(-3).toLowerCase() === 'nan' ? NaN : text[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (FLOAT_EXP.test(text) || FLOAT.test(text)) return parseFloat(text);
  return text;
}

/** A mapping key as toPlain names it: a null key is "", anything else its string form. */
export function keyText(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}
