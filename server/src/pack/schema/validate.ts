import type { z } from 'zod';
import type { Finding } from '../diagnostic';
import type { Path } from '../parse/nodeLoc';
import type { Span } from '../text/lineIndex';
import { closest } from '../suggest';
import { parsePoint, parseSpan, DEFAULT_CALENDAR } from '../time';
import { BOUND_PARAMS } from './bounds';
import { objectKeys, schemaAt } from './schemaWalk';
import { POINT_PATTERN, TIME_PATTERN_SOURCES } from './timePatterns';

/** Finds where a path stands in the source. */
export interface Locator {
  span(path: Path, part?: 'key' | 'value'): Span;
}

type Issue = z.core.$ZodIssue;

/** A schema and its partial form (every key optional), which a repair validates against. */
export interface Repairable<T> {
  schema: z.ZodType<T>;
  partial: z.ZodType<T>;
}

/**
 * Pairs a schema with its partial form; call it once per schema, where the
 * schema is declared. zod's `partial()` builds a new schema and its first
 * parse compiles it, which costs more than validating an item: made per bad
 * item, 20,000 initiatives with an error each took seconds to check.
 */
export function repairable<T>(schema: z.ZodType<T>): Repairable<T> {
  return { schema, partial: (schema as unknown as { partial?: () => z.ZodType<T> }).partial?.() ?? schema };
}

export interface Validated<T> {
  /** The data, with bad or unknown fields left out; undefined when nothing usable remains. */
  data: T | undefined;
  findings: Finding[];
}

/**
 * Validates one value against its schema and turns zod's issues into findings
 * at exact ranges. A value with problems is repaired rather than dropped: the
 * offending fields are left out and the rest is validated again, so that one
 * bad field does not hide a whole initiative from the other checks.
 */
export function validate<T>({ schema, partial }: Repairable<T>, value: unknown, path: Path, locator: Locator): Validated<T> {
  const first = schema.safeParse(value);
  // The schemas neither transform nor default: valid data is the value itself,
  // and keeping it instead of zod's deep copy saves memory the size of the pack.
  if (first.success) return { data: value as T, findings: [] };
  const findings = first.error.issues.flatMap((issue) => issueFindings(schema, issue, value, path, locator));
  return { data: repair(partial, value, first.error.issues), findings };
}

function repair<T>(partial: z.ZodType<T>, value: unknown, issues: Issue[]): T | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const issue of issues) {
    if (issue.path.length > 0) delete copy[String(issue.path[0])];
    else if (issue.code === 'unrecognized_keys') for (const key of issue.keys) delete copy[key];
  }
  const second = partial.safeParse(copy);
  return second.success ? (second.data as T) : undefined;
}

function issueFindings(schema: z.ZodType, issue: Issue, root: unknown, path: Path, locator: Locator): Finding[] {
  const issuePath = issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol');
  const at = [...path, ...issuePath];
  const value = valueAt(root, issuePath);
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => unknownKey(key, absentKeys(objectKeys(schemaAt(schema, issuePath)), value), [...at, key], locator));
    case 'invalid_union':
      return unionFindings(schema, issue, root, path, locator);
    case 'invalid_type':
      return [typeFinding(issue, value, at, locator)];
    case 'invalid_value':
      return [enumFinding(issue.values.map(String), value, at, locator)];
    case 'invalid_format':
      return [formatFinding(issue, value, at, locator)];
    case 'custom':
      return [{ code: issue.params?.rule === BOUND_PARAMS.rule ? BOUND_PARAMS.rule : 'RP101', message: `\`${fieldName(at)}\` is ${describeValue(value)}: ${issue.message}.`, span: locator.span(at) }];
    default:
      return [{ code: 'RP101', message: `\`${fieldName(at)}\`: ${issue.message}.`.replace('..', '.'), span: locator.span(at) }];
  }
}

/** Reports the union branch that matched the value's type, not every branch. */
function unionFindings(schema: z.ZodType, issue: Extract<Issue, { code: 'invalid_union' }>, root: unknown, path: Path, locator: Locator): Finding[] {
  const branches = issue.errors.filter((branch) => branch.length > 0);
  const sameType = branches.find((branch) => !branch.some((inner) => inner.code === 'invalid_type' && inner.path.length === 0));
  if (sameType) {
    const prefix = issue.path;
    return sameType.flatMap((inner) => issueFindings(schema, { ...inner, path: [...prefix, ...inner.path] } as Issue, root, path, locator));
  }
  const at = [...path, ...issue.path.filter((s): s is string | number => typeof s !== 'symbol')];
  const expected = [...new Set(branches.flatMap((branch) => branch.filter((inner) => inner.code === 'invalid_type').map((inner) => (inner as { expected: string }).expected)))];
  const value = valueAt(root, issue.path as Path);
  return [{ code: 'RP101', message: `\`${fieldName(at)}\` should be ${listOr(expected.map(article))}, not ${describeValue(value)}.`, span: locator.span(at) }];
}

function typeFinding(issue: Extract<Issue, { code: 'invalid_type' }>, value: unknown, at: Path, locator: Locator): Finding {
  if (value === undefined) {
    return { code: 'RP101', message: `\`${fieldName(at)}\` is missing${at.length > 1 ? ` from ${parentName(at)}` : ''}.`, span: missingSpan(at, locator) };
  }
  return { code: 'RP101', message: `\`${fieldName(at)}\` should be ${article(issue.expected)}, not ${describeValue(value)}.`, span: locator.span(at) };
}

function enumFinding(allowed: string[], value: unknown, at: Path, locator: Locator): Finding {
  const span = locator.span(at);
  const suggestion = typeof value === 'string' ? closest(value, allowed) : undefined;
  const hint = suggestion ? ` Did you mean \`${suggestion}\`?` : '';
  const message = allowed.length === 1 ? `\`${fieldName(at)}\` must be ${allowed[0]}, not ${describeValue(value)}.` : `\`${fieldName(at)}\` is ${describeValue(value)}; use one of ${allowed.join(', ')}.${hint}`;
  const fixes = suggestion ? [{ title: `Change to \`${suggestion}\``, edits: [{ span, newText: suggestion }], preferred: true }] : undefined;
  return { code: 'RP101', message, span, fixes };
}

function formatFinding(issue: Extract<Issue, { code: 'invalid_format' }>, value: unknown, at: Path, locator: Locator): Finding {
  const pattern = (issue as { pattern?: string }).pattern;
  if (pattern && TIME_PATTERN_SOURCES.has(pattern) && typeof value === 'string') {
    const wantsPoint = pattern === String(POINT_PATTERN);
    const parsed = wantsPoint ? parsePoint(value, DEFAULT_CALENDAR) : parseSpan(value, DEFAULT_CALENDAR);
    const reason = parsed.ok ? `\`${value}\` is not a valid time here.` : parsed.message;
    return { code: 'RP103', message: `\`${fieldName(at)}\`: ${reason}`, span: locator.span(at) };
  }
  return { code: 'RP101', message: `\`${fieldName(at)}\` is ${describeValue(value)}: ${issue.message}`, span: locator.span(at) };
}

function unknownKey(key: string, known: string[], at: Path, locator: Locator): Finding {
  const span = locator.span(at, 'key');
  const suggestion = closest(key, known);
  const where = at.length > 1 ? ` in ${parentName(at)}` : '';
  const message = suggestion ? `Unknown key \`${key}\`${where}: did you mean \`${suggestion}\`?` : `Unknown key \`${key}\`${where}; it is not checked or drawn.`;
  const fixes = suggestion ? [{ title: `Rename to \`${suggestion}\``, edits: [{ span, newText: suggestion }], preferred: true }] : undefined;
  return { code: 'RP102', message, span, fixes };
}

/** The known keys the mapping does not have yet: renaming to one it has would make a duplicate key. */
function absentKeys(known: string[], mapping: unknown): string[] {
  if (mapping === null || typeof mapping !== 'object') return known;
  return known.filter((key) => !Object.hasOwn(mapping, key));
}

/** A missing key is reported on its parent's key (or the item's id). */
function missingSpan(at: Path, locator: Locator): Span {
  const parent = at.slice(0, -1);
  if (parent.length === 0) return { start: 0, end: 0 };
  if (typeof parent[parent.length - 1] === 'number') return locator.span([...parent, 'id'], 'value');
  return locator.span(parent, 'key');
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

/** `title`, or `initiatives item 2` for a list item itself. */
function fieldName(at: Path): string {
  const last = at[at.length - 1];
  if (typeof last === 'number') return at.length > 1 ? `${String(at[at.length - 2])} item ${last + 1}` : `item ${last + 1}`;
  return String(last ?? 'value');
}

/** The nearest list item above the field (`milestones item 2`), else its parent key. */
function parentName(at: Path): string {
  const parent = at.slice(0, -1);
  for (let i = parent.length - 1; i > 0; i--) {
    if (typeof parent[i] === 'number') return `${String(parent[i - 1])} item ${Number(parent[i]) + 1}`;
  }
  return `\`${String(parent[parent.length - 1])}\``;
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `\`${value.length > 40 ? value.slice(0, 40) + '…' : value}\``;
  return `\`${String(value)}\``;
}

function article(type: string): string {
  const names: Record<string, string> = { array: 'a list', object: 'a mapping', string: 'text', number: 'a number', boolean: 'true or false', record: 'a mapping' };
  return names[type] ?? type;
}

function listOr(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? 'something else') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
