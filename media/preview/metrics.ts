/**
 * The metrics dashboard: a table built with the DOM from the view's
 * `dashboard` (server/src/pack/views/metrics.ts), not with Mermaid. Every
 * text from the pack is set with `textContent`; no markup is ever parsed.
 * The metric names and the initiatives are buttons linked (clicks.ts) to
 * their locate keys, so a click or Enter reveals them in the editor.
 *
 * Layout, for a 600 px side pane: the pack's metrics first, then each
 * initiative's under a heading row, all in the same columns Metric |
 * Baseline | one per quarter | Target; the metric's cell says on the next
 * lines which initiatives move it (or which pack metric it counts toward).
 * The tables take the pane's width (preview.css) and wrap their text; TBD
 * targets are a bordered "TBD" badge, missing baselines and targets a muted dash.
 */
import type { InitiativeLink, MetricGroup, MetricRow, MetricValue, MetricsDashboard } from '../../protocol/views';

/** Marks an element as standing for a pack id or a metric key (clicks.ts `linkElement`). */
export type Link = (element: Element, target: string) => void;

export function dashboardElement(dashboard: MetricsDashboard, link: Link): HTMLElement {
  const root = element('div', 'rp-metrics');
  root.append(element('p', 'rp-metrics-summary', dashboard.summary));
  if (dashboard.groups.length > 0) {
    root.append(...groupTables(dashboard, link), legend(dashboard));
  } else {
    root.append(element('p', 'rp-empty', 'No metrics yet: add `metrics:` (name, baseline, target or targets by quarter) to the pack or to its initiatives.'));
  }
  if (dashboard.unmeasured.length > 0) root.append(unmeasured(dashboard.unmeasured, link));
  return root;
}

/**
 * A table per group, the same columns in each (a fixed layout of the same
 * widths lines them up), the column heads on the first. One table per group
 * and not one for all: each sits in a block the browser lays out only when
 * it scrolls into view (`content-visibility: auto`, preview.css), so a pack
 * of 3,000 initiatives draws in the time of its first screen.
 */
function groupTables(dashboard: MetricsDashboard, link: Link): HTMLElement[] {
  const heads = ['Metric', 'Baseline', ...dashboard.quarters, ...(dashboard.targetColumn ? ['Target'] : [])];
  // A quarter column needs room for a value such as "by 2026-Q3-W12": past the pane's width the tables scroll.
  const minWidth = `${240 + 90 * (heads.length - 2)}px`;
  return dashboard.groups.map((group, index) => {
    const table = element('table', 'rp-metrics-table');
    table.style.minWidth = minWidth;
    table.append(columns(heads.length));
    if (index === 0) table.append(head(heads));
    table.append(body(group, heads.length, dashboard.targetColumn, link));
    const block = element('div', 'rp-metrics-block');
    block.append(table);
    return block;
  });
}

function columns(count: number): HTMLTableColElement {
  const colgroup = element('colgroup');
  colgroup.append(col('rp-col-metric'), col('rp-col-baseline'), ...Array.from({ length: count - 2 }, () => col('rp-col-value')));
  return colgroup;
}

function head(heads: readonly string[]): HTMLTableSectionElement {
  const section = element('thead');
  const row = element('tr');
  for (const text of heads) row.append(cell('th', text, 'col'));
  section.append(row);
  return section;
}

function body(group: MetricGroup, columnCount: number, targetColumn: boolean, link: Link): HTMLTableSectionElement {
  const section = element('tbody', group.initiative ? 'rp-metrics-initiative' : 'rp-metrics-pack');
  const heading = element('th', 'rp-metrics-group');
  heading.scope = 'colgroup';
  heading.colSpan = columnCount;
  heading.append(group.initiative ? linkButton(group.initiative.title, group.initiative.id, link) : group.title);
  heading.append(element('span', 'rp-metrics-detail', group.detail));
  const headingRow = element('tr');
  headingRow.append(heading);
  section.append(headingRow, ...group.rows.map((row) => metricRow(row, !group.initiative, targetColumn, link)));
  return section;
}

function metricRow(row: MetricRow, isPack: boolean, targetColumn: boolean, link: Link): HTMLTableRowElement {
  const tr = element('tr', 'rp-metric');
  const name = cell('th', '', 'row');
  name.append(linkButton(row.name, row.source, link));
  const note = isPack ? movedBy(row.movedBy, link) : row.countsToward === null ? undefined : element('div', 'rp-metrics-note', `Counts toward ${row.countsToward}`);
  if (note) name.append(note);
  tr.append(name, row.baseline === null ? missing('no baseline') : cell('td', row.baseline));
  for (const value of row.byQuarter) tr.append(value === null ? cell('td', '') : valueCell(value));
  if (targetColumn) tr.append(row.target !== null ? valueCell(row.target) : row.byQuarter.some((value) => value !== null) ? cell('td', '') : missing('no target'));
  return tr;
}

function movedBy(links: readonly InitiativeLink[], link: Link): HTMLElement {
  const note = element('div', 'rp-metrics-note');
  if (links.length === 0) {
    note.textContent = 'No initiative names this metric';
    return note;
  }
  // One initiative a line (preview.css): titles are long, and a comma alone on a line reads as a stray mark.
  note.append('Moved by', ...links.map((initiative) => linkButton(initiative.title, initiative.id, link)));
  return note;
}

function valueCell(value: MetricValue): HTMLTableCellElement {
  const td = cell('td', '');
  if (value.tbd) {
    td.classList.add('rp-tbd');
    td.append(element('span', 'rp-tbd-badge', 'TBD'));
    // "TBD" alone says it all; "TBD (vendor quote)" keeps its words.
    if (!/^\s*tbd\s*$/i.test(value.text)) td.append(' ', value.text);
  } else {
    td.append(value.text);
  }
  if (value.due) td.append(dueNote(value.due));
  return td;
}

/** "by 2026-Q3-W12": may wrap after "by", never inside the week (a browser breaks after a hyphen). */
function dueNote(due: string): HTMLElement {
  const note = element('div', 'rp-metrics-note');
  const space = due.indexOf(' ');
  note.append(due.slice(0, space + 1), element('span', 'rp-nowrap', due.slice(space + 1)));
  return note;
}

function missing(words: string): HTMLTableCellElement {
  const td = cell('td', '—', undefined, 'rp-missing');
  td.title = words;
  td.setAttribute('aria-label', words);
  return td;
}

function legend(dashboard: MetricsDashboard): HTMLElement {
  const note = element('p', 'rp-metrics-legend');
  note.append(element('span', 'rp-tbd-badge', 'TBD'), ' a target still to be set; — not given.');
  if (dashboard.targetColumn) note.append(' A single target is due when its initiative ends (a pack metric: when the plan ends).');
  return note;
}

function unmeasured(links: readonly InitiativeLink[], link: Link): HTMLElement {
  const note = element('p', 'rp-metrics-unmeasured', 'Without a metric: ');
  links.forEach((initiative, index) => {
    if (index > 0) note.append(', ');
    note.append(linkButton(initiative.title, initiative.id, link));
  });
  return note;
}

export function linkButton(text: string, target: string, link: Link): HTMLButtonElement {
  const button = element('button', 'rp-metrics-link', text);
  button.type = 'button';
  link(button, target);
  return button;
}

export function cell(tag: 'th' | 'td', text: string, scope?: 'row' | 'col', className?: string): HTMLTableCellElement {
  const result = element(tag, className, text);
  if (scope) result.scope = scope;
  return result;
}

function col(className: string): HTMLTableColElement {
  return element('col', className);
}

export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const result = document.createElement(tag);
  if (className) result.className = className;
  if (text) result.textContent = text;
  return result;
}

// ---- checking what arrives by message ----

/** Whether `value` has the shape of a `MetricsDashboard`, all the way down: it came by `postMessage`. */
export function isMetricsDashboard(value: unknown): value is MetricsDashboard {
  if (!isRecord(value)) return false;
  return isStrings(value.quarters) && typeof value.targetColumn === 'boolean' && typeof value.summary === 'string' && isArrayOf(value.groups, (group) => isGroup(group, (value.quarters as string[]).length)) && isArrayOf(value.unmeasured, isLink);
}

function isGroup(value: unknown, quarters: number): boolean {
  return isRecord(value) && typeof value.title === 'string' && typeof value.detail === 'string' && (value.initiative === undefined || isLink(value.initiative)) && isArrayOf(value.rows, (row) => isRow(row, quarters));
}

function isRow(value: unknown, quarters: number): boolean {
  return (
    isRecord(value) &&
    typeof value.name === 'string' &&
    typeof value.source === 'string' &&
    (value.baseline === null || typeof value.baseline === 'string') &&
    Array.isArray(value.byQuarter) &&
    value.byQuarter.length === quarters &&
    value.byQuarter.every((cellValue) => cellValue === null || isValue(cellValue)) &&
    (value.target === null || isValue(value.target)) &&
    isArrayOf(value.movedBy, isLink) &&
    (value.countsToward === null || typeof value.countsToward === 'string')
  );
}

function isValue(value: unknown): boolean {
  return isRecord(value) && typeof value.text === 'string' && typeof value.tbd === 'boolean' && (value.due === undefined || typeof value.due === 'string');
}

function isLink(value: unknown): boolean {
  return isRecord(value) && typeof value.id === 'string' && typeof value.title === 'string';
}

function isStrings(value: unknown): boolean {
  return isArrayOf(value, (item) => typeof item === 'string');
}

export function isArrayOf(value: unknown, check: (item: unknown) => boolean): boolean {
  return Array.isArray(value) && value.every(check);
}

export function isRecord(value: unknown): value is Partial<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
