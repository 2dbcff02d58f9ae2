/**
 * The board: columns of cards built with the DOM from the view's `board`
 * (server/src/pack/views/board.ts), not with Mermaid. Every text from the
 * pack is set with `textContent`; each card's title is a button linked
 * (clicks.ts) to its initiative's id, so a click or Enter reveals it.
 *
 * Layout (preview.css): a grid of columns at least 130 px wide (four in a 600 px pane), as many a
 * row as the pane holds, so a narrow pane wraps them into rows and a wide
 * one has them side by side, tops level. A card's status is its outline
 * (green done, amber and thick in progress, dashed exploring) and its words
 * ("SRE, in progress"): never colour alone, and no fill, so its text keeps
 * the theme's contrast. The legend under the board names the outlines the
 * board uses.
 */
import type { BoardCard, BoardColumn, BoardData, CardStatus } from '../../protocol/views';
import { element, isArrayOf, isRecord, linkButton, type Link } from './metrics';

const STATUSES: readonly CardStatus[] = ['planned', 'active', 'exploring', 'done'];
const STATUS_WORDS: Readonly<Record<CardStatus, string>> = { planned: 'Planned', active: 'In progress', exploring: 'Exploring', done: 'Done' };

export function boardElement(board: BoardData, link: Link): HTMLElement {
  const root = element('div', 'rp-board');
  const columns = element('div', 'rp-board-columns');
  columns.append(...board.columns.map((column) => columnElement(column, link)));
  root.append(columns);
  const legend = legendOf(board);
  if (legend) root.append(legend);
  return root;
}

function columnElement(column: BoardColumn, link: Link): HTMLElement {
  const section = element('section', 'rp-board-column');
  section.setAttribute('aria-label', column.title);
  const count = column.cards.length + column.more;
  const heading = element('h2', 'rp-board-heading', column.title);
  if (count > 0) heading.append(' ', element('span', 'rp-board-count', `(${count})`));
  const list = element('ul', 'rp-board-cards');
  list.append(...column.cards.map((card) => cardElement(card, link)));
  if (column.cards.length === 0 && column.more === 0) list.append(element('li', 'rp-board-card rp-board-empty', 'nothing here yet'));
  if (column.more > 0) list.append(element('li', 'rp-board-card rp-board-empty', `and ${column.more} more`));
  section.append(heading, list);
  return section;
}

function cardElement(card: BoardCard, link: Link): HTMLElement {
  const item = element('li', `rp-board-card rp-card-${card.status}`);
  item.append(linkButton(card.title, card.id, link), element('div', 'rp-board-detail', card.detail));
  return item;
}

/** One entry per status the board's cards have, its swatch the card's own outline (preview.css). */
function legendOf(board: BoardData): HTMLElement | undefined {
  const used = new Set(board.columns.flatMap((column) => column.cards.map((card) => card.status)));
  const entries = STATUSES.filter((status) => used.has(status));
  if (entries.length === 0) return undefined;
  const legend = element('ul', 'rp-legend');
  legend.setAttribute('aria-label', 'Legend');
  for (const status of entries) {
    const item = element('li');
    item.append(element('span', `rp-swatch rp-swatch-card rp-board-card rp-card-${status}`), element('span', undefined, STATUS_WORDS[status]));
    legend.append(item);
  }
  return legend;
}

// ---- checking what arrives by message ----

/** Whether `value` has the shape of a `BoardData`, all the way down: it came by `postMessage`. */
export function isBoardData(value: unknown): value is BoardData {
  return isRecord(value) && isArrayOf(value.columns, isColumn);
}

function isColumn(value: unknown): boolean {
  return isRecord(value) && typeof value.title === 'string' && typeof value.more === 'number' && Number.isInteger(value.more) && value.more >= 0 && isArrayOf(value.cards, isCard);
}

function isCard(value: unknown): boolean {
  return isRecord(value) && typeof value.id === 'string' && typeof value.title === 'string' && typeof value.detail === 'string' && STATUSES.includes(value.status as CardStatus);
}
