import { strict as assert } from 'node:assert';
import { epochDay } from '../../server/src/pack';
import { boardView } from '../../server/src/pack/views';
import { NOW_NEXT_LATER, SEED, load, pack } from './packs';

describe('views: now / next / later board', () => {
  it('lays platform-2025 out as four columns of three cards, in order, with owners and status', () => {
    const view = boardView(load(NOW_NEXT_LATER));
    const board = view.board!;
    assert.deepEqual(board.columns.map((c) => c.title), ['Now', 'Next', 'Later', 'Future']);
    assert.deepEqual(board.columns[0].cards, [
      { id: 'kafka-deployment', title: 'Kafka deployment', detail: 'Platform, in progress', status: 'active' },
      { id: 'api-gateway', title: 'API Gateway', detail: 'Platform', status: 'planned' },
      { id: 'opentelemetry', title: 'OpenTelemetry', detail: 'SRE, done', status: 'done' },
    ]);
    assert.deepEqual(board.columns.map((c) => [c.cards.length, c.more]), [[3, 0], [3, 0], [3, 0], [3, 0]]);
    assert.deepEqual(board.columns[3].cards.map((c) => c.status), ['exploring', 'exploring', 'exploring']);
    assert.deepEqual(view.diagrams, [], 'no Mermaid: the preview builds the board as HTML');
    assert.deepEqual(view.warnings, []);
  });

  it('prints the board as a Markdown table, a column per board column, pack text escaped', () => {
    const view = boardView(pack(`format: now-next-later\ninitiatives:\n  - { id: a, title: "A | <b>x</b>", horizon: now, owner: "@sam" }\n  - { id: b, title: B, horizon: later }`));
    const lines = view.text.split('\n');
    assert.deepEqual(lines.slice(2, 5), ['| Now | Next | Later |', '|---|---|---|', '| **A \\| \\<b\\>x\\</b\\>** (`a`): @sam | _nothing here yet_ | **B** (`b`): no owner |']);
  });

  it('keeps empty columns visible and puts initiatives without a horizon last', () => {
    const view = boardView(pack(`format: now-next-later\ninitiatives:\n  - { id: a, title: A, horizon: later }\n  - { id: b, title: B }\n  - { id: c, title: Cut, status: cut, horizon: now }`));
    const board = view.board!;
    assert.deepEqual(board.columns.map((c) => c.title), ['Now', 'Next', 'Later', 'Not placed']);
    assert.deepEqual(board.columns.map((c) => c.cards.map((card) => card.id)), [[], [], ['a'], ['b']]);
    assert.deepEqual(view.warnings, ['1 initiative without a `horizon` shown as not placed: b.']);
  });

  it('derives a quarterly pack’s board from today: done, started, starting by the end of next quarter, later', () => {
    const quarterly = pack(`horizon: 2026-Q3..2027-Q2
initiatives:
  - { id: shipped, title: Shipped, when: 2026-Q3-W1..W4, status: done }
  - { id: running, title: Running, when: 2026-Q3-W2..W9 }
  - { id: early, title: Started early, when: 2026-Q4-W1..W4, status: in-progress }
  - { id: soon, title: Later this quarter, when: 2026-Q3-W10..W12 }
  - { id: next, title: Next quarter, when: 2026-Q4-W3..W8 }
  - { id: far, title: Far, when: 2027-Q1..2027-Q2 }
  - { id: dropped, title: Dropped, when: 2026-Q3, status: cut }
  - { id: undated, title: Undated }`);
    const view = boardView(quarterly, { today: epochDay(2026, 8, 5) }); // 2026-Q3-W5
    assert.deepEqual(view.board!.columns.map((c) => c.title), ['Done', 'Now', 'Next', 'Later', 'Not placed']);
    const columns = columnsOf(view);
    assert.deepEqual(columns, [['shipped'], ['running', 'early'], ['soon', 'next'], ['far'], ['undated']]);
    assert.match(view.warnings[0], /^Derived from today \(2026-Q3\)/);
  });

  it('moves the cards with today: from 2026-Q4-W2, Q1 2027 is next; from W3, a Q4-W3 start is now', () => {
    const quarterly = pack(`horizon: 2026-Q3..2027-Q2
initiatives:
  - { id: soon, title: Soon, when: 2026-Q4-W3..W8 }
  - { id: far, title: Far, when: 2027-Q1..2027-Q2 }`);
    const on = (day: number) => {
      return columnsOf(boardView(quarterly, { today: day }));
    };
    assert.deepEqual(on(epochDay(2026, 10, 12)), [[], [], ['soon', 'far'], []]);
    assert.deepEqual(on(epochDay(2026, 10, 19)), [[], ['soon'], ['far'], []]);
  });

  it('shows at most 10 cards a column, then how many more, so a large pack’s board stays readable (and drawable)', () => {
    const initiatives = Array.from({ length: 40 }, (_, i) => `  - { id: i${i}, title: Work ${i}, when: 2026-Q3-W${(i % 4) + 1} }`);
    const view = boardView(pack(`initiatives:\n${initiatives.join('\n')}`), { today: epochDay(2026, 8, 5) });
    const now = view.board!.columns.find((c) => c.title === 'Now')!;
    assert.deepEqual([now.cards.length, now.more], [10, 30]);
    assert.match(view.text, /\| _and 30 more_ \|/);
    assert.ok(view.warnings.includes('Now shows 10 of its 40 initiatives.'), view.warnings.join('\n'));
  });

  it('says why a quarterly pack without today has every card not placed', () => {
    const view = boardView(load(SEED));
    assert.ok(view.board!.columns.at(-1)!.cards.length > 0);
    assert.match(view.warnings[0], /derived from today’s date, and none was given/);
  });
});

/** The pack ids in each column, in order. */
function columnsOf(view: ReturnType<typeof boardView>): string[][] {
  return view.board!.columns.map((column) => column.cards.map((card) => card.id));
}
