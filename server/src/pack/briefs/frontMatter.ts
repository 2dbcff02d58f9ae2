import { parseDocument } from 'yaml';
import type { Finding } from '../diagnostic';
import { DEFAULT_PARSE_LIMITS } from '../parse/parsePack';
import { NodeLoc, propEntries } from '../parse/nodeLoc';
import { toPlain } from '../parse/toPlain';
import { yamlErrorFindings } from '../parse/yamlErrors';
import type { Span } from '../text/lineIndex';
import type { BriefField, FrontMatter, Line } from './types';

export interface FrontMatterResult {
  frontMatter: FrontMatter | undefined;
  /** The first line after the front matter (0 when there is none). */
  bodyLine: number;
  findings: Finding[];
}

const OPEN = /^(\uFEFF)?---[ \t]*$/;
const CLOSE = /^(---|\.\.\.)[ \t]*$/;

/** YAML front matter between `---` lines at the very top of the text. */
export function readFrontMatter(text: string, lines: readonly Line[]): FrontMatterResult {
  const open = OPEN.exec(lines[0].text);
  if (!open) return { frontMatter: undefined, bodyLine: 0, findings: [] };
  const openSpan = { start: open[1] ? 1 : 0, end: lines[0].start + lines[0].text.trimEnd().length };
  const close = lines.findIndex((line, index) => index > 0 && CLOSE.test(line.text));
  if (close < 0) return { frontMatter: undefined, bodyLine: 0, findings: [unclosed(openSpan)] };
  const base = lines[1].start;
  const { fields, findings } = parseFields(text.slice(base, lines[close].start), base);
  const span = { start: openSpan.start, end: lines[close].end };
  return { frontMatter: { span, open: openSpan, fields }, bodyLine: close + 1, findings };
}

function unclosed(span: Span): Finding {
  return { code: 'RP701', message: 'The front matter opened here is never closed: end it with a line `---`.', span };
}

function parseFields(source: string, base: number): { fields: Map<string, BriefField>; findings: Finding[] } {
  const doc = parseDocument(source, { prettyErrors: false, keepSourceTokens: false });
  const findings = yamlErrorFindings(doc.errors, source, 'error').map((finding) => frontMatterFinding(finding, base));
  const plain = toPlain(doc, doc.contents, DEFAULT_PARSE_LIMITS);
  // One by one: spreading every duplicate into one call overflows the stack when there are many.
  for (const duplicate of plain.duplicates) findings.push({ code: 'RP701', message: `\`${duplicate.key}\` appears twice in the front matter; only the first one is read.`, span: shift(duplicate.span, base), severity: 'warning' });
  const value = plain.value;
  if (plain.problem || (value !== null && value !== undefined && (typeof value !== 'object' || Array.isArray(value)))) {
    findings.push({ code: 'RP701', message: 'The front matter should be YAML keys such as `initiative: <id>`.', span: shift({ start: plain.loc?.start ?? 0, end: plain.loc?.end ?? source.trimEnd().length }, base) });
    return { fields: new Map(), findings };
  }
  return { fields: toFields(value as Record<string, unknown> | null, plain.loc, source, base), findings };
}

function toFields(value: Record<string, unknown> | null, loc: NodeLoc | undefined, source: string, base: number): Map<string, BriefField> {
  const fields = new Map<string, BriefField>();
  for (const [key, keyLoc] of propEntries(loc)) {
    const keySpan = shift({ start: keyLoc.keyStart ?? keyLoc.start, end: keyLoc.keyEnd ?? keyLoc.start }, base);
    const valueSpan = shift(trimEnd(source, { start: keyLoc.start, end: keyLoc.end }), base);
    fields.set(key, { key, keySpan, value: value?.[key], valueSpan });
  }
  return fields;
}

function frontMatterFinding(finding: Finding, base: number): Finding {
  return { ...finding, code: 'RP701', message: `Front matter: ${finding.message}`, span: shift(finding.span, base) };
}

function trimEnd(source: string, span: Span): Span {
  let end = span.end;
  while (end > span.start && /\s/.test(source[end - 1])) end--;
  return { start: span.start, end };
}

function shift(span: Span, base: number): Span {
  return { start: span.start + base, end: span.end + base };
}
