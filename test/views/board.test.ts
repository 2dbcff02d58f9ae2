import { strict as assert } from 'node:assert';
import { epochDay } from '../../server/src/pack';
import { boardView } from '../../server/src/pack/views';
import { NOW_NEXT_LATER, SEED, load, pack } from './packs';
import { checkDiagram, shownText } from './shape';

describe('views: now / next / later board', () => {
  it('draws platform-2025 as four columns of three cards, in order, with owners and status', () => {
    const view = boardView(load(NOW_NEXT_LATER));
    const shape = checkDiagram(view.text, 'flowchart');
    assert.deepEqual(shape.of('subgraph').map((s) => s.label), ['Now', 'Next', 'Later', 'Future']);
    const cards = shape.of('node').map((n) => shownText(n.label!));
    assert.deepEqual(cards.slice(0, 3), ['Kafka deployment<br/>Platform, in progress', 'API Gateway<br/>Platform', 'OpenTelemetry<br/>SRE, done']);
    assert.equal(cards.length, 12);
    assert.deepEqual(shape.of('invisible').at(-1)!.data, ['c1', 'c2', 'c3', 'c4']);
    assert.deepEqual(shape.of('class').map((c) => [c.label, c.data!.map((id) => view.sourceMap[id])]), [
      ['done', ['opentelemetry']],
      ['active', ['kafka-deployment']],
      ['exploring', ['ml-platform', 'realtime-analytics', 'edge-computing']],
    ]);
    assert.deepEqual(view.warnings, []);
  });

  it('keeps empty columns visible and puts initiatives without a horizon last', () => {
    const view = boardView(pack(`format: now-next-later\ninitiatives:\n  - { id: a, title: A, horizon: later }\n  - { id: b, title: B }\n  - { id: c, title: Cut, status: cut, horizon: now }`));
    const shape = checkDiagram(view.text, 'flowchart');
    assert.deepEqual(shape.of('subgraph').map((s) => s.label), ['Now', 'Next', 'Later', 'Not placed']);
    assert.equal(shape.of('node').filter((n) => n.label === 'nothing here yet').length, 2);
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
    const shape = checkDiagram(view.text, 'flowchart');
    assert.deepEqual(shape.of('subgraph').map((s) => s.label), ['Done', 'Now', 'Next', 'Later', 'Not placed']);
    const columns = columnsOf(view.text, view.sourceMap);
    assert.deepEqual(columns, [['shipped'], ['running', 'early'], ['soon', 'next'], ['far'], ['undated']]);
    assert.match(view.warnings[0], /^Derived from today \(2026-Q3\)/);
  });

  it('moves the cards with today: from 2026-Q4-W2, Q1 2027 is next; from W3, a Q4-W3 start is now', () => {
    const quarterly = pack(`horizon: 2026-Q3..2027-Q2
initiatives:
  - { id: soon, title: Soon, when: 2026-Q4-W3..W8 }
  - { id: far, title: Far, when: 2027-Q1..2027-Q2 }`);
    const on = (day: number) => {
      const view = boardView(quarterly, { today: day });
      return columnsOf(view.text, view.sourceMap).map((cards) => cards.filter(Boolean));
    };
    assert.deepEqual(on(epochDay(2026, 10, 12)), [[], [], ['soon', 'far'], []]);
    assert.deepEqual(on(epochDay(2026, 10, 19)), [[], ['soon'], ['far'], []]);
  });

  it('shows at most 10 cards a column, then how many more, so a large pack’s board stays readable (and drawable)', () => {
    const initiatives = Array.from({ length: 40 }, (_, i) => `  - { id: i${i}, title: Work ${i}, when: 2026-Q3-W${(i % 4) + 1} }`);
    const view = boardView(pack(`initiatives:\n${initiatives.join('\n')}`), { today: epochDay(2026, 8, 5) });
    const cards = checkDiagram(view.text, 'flowchart').of('node').map((node) => shownText(node.label!));
    assert.equal(cards.filter((text) => text.startsWith('Work ')).length, 10);
    assert.ok(cards.includes('and 30 more'));
    assert.ok(view.warnings.includes('Now shows 10 of its 40 initiatives.'), view.warnings.join('\n'));
  });

  it('says why a quarterly pack without today has every card not placed', () => {
    const view = boardView(load(SEED));
    checkDiagram(view.text, 'flowchart');
    assert.match(view.warnings[0], /derived from today’s date, and none was given/);
  });

  it('sets the text colour wherever it sets a fill, so a dark theme’s light text never lands on a pale card', () => {
    const view = boardView(load(NOW_NEXT_LATER));
    for (const classDef of checkDiagram(view.text, 'flowchart').of('classDef')) {
      if (/fill:/.test(classDef.line)) assert.match(classDef.line, /color:#[0-9a-f]{6}/, classDef.line);
    }
  });
});

/** The pack ids in each column, in order (the cards inside a subgraph). */
function columnsOf(text: string, sourceMap: Record<string, string>): string[][] {
  const columns: string[][] = [];
  for (const line of text.split('\n')) {
    if (/^ {4}subgraph /.test(line)) columns.push([]);
    const card = /^ {8}(n\d+)\[/.exec(line);
    if (card) columns[columns.length - 1].push(sourceMap[card[1]]);
  }
  return columns;
}
