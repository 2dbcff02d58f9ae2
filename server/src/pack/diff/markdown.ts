import { mdLine } from '../generate/text';
import { plural } from '../text/format';
import { baselineGantt } from '../views/baselineGantt';
import { plainText } from '../views/escape';
import { MERMAID_DEFAULT_MAX_TEXT_SIZE, ViewInput } from '../views/shared';
import { diffHeadline, percentMove } from './headline';
import type { FindingChange, PackDiff, PlanDiff } from './types';
import { gateMoveText, initiativeDetails, listedFindings, packContents, spanMoveText } from './wording';

/** GitHub's longest comment (and job summary step) in characters. */
export const MARKDOWN_MAX_LENGTH = 65_536;
/** Rows of one table before "and N more": a review reads the first, the JSON report has all. */
export const MAX_TABLE_ROWS = 50;
/** Kept free for the lines that close a report after its tables. */
const CLOSING_RESERVE = 600;
/** A chart smaller than this would show a handful of bars: left out with a note instead. */
const SMALLEST_CHART = 2_000;
/** The part of what is left that a pack's tables leave for its chart. */
const CHART_SHARE = 0.4;
const CHART_FRAME = 800;
const TITLE_LENGTH = 120;
const MESSAGE_LENGTH = 300;

export interface DiffMarkdownOptions {
  /** Each pack's two checks by path: with them, a pack's report ends in its baseline gantt. */
  checks?: ReadonlyMap<string, { before?: ViewInput; after?: ViewInput }>;
  /** Longest report in characters (default 65,536, a GitHub comment's limit). */
  maxLength?: number;
  /** The report's heading (default `Roadmap changes`); what it compares against, for instance. */
  title?: string;
}

/** The heading of a report against a git revision: `roadmap-pack diff --base REF` and the editor's comparison say it alike. */
export function sinceTitle(ref: string): string {
  return `Roadmap changes since ${ref}`;
}

/** What is left of the report's length, shared by every part that writes into it. */
interface Budget {
  left: number;
}

/**
 * The diff as Markdown for a pull-request comment or a job summary: the
 * headline, then per pack its tables (initiatives, gates, capacity, findings,
 * critical path, briefs) and a Mermaid gantt of the new plan with the old
 * positions as ghosts. Bounded: at most `maxLength` characters in all, the
 * chart within Mermaid's maxTextSize, long tables cut with "and N more".
 * Every text from a pack is escaped (mdLine for Markdown, label for Mermaid).
 */
export function diffMarkdown(diff: PlanDiff, options: DiffMarkdownOptions = {}): string {
  const budget: Budget = { left: (options.maxLength ?? MARKDOWN_MAX_LENGTH) - CLOSING_RESERVE };
  const lines: string[] = [];
  add(lines, budget, [`## ${mdLine(plainText(options.title ?? 'Roadmap changes', { maxLength: TITLE_LENGTH }))}`, '', `**${mdLine(diffHeadline(diff))}**`]);
  for (const pack of diff.packs) packSection(lines, budget, pack, options.checks?.get(pack.path));
  return lines.join('\n') + '\n';
}

function packSection(lines: string[], budget: Budget, pack: PackDiff, checks: { before?: ViewInput; after?: ViewInput } | undefined): void {
  add(lines, budget, ['', `### ${mdLine(pack.path)}${pack.change === 'changed' ? '' : ` (${pack.change})`}`]);
  const findings = listedFindings(pack);
  if (pack.change !== 'changed') add(lines, budget, ['', `${pack.change === 'added' ? 'It holds' : 'It held'} ${packContents(pack)}.`]);
  const planParts = pack.change === 'changed' ? [initiativeTable(pack), gateTable(pack), capacityTable(pack)] : [];
  const parts = [...planParts, newFindings(findings.added), resolvedFindings(findings.resolved), pack.change === 'changed' ? criticalPath(pack) : undefined, briefTable(pack)];
  const tables = parts.filter((part): part is Table => part !== undefined);
  if (tables.length === 0 && pack.change === 'changed') add(lines, budget, ['', 'No change to the plan: what changed is layout, comments or prose.']);
  // The chart's share is set aside first, so long tables cannot crowd it out.
  const chartShare = checks ? Math.floor(budget.left * CHART_SHARE) : 0;
  budget.left -= chartShare;
  for (const table of tables) writeTable(lines, budget, table);
  budget.left += chartShare;
  // A chart is worth its space where bars moved, came or went.
  if (checks && pack.initiatives.length + pack.gates.length > 0) chart(lines, budget, checks);
}

interface Table {
  heading: string;
  /** Written under the heading as they are (already Markdown). */
  intro?: string[];
  heads: string[];
  rows: string[][];
  /** What a row counts, for "and N more …". */
  noun: string;
}

/** The table under its heading, row by row while the budget lasts and up to MAX_TABLE_ROWS, then "and N more". */
function writeTable(lines: string[], budget: Budget, table: Table): void {
  if (!add(lines, budget, ['', `#### ${table.heading}`, ...(table.intro ? ['', ...table.intro] : [])])) return;
  if (table.rows.length === 0) return;
  add(lines, budget, ['', `| ${table.heads.join(' | ')} |`, `|${table.heads.map(() => '---').join('|')}|`]);
  let written = 0;
  for (const row of table.rows.slice(0, MAX_TABLE_ROWS)) {
    if (!add(lines, budget, [`| ${row.join(' | ')} |`])) break;
    written++;
  }
  const more = table.rows.length - written;
  if (more > 0) add(lines, budget, ['', `…and ${more} more ${more === 1 ? table.noun : `${table.noun}s`} (the JSON report, \`--format json\`, lists every one).`]);
}

/** Appends the lines when they fit the budget; says whether they did. */
function add(lines: string[], budget: Budget, more: string[]): boolean {
  const cost = more.reduce((sum, line) => sum + line.length + 1, 0);
  if (cost > budget.left) return false;
  budget.left -= cost;
  lines.push(...more);
  return true;
}

function initiativeTable(pack: PackDiff): Table | undefined {
  if (pack.initiatives.length === 0) return undefined;
  const rows = pack.initiatives.map((change) => [
    `${text(change.title)} (${text(change.id)})`,
    change.change,
    spanMoveText(change),
    initiativeDetails(change).map((detail) => text(detail)).join('; '),
  ]);
  return { heading: 'Initiatives', heads: ['Initiative', 'Change', 'Moved', 'Also'], rows, noun: 'initiative' };
}

function gateTable(pack: PackDiff): Table | undefined {
  if (pack.gates.length === 0) return undefined;
  return { heading: 'Decision gates', heads: ['Gate', 'Change', 'Moved'], rows: pack.gates.map((gate) => [text(gate.id), gate.change, gateMoveText(gate)]), noun: 'gate' };
}

function capacityTable(pack: PackDiff): Table | undefined {
  if (pack.capacity.length === 0) return undefined;
  const rows = pack.capacity.map((change) => [text(change.teamName), change.quarter, percentMove(change), signedPoints(change.after - change.before)]);
  return { heading: 'Capacity (utilisation per team and quarter)', heads: ['Team', 'Quarter', 'Before → after', 'Change'], rows, noun: 'team-quarter' };
}

function newFindings(findings: readonly FindingChange[]): Table | undefined {
  if (findings.length === 0) return undefined;
  const rows = findings.map((finding) => [finding.severity, finding.code, finding.line === undefined ? '' : String(finding.line), text(finding.message, MESSAGE_LENGTH)]);
  return { heading: `New findings (${findings.length})`, heads: ['Severity', 'Code', 'Line', 'Message'], rows, noun: 'finding' };
}

function resolvedFindings(findings: readonly FindingChange[]): Table | undefined {
  if (findings.length === 0) return undefined;
  const rows = findings.map((finding) => [finding.severity, finding.code, text(finding.message, MESSAGE_LENGTH)]);
  return { heading: `Resolved findings (${findings.length})`, heads: ['Severity', 'Code', 'Message'], rows, noun: 'finding' };
}

function criticalPath(pack: PackDiff): Table | undefined {
  if (!pack.criticalPath) return undefined;
  const path = (ids: string[]) => (ids.length === 0 ? '_none_' : text(ids.join(' → '), 1_000));
  return { heading: 'Critical path', intro: [`- Before: ${path(pack.criticalPath.before)}`, `- After: ${path(pack.criticalPath.after)}`], heads: [], rows: [], noun: 'step' };
}

function briefTable(pack: PackDiff): Table | undefined {
  if (!pack.briefs || pack.briefs.length === 0) return undefined;
  const names = (headings: string[]) => headings.map((heading) => text(heading)).join(', ');
  const rows = pack.briefs.map((brief) => [text(brief.path), brief.change, names(brief.sectionsAdded), names(brief.sectionsRemoved)]);
  return { heading: 'Briefs', heads: ['Brief', 'Change', 'Sections added', 'Sections removed'], rows, noun: 'brief' };
}

/** The baseline gantt in a ```mermaid block, within Mermaid's maxTextSize and what the report has left. */
function chart(lines: string[], budget: Budget, checks: { before?: ViewInput; after?: ViewInput }): void {
  // The legend, a warning and the fences around the chart take at most this much.
  const room = Math.min(MERMAID_DEFAULT_MAX_TEXT_SIZE, budget.left - CHART_FRAME);
  if (room < SMALLEST_CHART) {
    add(lines, budget, ['', '_The gantt is left out: the report is at its size limit._']);
    return;
  }
  const gantt = baselineGantt(checks.before, checks.after, { maxLength: room, todayMarker: false });
  if (gantt.diagrams.length === 0) return;
  const legend = 'New positions; each bar that moved has its old position below it, in grey, marked (before). Red: later than before; blue: earlier.';
  add(lines, budget, ['', '#### Gantt', '', legend, ...gantt.warnings.flatMap((warning) => ['', `_${mdLine(warning)}_`]), '', '```mermaid', gantt.text.trimEnd(), '```']);
}

/** Pack text in a table cell: one line, no control characters, cut at `maxLength`, Markdown escaped (`|` included). */
function text(value: string, maxLength = TITLE_LENGTH): string {
  return mdLine(plainText(value, { maxLength, fallback: '(none)' }));
}

function signedPoints(points: number): string {
  const rounded = Math.round(points);
  return `${rounded > 0 ? '+' : rounded < 0 ? '-' : ''}${plural(Math.abs(rounded), 'point')}`;
}
