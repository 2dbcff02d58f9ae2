import { Hover, MarkupKind, Position } from 'vscode-languageserver';
import { PackAnalysis, RULES, docsUrl, entityCard, nodeAt, parsePoint, parseSpan, spanCard, symbolAt, teamCard, valueAt } from '../../pack';
import { describeKeyAt } from './keyDocs';
import type { PackEntry } from '../packStore';

const TIME_KEYS = new Set(['when', 'at', 'needed_by', 'due', 'review', 'revisit', 'from', 'horizon']);

/** Cards for ids and teams, dates for times, docs for keys and rule codes. */
export function hover(entry: PackEntry, position: Position): Hover | null {
  const { lines, model, analysis } = entry.result;
  const offset = lines.offsetAt(position);
  const markdown = ruleDocsAt(lines.lineText(position.line), position.character) ?? symbolHover(analysis, offset) ?? timeHover(entry, offset) ?? describeKeyAt(model.parsed, offset);
  return markdown ? { contents: { kind: MarkupKind.Markdown, value: markdown } } : null;
}

function symbolHover(analysis: PackAnalysis, offset: number): string | undefined {
  const symbol = symbolAt(analysis.model, offset);
  if (symbol?.kind === 'entity') return symbol.entity ? entityCard(analysis, symbol.entity) : undefined;
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
    const rule = RULES.find((candidate) => candidate.code === match![0]);
    if (rule) return `**${rule.code}** \`${rule.name}\` (${rule.severity})\n\n${rule.summary}\n\n[Documentation](${docsUrl(rule.code)})`;
  }
  return undefined;
}
