import { PackAnalysis } from './analysis';
import { CheckCache } from './cache/checkCache';
import type { Finding, PackDiagnostic, Severity } from './diagnostic';
import { Kept, capped } from './diagnosticCaps';
import { docsUrl } from './docsLink';
import { buildModel } from './model/buildModel';
import type { Edge, PackModel } from './model/types';
import { CheckOptions, withDefaults } from './options';
import { ParsedPack, locate, parseAfterChange } from './parse/parsePack';
import { RULES, Rule, findRule } from './rules';
import { entityFindings } from './rules/entityChecks';
import { directiveSites, findSuppressions } from './suppress/suppressions';
import { LineIndex, Span } from './text/lineIndex';
import { TextChange, changeBetween } from './text/textChange';

export interface PackResult {
  parsed: ParsedPack;
  model: PackModel;
  analysis: PackAnalysis;
  lines: LineIndex;
  diagnostics: PackDiagnostic[];
  /** A pack read in its portfolio's context (portfolio/inContext.ts): what the checks across packs found of it. */
  acrossPacks?: AcrossPacks;
}

/** What a portfolio's checks across its packs found of one of them. */
export interface AcrossPacks {
  /** Its edges on a dependency cycle, inside it or through other packs' ids. */
  cycleEdges: readonly Edge[];
  /** Its qualified references (`name:id`) that no pack of the portfolio defines. */
  unresolved: ReadonlySet<string>;
  /** How many references name one of them. */
  unresolvedReferences: number;
}

/**
 * Parses and checks one pack. Never throws on any text. With the document's
 * cache (see cache/checkCache.ts), the parts whose inputs did not change since
 * its last check are reused; without one, the check starts cold.
 */
export function checkPack(text: string, options: Partial<CheckOptions> = {}, cache: CheckCache = new CheckCache()): PackResult {
  const previous = cache.parsed && { parsed: cache.parsed, facts: cache.parseFacts, change: changeBetween(cache.parsed.text, text) };
  const { parsed, facts } = parseAfterChange(text, withDefaults(options).limits, previous);
  if (previous) deriveTextIndexes(cache, previous.parsed.text, text, previous.change);
  cache.change = previous && { before: previous.parsed.text, after: text, change: previous.change };
  cache.parsed = parsed;
  cache.parseFacts = facts;
  return checkParsed(parsed, options, cache);
}

/** The cache's line index and directive sites moved on to `text`, when they are the previous text's. */
function deriveTextIndexes(cache: CheckCache, previousText: string, text: string, change: TextChange): void {
  cache.lines = cache.lines?.text === previousText ? LineIndex.afterChange(cache.lines, text, change) : undefined;
  cache.directiveSites = cache.directiveSites?.text === previousText ? directiveSites(text, cache.directiveSites, change) : undefined;
}

/** Checks an already parsed pack (settings changed: nothing to re-parse). */
export function checkParsed(parsed: ParsedPack, partialOptions: Partial<CheckOptions> = {}, cache: CheckCache = new CheckCache()): PackResult {
  const options = withDefaults(partialOptions);
  const { model, findings } = buildModel(parsed, cache.model);
  if (options.defaultWarnAt !== undefined && model.input.capacity?.warn_at === undefined) model.capacity.warnAt = options.defaultWarnAt;
  const analysis = new PackAnalysis(model, options.ifHired, cache, options.portfolio);
  const context = { model, analysis, options, span: (path: readonly (string | number)[], part?: 'key' | 'value') => locate(parsed, path, part) };
  const enabled = RULES.filter((rule) => (rule.check || rule.each) && (options.severities[rule.code] ?? options.severities[rule.name]) !== 'off');
  // A file too large or too hostile to read has nothing to check beyond saying so.
  const unreadable = parsed.entries.size === 0 && parsed.findings.some((finding) => finding.code === 'RP002');
  const all = unreadable
    ? parsed.findings
    : [...parsed.findings, ...findings, ...enabled.flatMap((rule) => rule.check?.(context) ?? []), ...entityFindings(enabled, model, analysis, context.span, cache.entityFindings, cache.change, options.today, options.portfolio !== undefined)];
  const lines = (cache.lines = cache.lines?.text === parsed.text ? cache.lines : new LineIndex(parsed.text));
  const sites = (cache.directiveSites = cache.directiveSites?.text === parsed.text ? cache.directiveSites : directiveSites(parsed.text));
  return { parsed, model, analysis, lines, diagnostics: toDiagnostics(all, lines, options, 'yaml', findSuppressions(lines, 'yaml', sites)) };
}

/**
 * Applies severities and suppressions, sorts by position, keeps what a
 * person can take in (diagnosticCaps.ts), and adds ranges and docs links.
 */
export function toDiagnostics(findings: Finding[], lines: LineIndex, options: CheckOptions, syntax: 'yaml' | 'markdown' = 'yaml', suppressions = findSuppressions(lines, syntax)): PackDiagnostic[] {
  const kept: Kept[] = [];
  for (const raw of findings) {
    const finding = { ...raw, span: within(raw.span, lines.text.length) };
    const rule = findRule(finding.code);
    const severity = severityOf(finding, rule, options);
    if (severity && !suppressions.isSuppressed(finding.code, rule?.name ?? '', lines.positionAt(finding.span.start).line)) kept.push({ finding, rule, severity });
  }
  kept.sort((a, b) => byPlace(a.finding, b.finding));
  return capped(kept)
    .map(({ finding, rule, severity }) => toDiagnostic(finding, rule, severity, lines))
    .sort(byPlace); // again: each rule's count of what was left out stands at the first place it left out
}

/**
 * Diagnostics added to a check's (the forecast's, the portfolio's findings
 * on a member): each added one after the check's that start at or before it,
 * so the check's own order is kept.
 */
export function mergeByPlace(checked: readonly PackDiagnostic[], added: readonly PackDiagnostic[]): PackDiagnostic[] {
  const merged: PackDiagnostic[] = [];
  let next = 0;
  for (const diagnostic of checked) {
    while (next < added.length && added[next].span.start < diagnostic.span.start) merged.push(added[next++]);
    merged.push(diagnostic);
  }
  return [...merged, ...added.slice(next)];
}

function toDiagnostic(finding: Finding, rule: Rule | undefined, severity: Severity, lines: LineIndex): PackDiagnostic {
  return {
    code: finding.code,
    rule: rule?.name ?? finding.code,
    severity,
    message: finding.message,
    range: lines.rangeOf(finding.span),
    span: finding.span,
    related: (finding.related ?? []).map((info) => ({ ...info, range: lines.rangeOf(info.span) })),
    fixes: finding.fixes ?? [],
    docs: docsUrl(finding.code),
  };
}

/** Text order, then code and message: the order diagnostics are reported in. */
function byPlace(a: Pick<Finding, 'span' | 'code' | 'message'>, b: Pick<Finding, 'span' | 'code' | 'message'>): number {
  return a.span.start - b.span.start || compare(a.code, b.code) || compare(a.message, b.message);
}

/** Code-unit order: the same on every machine, and far cheaper than a locale's. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Parsers may point one past the end of the text; a diagnostic never does. */
function within(span: Span, length: number): Span {
  const start = Math.max(0, Math.min(span.start, length));
  return { start, end: Math.max(start, Math.min(span.end, length)) };
}

function severityOf(finding: Finding, rule: Rule | undefined, options: CheckOptions): Severity | undefined {
  const setting = options.severities[finding.code] ?? (rule ? options.severities[rule.name] : undefined);
  if (setting === 'off') return undefined;
  return setting ?? finding.severity ?? rule?.severity ?? 'error';
}
