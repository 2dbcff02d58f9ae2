import { matchMetric } from '../briefs/metricMatch';
import type { PackMetric } from '../briefs/metricMatch';
import { mdLine } from '../generate/text';
import type { Initiative, PackModel } from '../model/types';
import type { Path } from '../parse/nodeLoc';
import type { MetricInput } from '../schema/packSchema';
import { isTbd } from '../strategy/completeness';
import { ownerNames, plural } from '../text/format';
import { formatQuarter, formatSpan, formatWeek, quarterOfWeek } from '../time';
import { plainText } from './escape';
import { METRIC_PREFIX } from './names';
import type { RenderedView, ViewInput } from './shared';

/**
 * The strategy metrics dashboard (seed 000's "Strategy Metrics Dashboard"):
 * every metric of the pack and of its initiatives, with its baseline and its
 * targets quarter by quarter, the TBD ones marked, and for each pack metric
 * the initiatives that move it.
 *
 * Why a table and not a chart: metric values in packs are text more often
 * than numbers ("Weekly" → "Daily", "<55%", "All passing by 2026-Q4-W8"), so
 * a line from baseline to target has nothing to plot for most of them, and
 * what a reader compares is a row (where we are, where we will be, by when,
 * who moves it). The preview builds the table from `dashboard` with
 * `textContent` (no Mermaid, no markup from the pack); `text` is the same
 * table in Markdown, what `roadmap-pack render --view metrics` prints.
 *
 * Decisions (docs/format.md, "Metrics dashboard"):
 * - A quarter column for every quarter some metric has a `targets` entry
 *   for, in time order; a single `target` goes in a last "Target" column,
 *   with when it is due: an initiative's metric when the initiative ends, a
 *   pack metric at the end of the horizon.
 * - "Moved by": the initiatives (not cut) with a metric of the same name,
 *   matched as a brief's success-metrics row is (ignoring case, spacing and
 *   parentheses, or the only one with the same name without its
 *   parenthesised qualifiers). An initiative moves its own metrics.
 * - Cut initiatives are left out; initiatives without a metric are named.
 */
export interface MetricsDashboard {
  /** The quarter columns (`2026-Q3`), in time order. */
  quarters: string[];
  /** Whether any metric has a single `target` (the last column). */
  targetColumn: boolean;
  /** One line for the top: how many metrics, how many targets TBD, what is missing. */
  summary: string;
  groups: MetricGroup[];
  /** Initiatives (not cut) with no metric at all. */
  unmeasured: InitiativeLink[];
}

export interface MetricGroup {
  /** "Pack metrics", or the initiative's title. */
  title: string;
  /** The initiative, for click-to-source; absent for the pack's own metrics. */
  initiative?: InitiativeLink;
  /** Owner, time and status of the initiative, in a few words. */
  detail: string;
  rows: MetricRow[];
}

export interface MetricRow {
  name: string;
  /** Click-to-source key: `METRIC_PREFIX` + the metric's path in the pack. */
  source: string;
  /** Null when the metric has no baseline. */
  baseline: string | null;
  /** One cell per quarter column; null where the metric has no target for that quarter. */
  byQuarter: (MetricValue | null)[];
  /** The single `target`, when it has one. */
  target: MetricValue | null;
  /** Pack metrics: the initiatives that move it. */
  movedBy: InitiativeLink[];
  /** Initiative metrics: the pack metric it counts toward, if one matches. */
  countsToward: string | null;
}

export interface MetricValue {
  text: string;
  tbd: boolean;
  /** For a single target: when it is due, in words (`by 2026-Q3-W11`, `by 2026-Q4`, `in Now`). */
  due?: string;
}

export interface InitiativeLink {
  /** The pack id, which click-to-source reveals. */
  id: string;
  title: string;
}

const MAX_TEXT = 200;
const HORIZON_WORDS: Readonly<Record<string, string>> = { now: 'Now', next: 'Next', later: 'Later', future: 'Future' };

export function metricsView(input: ViewInput): RenderedView {
  const dashboard = metricsDashboard(input.model, input.analysis.teams);
  const warnings = dashboard.groups.length === 0 ? ['The pack has no metrics: add `metrics:` to the pack or to its initiatives.'] : [];
  return { text: metricsMarkdown(input.model.title, dashboard), diagrams: [], sourceMap: {}, warnings, dashboard };
}

type Teams = ViewInput['analysis']['teams'];

interface Written {
  input: MetricInput;
  path: Path;
}

/** The dashboard's data: plain text from the pack (one line, no control characters), never markup. */
export function metricsDashboard(model: PackModel, teams: Teams): MetricsDashboard {
  const live = model.initiatives.filter((initiative) => initiative.status !== 'cut');
  const packMetrics = model.metrics.map(({ input }, index): PackMetric => ({ input, index }));
  const movers = moversOf(live, packMetrics);
  const quarters = quarterColumns(model, live);
  const horizonEnd = model.horizon ? `by ${formatQuarter(quarterOfWeek(model.horizon.last))}` : undefined;
  const groups: MetricGroup[] = [];
  if (model.metrics.length > 0) {
    const rows = model.metrics.map((metric, index) => row(metric, quarters, horizonEnd, { movedBy: movers[index], countsToward: null }));
    groups.push({ title: 'Pack metrics', detail: model.horizon ? `the whole plan, ${formatSpan(model.horizon)}` : 'the whole plan', rows });
  }
  for (const initiative of live) {
    const metrics = initiative.input.metrics ?? [];
    if (metrics.length === 0) continue;
    const due = dueOf(initiative);
    const rows = metrics.map((metric, index) => {
      const toward = packMetrics.length > 0 ? matchMetric(nameOf(metric, index), packMetrics) : undefined;
      return row({ input: metric, path: [...initiative.path, 'metrics', index] }, quarters, due, { movedBy: [], countsToward: toward ? plainText(nameOf(toward.input, toward.index), { maxLength: MAX_TEXT }) : null });
    });
    groups.push({ title: titleOf(initiative), initiative: linkOf(initiative), detail: detailOf(initiative, teams), rows });
  }
  const unmeasured = live.filter((initiative) => (initiative.input.metrics ?? []).length === 0).map(linkOf);
  const dashboard = { quarters, targetColumn: groups.some((group) => group.rows.some((r) => r.target !== null)), groups, unmeasured };
  return { ...dashboard, summary: summaryOf(dashboard) };
}

/** For each pack metric, the initiatives with a metric that counts toward it, each once, in pack order. */
function moversOf(live: readonly Initiative[], packMetrics: readonly PackMetric[]): InitiativeLink[][] {
  const movers = packMetrics.map((): InitiativeLink[] => []);
  if (packMetrics.length === 0) return movers;
  for (const initiative of live) {
    const moved = new Set<number>();
    (initiative.input.metrics ?? []).forEach((metric, index) => {
      const match = matchMetric(nameOf(metric, index), packMetrics);
      if (match && !moved.has(match.index)) {
        moved.add(match.index);
        movers[match.index].push(linkOf(initiative));
      }
    });
  }
  return movers;
}

/** Every quarter a `targets` entry names, in time order (keys are case-insensitive: `2026-q3` is `2026-Q3`). */
function quarterColumns(model: PackModel, live: readonly Initiative[]): string[] {
  const quarters = new Set<string>();
  const add = (metric: MetricInput) => Object.keys(metric.targets ?? {}).forEach((key) => quarters.add(key.toUpperCase()));
  model.metrics.forEach(({ input }) => add(input));
  live.forEach((initiative) => (initiative.input.metrics ?? []).forEach(add));
  return [...quarters].sort();
}

function row(metric: Written, quarters: readonly string[], due: string | undefined, links: Pick<MetricRow, 'movedBy' | 'countsToward'>): MetricRow {
  const { input, path } = metric;
  const targets = new Map(Object.entries(input.targets ?? {}).map(([key, value]) => [key.toUpperCase(), value]));
  return {
    name: plainText(input.name, { fallback: `metric ${Number(path[path.length - 1]) + 1}`, maxLength: MAX_TEXT }),
    source: metricSource(path),
    baseline: input.baseline === undefined ? null : plainText(input.baseline, { fallback: '(blank)', maxLength: MAX_TEXT }),
    byQuarter: quarters.map((quarter) => (targets.has(quarter) ? value(targets.get(quarter)) : null)),
    target: input.target === undefined ? null : { ...value(input.target), ...(due ? { due } : {}) },
    ...links,
  };
}

function value(raw: unknown): MetricValue {
  return { text: plainText(raw, { fallback: '(blank)', maxLength: MAX_TEXT }), tbd: isTbd(raw) };
}

/** When a single target of the initiative is due: by the week it ends, or in its now/next/later column. */
function dueOf(initiative: Initiative): string | undefined {
  if (initiative.span) return `by ${formatWeek(initiative.span.last)}`;
  const horizon = initiative.input.horizon;
  return horizon ? `in ${HORIZON_WORDS[horizon]}` : undefined;
}

function detailOf(initiative: Initiative, teams: Teams): string {
  const owners = ownerNames(initiative.owners, teams);
  const when = initiative.span ? formatSpan(initiative.span) : initiative.input.horizon ? HORIZON_WORDS[initiative.input.horizon] : 'not scheduled';
  const parts = [owners.length > 0 ? owners.join(', ') : 'no owner', when, initiative.status.replace('-', ' ')];
  return plainText(parts.join(' · '), { maxLength: MAX_TEXT });
}

function titleOf(initiative: Initiative): string {
  return plainText(initiative.title, { fallback: initiative.id || 'untitled initiative', maxLength: MAX_TEXT });
}

function linkOf(initiative: Initiative): InitiativeLink {
  return { id: initiative.id, title: titleOf(initiative) };
}

function nameOf(metric: MetricInput, index: number): string {
  return typeof metric.name === 'string' ? metric.name : `metric ${index + 1}`;
}

function summaryOf(dashboard: Omit<MetricsDashboard, 'summary'>): string {
  const rows = dashboard.groups.flatMap((group) => group.rows);
  const packRows = dashboard.groups.find((group) => !group.initiative)?.rows ?? [];
  const tbd = rows.reduce((sum, r) => sum + [...r.byQuarter, r.target].filter((cell) => cell?.tbd).length, 0);
  const noTarget = rows.filter((r) => r.target === null && r.byQuarter.every((cell) => cell === null)).length;
  const noBaseline = rows.filter((r) => r.baseline === null).length;
  const orphans = packRows.filter((r) => r.movedBy.length === 0).length;
  const parts = [
    plural(rows.length, 'metric'),
    tbd > 0 ? `${plural(tbd, 'target')} TBD` : '',
    noTarget > 0 ? `${noTarget} without a target` : '',
    noBaseline > 0 ? `${noBaseline} without a baseline` : '',
    orphans > 0 ? `${plural(orphans, 'pack metric')} no initiative names` : '',
    dashboard.unmeasured.length > 0 ? `${plural(dashboard.unmeasured.length, 'initiative')} without a metric` : '',
  ];
  return parts.filter(Boolean).join(' · ');
}

/** "TBD" and nothing else: the mark says it all ("TBD (after the audit)" keeps its words). */
/** A value that is only "TBD", nothing else. */
export function isBareTbd(text: string): boolean {
  return /^\s*tbd\s*$/i.test(text);
}

/** The click-to-source key of the metric written at `path`. */
export function metricSource(path: Path): string {
  return METRIC_PREFIX + path.join('/');
}

/**
 * The path of the metric a click-to-source key names, or undefined when the
 * key names none of the model's metrics (an old key after an edit, or junk
 * from a message): only the pack's and its initiatives' metrics are found.
 */
export function metricPath(model: PackModel, source: string): Path | undefined {
  if (!source.startsWith(METRIC_PREFIX)) return undefined;
  const wanted = source.slice(METRIC_PREFIX.length);
  const pack = model.metrics.find((metric) => metric.path.join('/') === wanted);
  if (pack) return pack.path;
  for (const initiative of model.initiatives) {
    const prefix = `${initiative.path.join('/')}/metrics/`;
    if (!wanted.startsWith(prefix)) continue;
    const index = Number(wanted.slice(prefix.length));
    if (Number.isInteger(index) && index >= 0 && index < (initiative.input.metrics ?? []).length && wanted === prefix + String(index)) return [...initiative.path, 'metrics', index];
  }
  return undefined;
}

/** The dashboard as Markdown: a summary, then one table of every metric, a heading row per group. */
export function metricsMarkdown(title: string, dashboard: MetricsDashboard): string {
  const lines = [`# Metrics: ${mdLine(plainText(title, { fallback: 'roadmap' }))}`, '', dashboard.summary];
  if (dashboard.groups.length > 0) {
    const heads = ['Metric', 'Baseline', ...dashboard.quarters, ...(dashboard.targetColumn ? ['Target'] : []), 'Moved by'];
    lines.push('', `| ${heads.join(' | ')} |`, `|${heads.map(() => '---').join('|')}|`);
    for (const group of dashboard.groups) {
      const heading = group.initiative ? `**${mdLine(group.title)}** (\`${group.initiative.id}\`): ${mdLine(group.detail)}` : `**${mdLine(group.title)}**: ${mdLine(group.detail)}`;
      lines.push(`| ${heading} |${' |'.repeat(heads.length - 1)}`);
      for (const r of group.rows) lines.push(markdownRow(r, group, dashboard.targetColumn));
    }
    lines.push('', '**TBD**: a target still to be set. A single target is due when its initiative ends (a pack metric: at the end of the horizon).');
  }
  if (dashboard.unmeasured.length > 0) lines.push('', `Initiatives without a metric: ${dashboard.unmeasured.map((link) => `${mdLine(link.title)} (\`${link.id}\`)`).join(', ')}.`);
  return lines.join('\n') + '\n';
}

function markdownRow(r: MetricRow, group: MetricGroup, targetColumn: boolean): string {
  const cell = (v: MetricValue | null) => (v === null ? '' : [v.tbd ? '**TBD**' : '', v.tbd && isBareTbd(v.text) ? '' : mdLine(v.text), v.due ? `(${v.due})` : ''].filter(Boolean).join(' '));
  const moved = group.initiative ? (r.countsToward ? `counts toward ${mdLine(r.countsToward)}` : '') : r.movedBy.length > 0 ? r.movedBy.map((link) => mdLine(link.title)).join(', ') : '_no initiative names it_';
  const cells = [mdLine(r.name), r.baseline === null ? '_none_' : mdLine(r.baseline), ...r.byQuarter.map(cell), ...(targetColumn ? [r.target === null ? '' : cell(r.target)] : []), moved];
  return `| ${cells.join(' | ')} |`;
}
