import { strict as assert } from 'node:assert';
import { GATE_CARD_WIDTH, gatesView } from '../../server/src/pack/views/gates';
import { SEED, load, pack } from './packs';
import { checkDiagram, shownText } from './shape';

/** Each card's lines as shown (entities decoded, non-breaking characters as plain ones), heading first. */
function cards(text: string): string[][] {
  return checkDiagram(text, 'flowchart')
    .of('node')
    .map((node) => shownText(node.label!).replace(/\u2011/g, '-').replace(/\u00a0/g, ' ').split('<br/>'));
}

function classOf(text: string, id: string): string | undefined {
  return checkDiagram(text, 'flowchart')
    .of('class')
    .find((statement) => statement.data!.includes(id))?.label;
}

describe('views: gate cards', () => {
  it("draws the seed's six gates as a column of cards in time order, under a heading", () => {
    const view = gatesView(load(SEED));
    const shape = checkDiagram(view.text, 'flowchart');
    assert.deepEqual(shape.of('header')[0].data, ['TB']);
    assert.ok(view.text.startsWith(`---\nconfig:\n  flowchart:\n    wrappingWidth: ${GATE_CARD_WIDTH}\n`));
    const [heading, ...gates] = cards(view.text);
    assert.deepEqual(heading, ['Decision gates: Platform Engineering -- Reliability & Scale', '6 gates from 2026-Q3-W3 to 2026-Q4-W10']);
    assert.deepEqual(
      gates.map((lines) => lines[0]),
      ['Tracing vendor selection', 'PgBouncer evaluation', 'DB Phase 1 completion check', 'Redis migration go/no-go', 'SOC 2 audit readiness', '3x load test'],
    );
    assert.deepEqual(Object.values(view.sourceMap), ['gate-tracing-vendor', 'gate-pgbouncer', 'gate-db-phase1', 'gate-redis-migration', 'gate-soc2-readiness', 'gate-load-test']);
    assert.deepEqual(view.warnings, []);
  });

  it('shows on each card its week and day, decision, output, owner and what it waits for', () => {
    const [, , , dbPhase1, , soc2] = cards(gatesView(load(SEED)).text);
    assert.deepEqual(dbPhase1, [
      'DB Phase 1 completion check',
      '2026-Q3-W10, decided Sun 13 Sep 2026',
      'Decision: Is connection pooling + job isolation stable? Go/no-go for Phase 2',
      'Output: Load test results; go/no-go memo',
      'Owner: Infra Lead',
      'Waits for: nothing declared',
    ]);
    assert.equal(soc2.at(-1), 'Waits for SOC 2 controls remediation: done');
  });

  it('holds the cards in one column with invisible links, heading first, so it is one card wide whatever the count', () => {
    const shape = checkDiagram(gatesView(load(SEED)).text, 'flowchart');
    const order = shape.of('invisible').map((link) => link.data!);
    assert.deepEqual(order, [['h1', 'g1'], ['g1', 'g2'], ['g2', 'g3'], ['g3', 'g4'], ['g4', 'g5'], ['g5', 'g6']]);
    assert.equal(shape.of('edge').length, 0, 'no arrows: cards in time order, not dependencies');
  });

  it('draws one gate as a heading and one card, and no arrow to nothing', () => {
    const view = gatesView(pack('gates:\n  - { id: only, title: The only gate, at: 2026-Q3-W2, decision: Go? }'));
    const shape = checkDiagram(view.text, 'flowchart');
    assert.equal(shape.of('node').length, 2);
    assert.deepEqual(shape.of('invisible').map((link) => link.data), [['h1', 'g1']]);
    assert.deepEqual(cards(view.text)[0], ['Decision gates: Test pack', '1 gate, 2026-Q3-W2']);
  });

  it('marks a gate red when what it waits for ends too late, is cut, or is not defined; judged as RP401 judges', () => {
    const view = gatesView(
      pack(`initiatives:
  - { id: late, title: Late work, when: 2026-Q3-W1..W6 }
  - { id: early, title: Early work, when: 2026-Q3-W1..W2 }
  - { id: gone, title: Gone, when: 2026-Q3-W1..W2, status: cut }
  - { id: finished, title: Finished, when: 2026-Q3-W1..W9, status: done }
gates:
  - { id: g-late, title: Too soon, at: 2026-Q3-W4, depends_on: [late] }
  - { id: g-ok, title: In time, at: 2026-Q3-W4, depends_on: [early, finished] }
  - { id: g-cut, title: Waits on cut work, at: 2026-Q3-W5, depends_on: [gone] }
  - { id: g-ghost, title: Waits on nothing real, at: 2026-Q3-W6, depends_on: [nowhere] }
  - { id: g-after, title: After another gate, at: 2026-Q3-W8, depends_on: [g-late] }`),
    );
    const [heading, tooSoon, inTime, cut, ghost, after] = cards(view.text);
    assert.equal(after.at(-1), 'Waits for Too soon: decided 2026-Q3-W4, in time');
    assert.equal(heading.at(-1), '3 gates wait for work that may not be done in time (red)');
    assert.equal(tooSoon.at(-1), 'Waits for Late work: ends 2026-Q3-W6, too late (earliest decision 2026-Q3-W7)');
    assert.deepEqual(inTime.slice(-2), ['Waits for Early work: ends 2026-Q3-W2, in time', 'Waits for Finished: done']);
    assert.equal(cut.at(-1), 'Waits for Gone: cut, will not be done');
    assert.equal(ghost.at(-1), 'Waits for nowhere: not defined in this pack');
    const ids = Object.fromEntries(Object.entries(view.sourceMap).map(([mermaid, id]) => [id, mermaid]));
    assert.deepEqual(['g-late', 'g-ok', 'g-cut', 'g-ghost'].map((id) => classOf(view.text, ids[id])), ['late', 'ready', 'late', 'late']);
  });

  it('lists gates without a valid week last, dashed, and says so', () => {
    const view = gatesView(
      pack(`gates:
  - { id: late, title: Late, at: 2026-Q4-W2 }
  - { id: broken, title: Broken, at: 2026-Q5 }
  - { id: early, title: Early, at: 2026-Q3-W1, decision: Go? }`),
    );
    const [, ...gates] = cards(view.text);
    assert.deepEqual(gates.map((lines) => lines.slice(0, 2)), [['Early', '2026-Q3-W1, decided Sun 12 Jul 2026'], ['Late', '2026-Q4-W2, decided Sun 18 Oct 2026'], ['Broken', 'Not dated: no valid week']]);
    assert.equal(classOf(view.text, 'g3'), 'undated');
    assert.deepEqual(view.warnings, ['1 gate without a valid `at` listed as not dated: broken.']);
  });

  it('sets the text colour in every class that sets a fill, so a card reads in every theme', () => {
    const classDefs = checkDiagram(gatesView(load(SEED)).text, 'flowchart').of('classDef');
    assert.equal(classDefs.length, 4);
    for (const { line } of classDefs) assert.match(line, /fill:#[0-9a-f]{6}.*color:#[0-9a-f]{6}/, line);
  });

  it('says so when there are no gates, and still draws a valid diagram: the heading alone', () => {
    const view = gatesView(pack('initiatives: []'));
    assert.deepEqual(cards(view.text), [['Decision gates: Test pack', 'The pack has no decision gates.']]);
    assert.deepEqual(view.warnings, ['The pack has no decision gates.']);
  });
});
