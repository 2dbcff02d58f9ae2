import { Hover, MarkupContent, MarkupKind, Position } from 'vscode-languageserver';
import { PackAnalysis, docsUrl, findRule, entityCard, forecastCardLine, nodeAt, parsePoint, parseSpan, ruleHoverCard, spanCard, symbolAt, teamCard, valueAt } from '../../pack';
import type { PackDiagnostic, PackForecast } from '../../pack';
import { describeKeyAt } from './keyDocs';
import type { PackEntry } from '../packStore';
import type { RulePages } from '../rulePages';

const TIME_KEYS = new Set(['when', 'at', 'needed_by', 'due', 'review', 'revisit', 'from', 'horizon']);

/** Cards for ids and teams (an initiative's and a gate's with the last forecast's P50 and P80, when one has run), dates for times, docs for keys and rule codes. */
export function hover(entry: PackEntry, position: Position, forecast?: PackForecast): Hover | null {
  const { lines, model, analysis } = entry.result;
  const offset = lines.offsetAt(position);
  const markdown = ruleDocsAt(lines.lineText(position.line), position.character) ?? symbolHover(analysis, offset, forecast) ?? timeHover(entry, offset) ?? describeKeyAt(model.parsed, offset);
  return markdown ? { contents: { kind: MarkupKind.Markdown, value: markdown } } : null;
}

function symbolHover(analysis: PackAnalysis, offset: number, forecast: PackForecast | undefined): string | undefined {
  const symbol = symbolAt(analysis.model, offset);
  if (symbol?.kind === 'entity') return symbol.entity ? [entityCard(analysis, symbol.entity), forecastCardLine(forecast, symbol.entity.id)].filter(Boolean).join('  \n') : undefined;
  if (symbol?.kind === 'team') return symbol.team ? teamCard(analysis, symbol.team) : undefined;
  return undefined;
}

function timeHover(entry: PackEntry, offset: number): string | undefined {
  const { model, analysis } = entry.result;
  const node = nodeAt(model.parsed, offset);
  const key = node?.path[node.path.length - 1];
  if (!node || node.part !== 'value' || typeof key !== 'string' || !TIME_KEYS.has(key)) return undefined;
  const value = valueAt(model.parsed.value, node.path);
  if (typeof value !== 'string') return undefined;
  const span = parseSpan(value, model.calendar);
  if (span.ok) return spanCard(analysis, span.value);
  const point = parsePoint(value, model.calendar);
  return point.ok ? spanCard(analysis, { first: point.value, last: point.value }) : undefined;
}

/** A rule code in a suppression comment. */
function ruleDocsAt(line: string, character: number): string | undefined {
  const pattern = /\bRP\d{3}\b/g;
  for (let match = pattern.exec(line); match; match = pattern.exec(line)) {
    if (character < match.index || character > match.index + match[0].length || !line.includes('roadmap-')) continue;
    const rule = findRule(match[0]);
    if (rule) return `**${rule.code}** \`${rule.name}\` (${rule.severity})\n\n${rule.summary}\n\n[Documentation](${docsUrl(rule.code)})`;
  }
  return undefined;
}

/**
 * `hover` with, below it, a card for each rule whose diagnostic covers the
 * position: its page's summary and example and a link to the page. Computed
 * here, on hover, from the diagnostics the last check kept; never while typing.
 */
export function withRuleCards(base: Hover | null, diagnostics: readonly PackDiagnostic[], position: Position, pages: RulePages): Hover | null {
  const codes = [...new Set(diagnostics.filter((diagnostic) => covers(diagnostic, position)).map((diagnostic) => diagnostic.code))];
  const cards = codes.flatMap((code) => {
    const rule = findRule(code);
    return rule ? [ruleHoverCard(rule, pages.get(code), docsUrl(code))] : [];
  });
  if (cards.length === 0) return base;
  const own = base && MarkupContent.is(base.contents) ? [base.contents.value] : [];
  return { contents: { kind: MarkupKind.Markdown, value: [...own, ...cards].join('\n\n---\n\n') } };
}

function covers({ range: { start, end } }: PackDiagnostic, position: Position): boolean {
  const after = (a: Position, b: Position) => a.line > b.line || (a.line === b.line && a.character >= b.character);
  return after(position, start) && after(end, position);
}
