import type { Initiative } from '../model/types';
import { EpochDay, formatQuarter, quarterOfWeek, weekOfDate } from '../time';
import { plainText } from './escape';
import { mdLine } from '../generate/text';
import { ownerNames, plural } from '../text/format';
import { RenderedView, ViewInput, listIds } from './shared';

export interface BoardOptions {
  /**
   * Today, as an epoch day (the core reads no clock): a quarterly pack's
   * board is derived from it. Without it a quarterly pack has no board.
   */
  today?: EpochDay;
}

type Column = 'done' | 'now' | 'next' | 'later' | 'future' | 'unplaced';

/** How a card is marked: by its initiative's status (the legend says what each means). */
export type CardStatus = 'done' | 'active' | 'exploring' | 'planned';

/** The board as data: the preview builds it with `textContent` (media/preview/board.ts), the CLI prints it as Markdown. */
export interface BoardData {
  columns: BoardColumn[];
}

export interface BoardColumn {
  /** `Done`, `Now`, `Next`, `Later`, `Future` or `Not placed`. */
  title: string;
  /** At most MAX_CARDS, in the pack's order; none for an empty column. */
  cards: BoardCard[];
  /** How many of the column's initiatives have no card ("and 12 more"). */
  more: number;
}

export interface BoardCard {
  /** The pack id, which click-to-source reveals. */
  id: string;
  /** Plain text from the pack (one line, no control characters), never markup. */
  title: string;
  /** Owners and, unless planned, the status, in a few words. */
  detail: string;
  status: CardStatus;
}

const TITLES: Readonly<Record<Column, string>> = { done: 'Done', now: 'Now', next: 'Next', later: 'Later', future: 'Future', unplaced: 'Not placed' };
const ORDER: readonly Column[] = ['done', 'now', 'next', 'later', 'future', 'unplaced'];
const MAX_CARDS = 10;
const PLAIN_ID = /^[A-Za-z0-9][\w.:-]*$/;
const STATUS_WORDS: Readonly<Partial<Record<Initiative['status'], string>>> = { done: 'done', 'in-progress': 'in progress', exploring: 'exploring' };

/**
 * The now / next / later (/ future) board for now-next-later packs: one
 * column per horizon, read left to right, each initiative a card with its
 * title and, under it, its owner (and its status unless planned). `Now`,
 * `Next` and `Later` are always there (an empty one says so); `Future` only
 * when used. Initiatives without a `horizon` go to a last "Not placed"
 * column, with a warning; cut ones are left out.
 *
 * A quarterly pack's board is derived from `today` (`quarterlyColumns`);
 * without it every card is not placed, and a warning says why.
 *
 * Why data and not a Mermaid flowchart (what it was): a board has no edges
 * to lay out, and Mermaid deep-copies its configuration for every vertex, so
 * a board of 60 cards cost about 300 ms to draw; the webview lays out
 * columns of cards with CSS (wrapping in a narrow pane) in a few ms.
 * `text` is the same board as a Markdown table, what
 * `roadmap-pack render --view board` prints.
 */
export function boardView(input: ViewInput, options: BoardOptions = {}): RenderedView {
  const warnings: string[] = [];
  const columns = input.model.format === 'now-next-later' ? horizonColumns(input, warnings) : quarterlyColumns(input, options.today, warnings);
  const board: BoardData = { columns: columns.map(([column, items]) => boardColumn(column, items, input, warnings)) };
  return { text: boardMarkdown(input.model.title, board), diagrams: [], sourceMap: {}, warnings, board };
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

/**
 * A column's cards: at most MAX_CARDS, then how many more (a column of 400
 * cards is read by no one); an empty column has none.
 */
function boardColumn(column: Column, items: Initiative[], input: ViewInput, warnings: string[]): BoardColumn {
  if (items.length > MAX_CARDS) warnings.push(`${TITLES[column]} shows ${MAX_CARDS} of its ${items.length} initiatives.`);
  return { title: TITLES[column], cards: items.slice(0, MAX_CARDS).map((initiative) => card(initiative, input)), more: Math.max(0, items.length - MAX_CARDS) };
}

function card(initiative: Initiative, input: ViewInput): BoardCard {
  const owners = ownerNames(initiative.owners, input.analysis.teams);
  const status = STATUS_WORDS[initiative.status];
  const detail = [owners.length > 0 ? owners.join(', ') : 'no owner', ...(status ? [status] : [])].join(', ');
  return { id: initiative.id, title: plainText(initiative.title, { fallback: initiative.id }), detail: plainText(detail), status: statusOf(initiative.status) };
}

function statusOf(status: Initiative['status']): CardStatus {
  if (status === 'done') return 'done';
  if (status === 'in-progress') return 'active';
  if (status === 'exploring') return 'exploring';
  return 'planned';
}

/**
 * The board as a Markdown table, one column per board column and a card a
 * row: each cell the title, its owner and status, and its id; the last row
 * says how many more a column has.
 */
export function boardMarkdown(title: string, board: BoardData): string {
  const lines = [`# Board: ${mdLine(plainText(title, { fallback: 'roadmap' }))}`, ''];
  const { columns } = board;
  lines.push(`| ${columns.map((column) => column.title).join(' | ')} |`, `|${columns.map(() => '---').join('|')}|`);
  const depth = Math.max(1, ...columns.map((column) => column.cards.length + (column.more > 0 ? 1 : 0)));
  for (let row = 0; row < depth; row++) lines.push(`| ${columns.map((column) => markdownCell(column, row)).join(' | ')} |`);
  return lines.join('\n') + '\n';
}

function markdownCell(column: BoardColumn, row: number): string {
  const card = column.cards[row];
  // An id the schema rejected may hold anything: a code span cannot escape it, so it is left out.
  if (card) return `**${mdLine(card.title)}**${PLAIN_ID.test(card.id) ? ` (\`${card.id}\`)` : ''}: ${mdLine(card.detail)}`;
  if (row === column.cards.length && column.more > 0) return `_and ${column.more} more_`;
  return row === 0 ? '_nothing here yet_' : '';
}
