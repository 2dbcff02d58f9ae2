import type { Initiative } from '../model/types';
import { EpochDay, formatQuarter, quarterOfWeek, weekOfDate } from '../time';
import { SafeIds, label } from './escape';
import { ownerNames, plural } from '../text/format';
import { INDENT, RenderedView, ViewInput, listIds, single } from './shared';

export interface BoardOptions {
  /**
   * Today, as an epoch day (the core reads no clock): a quarterly pack's
   * board is derived from it. Without it a quarterly pack has no board.
   */
  today?: EpochDay;
}

type Column = 'done' | 'now' | 'next' | 'later' | 'future' | 'unplaced';
type CardClass = 'done' | 'active' | 'exploring' | 'empty' | 'plain';

const TITLES: Readonly<Record<Column, string>> = { done: 'Done', now: 'Now', next: 'Next', later: 'Later', future: 'Future', unplaced: 'Not placed' };
const ORDER: readonly Column[] = ['done', 'now', 'next', 'later', 'future', 'unplaced'];
const MAX_CARDS = 10;
const STATUS_WORDS: Readonly<Partial<Record<Initiative['status'], string>>> = { done: 'done', 'in-progress': 'in progress', exploring: 'exploring' };

interface Card {
  id: string;
  text: string;
  className: CardClass;
}

/**
 * The now / next / later (/ future) board for now-next-later packs, as a
 * Mermaid flowchart: one subgraph per column, left to right, each initiative
 * a card with its title and, on a second line, its owner (and its status
 * unless planned).
 *
 * Why a flowchart and not a mindmap: a board is read column by column, left
 * to right, and compared across columns; a mindmap spreads the columns round
 * a centre and puts "Now" wherever the layout lands. Invisible links (`~~~`)
 * keep the columns in order and stack each column's cards. `Now`, `Next` and
 * `Later` are always drawn (an empty one says so); `Future` only when used.
 * Initiatives without a `horizon` go to a last "Not placed" column, with a
 * warning; cut ones are left out.
 *
 * A quarterly pack's board is derived from `today` (`quarterlyColumns`);
 * without it every card is not placed, and a warning says why.
 */
export function boardView(input: ViewInput, options: BoardOptions = {}): RenderedView {
  const warnings: string[] = [];
  const columns = input.model.format === 'now-next-later' ? horizonColumns(input, warnings) : quarterlyColumns(input, options.today, warnings);
  return boardOf(input, columns, warnings);
}

function boardOf(input: ViewInput, columns: [Column, Initiative[]][], warnings: string[]): RenderedView {
  const ids = new SafeIds();
  const lines = ['flowchart LR'];
  const columnIds: string[] = [];
  const classes = new Map<CardClass, string[]>();
  for (const [column, items] of columns) {
    const columnId = ids.next('c');
    columnIds.push(columnId);
    const cards = cardsOf(column, items, input, ids, warnings);
    lines.push(`${INDENT}subgraph ${columnId}["${label(TITLES[column], 'flowchart')}"]`, `${INDENT}${INDENT}direction TB`);
    for (const c of cards) lines.push(`${INDENT}${INDENT}${c.id}["${c.text}"]`); // a loop: a spread of 100,000 overflows the stack
    if (cards.length > 1) lines.push(`${INDENT}${INDENT}${cards.map((c) => c.id).join(' ~~~ ')}`);
    lines.push(`${INDENT}end`);
    for (const c of cards) {
      const members = classes.get(c.className);
      if (members) members.push(c.id);
      else classes.set(c.className, [c.id]);
    }
  }
  if (columnIds.length > 1) lines.push(`${INDENT}${columnIds.join(' ~~~ ')}`);
  for (const line of classLines(classes)) lines.push(line);
  return single(lines.join('\n') + '\n', ids.sourceMap, warnings);
}

function horizonColumns(input: ViewInput, warnings: string[]): [Column, Initiative[]][] {
  const columns = sortInto(input, ['now', 'next', 'later'], (initiative) => initiative.input.horizon ?? 'unplaced');
  const unplaced = columns.get('unplaced') ?? [];
  if (unplaced.length > 0) warnings.push(`${plural(unplaced.length, 'initiative')} without a \`horizon\` shown as not placed: ${listIds(unplaced.map((i) => i.id))}.`);
  return inOrder(columns);
}

/**
 * A quarterly pack's board as of today: Done (status done), Now (started by
 * this week, or in progress), Next (starting later this quarter or in the
 * next), Later (beyond); initiatives without a valid `when` are not placed.
 */
function quarterlyColumns(input: ViewInput, today: EpochDay | undefined, warnings: string[]): [Column, Initiative[]][] {
  if (today === undefined || !Number.isFinite(today)) {
    warnings.push('A quarterly pack’s board is derived from today’s date, and none was given (`--today`): every card is shown as not placed.');
    return inOrder(sortInto(input, ['now', 'next', 'later'], () => 'unplaced'));
  }
  const week = weekOfDate(Math.floor(today), input.model.calendar);
  const columns = sortInto(input, ['done', 'now', 'next', 'later'], (initiative) => quarterlyColumn(initiative, week));
  const unplaced = columns.get('unplaced') ?? [];
  warnings.push(`Derived from today (${formatQuarter(quarterOfWeek(week))}): done, started, starting by the end of next quarter, later.`);
  if (unplaced.length > 0) warnings.push(`${plural(unplaced.length, 'initiative')} without a valid \`when\` shown as not placed: ${listIds(unplaced.map((i) => i.id))}.`);
  return inOrder(columns);
}

function quarterlyColumn(initiative: Initiative, week: number): Column {
  if (initiative.status === 'done') return 'done';
  if (initiative.status === 'in-progress') return 'now';
  if (!initiative.span) return 'unplaced';
  if (initiative.span.first <= week) return 'now';
  return quarterOfWeek(initiative.span.first) <= quarterOfWeek(week) + 1 ? 'next' : 'later';
}

/** Every initiative but the cut ones, in its column; `always` columns are there even when empty. */
function sortInto(input: ViewInput, always: Column[], columnOf: (initiative: Initiative) => Column): Map<Column, Initiative[]> {
  const columns = new Map<Column, Initiative[]>(always.map((column) => [column, []]));
  for (const initiative of input.model.initiatives) {
    if (initiative.status === 'cut') continue;
    const column = columnOf(initiative);
    const items = columns.get(column);
    if (items) items.push(initiative);
    else columns.set(column, [initiative]);
  }
  return columns;
}

function inOrder(columns: Map<Column, Initiative[]>): [Column, Initiative[]][] {
  return ORDER.filter((column) => columns.has(column)).map((column) => [column, columns.get(column)!]);
}

function card(initiative: Initiative, input: ViewInput, ids: SafeIds): Card {
  const owners = ownerNames(initiative.owners, input.analysis.teams);
  const status = STATUS_WORDS[initiative.status];
  const detail = [owners.length > 0 ? owners.join(', ') : 'no owner', ...(status ? [status] : [])].join(', ');
  const text = `${label(initiative.title, 'flowchart', { fallback: initiative.id })}<br/>${label(detail, 'flowchart')}`;
  return { id: ids.next('n', initiative.id), text, className: classOf(initiative.status) };
}

/**
 * A column's cards: at most MAX_CARDS, then one that says how many more
 * (a column of 400 cards is read by no one, and Mermaid takes minutes to lay
 * it out); an empty column says so.
 */
function cardsOf(column: Column, items: Initiative[], input: ViewInput, ids: SafeIds, warnings: string[]): Card[] {
  if (items.length === 0) return [emptyCard(ids, 'nothing here yet')];
  const cards = items.slice(0, MAX_CARDS).map((initiative) => card(initiative, input, ids));
  if (items.length <= MAX_CARDS) return cards;
  warnings.push(`${TITLES[column]} shows ${MAX_CARDS} of its ${items.length} initiatives.`);
  return [...cards, emptyCard(ids, `and ${items.length - MAX_CARDS} more`)];
}

function emptyCard(ids: SafeIds, text: string): Card {
  return { id: ids.next('e'), text: label(text, 'flowchart'), className: 'empty' };
}

function classOf(status: Initiative['status']): CardClass {
  if (status === 'done') return 'done';
  if (status === 'in-progress') return 'active';
  if (status === 'exploring') return 'exploring';
  return 'plain';
}

/**
 * Card styles. A style that sets a fill sets the text colour too: the
 * theme's text colour (light in a dark theme) is unreadable on a pale fill.
 * The `empty` card (`nothing here yet`, `and 3 more`) sets neither, so it
 * takes the theme's own card colours (a white card in a dark pane glared):
 * a thin dotted outline and italics say it holds no initiative.
 */
const CLASS_STYLES: Readonly<Record<Exclude<CardClass, 'plain'>, string>> = {
  done: 'fill:#e6f4ea,stroke:#2e7d32,color:#1b1b1b',
  active: 'fill:#fff4d6,stroke:#b58900,stroke-width:2px,color:#1b1b1b',
  exploring: 'stroke-dasharray: 4 4',
  empty: 'stroke-dasharray:2 3,font-style:italic',
};

function classLines(classes: Map<CardClass, string[]>): string[] {
  const lines: string[] = [];
  for (const [name, style] of Object.entries(CLASS_STYLES) as [Exclude<CardClass, 'plain'>, string][]) {
    const members = classes.get(name) ?? [];
    if (members.length === 0) continue;
    lines.push(`${INDENT}classDef ${name} ${style}`);
    for (let i = 0; i < members.length; i += 50) lines.push(`${INDENT}class ${members.slice(i, i + 50).join(',')} ${name}`);
  }
  return lines;
}
