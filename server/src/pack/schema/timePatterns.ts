/**
 * Regular expressions for the shape of time values, used by the zod schema (and
 * so by the generated JSON Schema). They accept what could be a time; the real
 * parser in time/parseTime.ts decides (a 30 February passes the shape).
 */
const WEEK = 'W(?:[1-9]|1[0-3])';
const QUARTER = '\\d{4}-Q[1-4]';
const DATE = '\\d{4}-\\d{2}-\\d{2}';
const POINT = `(?:${QUARTER}(?:-${WEEK})?|${DATE})`;

export const POINT_PATTERN = new RegExp(`^\\s*${POINT}\\s*$`, 'i');
export const SPAN_PATTERN = new RegExp(`^\\s*${POINT}(?:\\s*\\.\\.\\s*(?:${POINT}|${WEEK}))?\\s*$`, 'i');
export const EFFORT_PATTERN = /^\s*\d+(?:\.\d+)?(?:\s*[-–]\s*\d+(?:\.\d+)?)?\s*$/;
export const PERCENT_PATTERN = /^\s*\d+(?:\.\d+)?\s*%\s*$/;
export const LAG_PATTERN = /^\s*[+-]?\d{1,3}\s*w?\s*$/i;
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** An id, or a qualified id `name:id` naming an entity of another pack of the portfolio (the include name, a colon, the id). */
export const REFERENCE_PATTERN = /^(?:[A-Za-z0-9][A-Za-z0-9._-]*:)?[A-Za-z0-9][A-Za-z0-9._-]*$/;
export const CADENCE_PATTERN = /^(weekly|biweekly|bi-weekly|monthly|quarterly)$/i;

/** Patterns whose failures are time errors (RP103) rather than shape errors. */
export const TIME_PATTERN_SOURCES: ReadonlySet<string> = new Set([String(POINT_PATTERN), String(SPAN_PATTERN)]);
