import { strict as assert } from 'node:assert';
import { checkPack, formatSpan, keyDescription, levelPack, type LevelPlan } from '../../server/src/pack';

const TODAY = '2026-06-01';

/** A pack of one team (2 engineers, no BAU) and the given initiative lines (flow maps). */
function pack(initiatives: string[], extra: string[] = []): string {
  return ['pack: 1', 'title: Levelling', 'horizon: 2026-Q3', 'capacity: { bau: 0% }', 'teams:', '  - { id: core, name: Core, engineers: 2 }', 'initiatives:', ...initiatives.map((line) => `  - ${line}`), ...extra, ''].join('\n');
}

/** Levels a pack that reads without errors other than capacity ones (RP501 is what levelling is for). */
function level(text: string): LevelPlan {
  const result = checkPack(text, { today: TODAY });
  assert.deepEqual(result.diagnostics.filter((d) => d.severity === 'error' && d.code !== 'RP501').map((d) => d.message), []);
  return levelPack(result.analysis);
}

const moved = (plan: LevelPlan) => plan.moves.map((move) => [move.id, formatSpan(move.from), formatSpan(move.to), move.weeks]);

describe('levelling (pack/level)', () => {
  it('moves the lower tier after the higher one, as long as it was, and says whose weeks were full', () => {
    const plan = level(pack(['{ id: low, title: Low, owner: core, tier: 2, when: 2026-Q3-W1..W2, effort: 4 }', '{ id: high, title: High, owner: core, tier: 1, when: 2026-Q3-W2..W3, effort: 4 }']));
    assert.deepEqual(moved(plan), [['low', '2026-Q3-W1..W2', '2026-Q3-W4..W5', 3]]);
    assert.equal(plan.moves[0].why, 'Core has no room for 2.0 engineer-weeks a week in 2026-Q3-W1..W2');
    assert.deepEqual(plan.peaks.map((peak) => [peak.name, peak.before, peak.after]), [['Core', 2, 1]]);
  });

  it('never moves done, in-progress or fixed work: the planned work moves round it', () => {
    for (const kept of ['status: done', 'status: in-progress', 'fixed: true']) {
      const plan = level(pack([`{ id: kept, title: Kept, owner: core, tier: 3, ${kept}, when: 2026-Q3-W1..W2, effort: 4 }`, '{ id: other, title: Other, owner: core, tier: 1, when: 2026-Q3-W1..W2, effort: 4 }']));
      assert.deepEqual(moved(plan), [['other', '2026-Q3-W1..W2', '2026-Q3-W3..W4', 2]], kept);
    }
  });

  it('pushes what waits for moved work after it, and keeps work before a gate that waits for it', () => {
    const plan = level(
      pack(
        ['{ id: a, title: A, owner: core, tier: 1, when: 2026-Q3-W1..W2, effort: 4 }', '{ id: b, title: B, owner: core, tier: 2, when: 2026-Q3-W1..W2, effort: 4 }', '{ id: c, title: C, owner: core, tier: 1, when: 2026-Q3-W3, effort: 1, depends_on: [b] }'],
        ['gates:', '  - { id: g, title: G, at: 2026-Q3-W13, depends_on: [c] }'],
      ),
    );
    assert.deepEqual(moved(plan), [['b', '2026-Q3-W1..W2', '2026-Q3-W3..W4', 2], ['c', '2026-Q3-W3', '2026-Q3-W5', 2]]);
    assert.match(plan.moves[1].why, /^waits for b \(2026-Q3-W3\.\.W4\)/);
  });

  it('reports work with no room inside the horizon and leaves it where it is', () => {
    const plan = level(pack(['{ id: big, title: Big, owner: core, tier: 1, when: 2026-Q3-W1..W12, effort: 24 }', '{ id: late, title: Late, owner: core, tier: 2, when: 2026-Q3-W10..W12, effort: 3 }']));
    assert.deepEqual(plan.moves, []);
    assert.deepEqual(plan.unplaced.map((item) => [item.id, formatSpan(item.span)]), [['late', '2026-Q3-W10..W12']]);
    assert.match(plan.unplaced[0].why, /^Core has no room for 1\.0 engineer-weeks a week in 2026-Q3-W10\.\.W12, nor in the 1 week after \(the horizon ends 2026-Q3-W13\)$/);
  });

  it('reads `fixed` as a schema key: described, and a non-boolean is reported', () => {
    assert.match(keyDescription(['initiatives', 0, 'fixed']) ?? '', /levelling never moves it/);
    const result = checkPack(pack(['{ id: x, title: X, owner: core, when: 2026-Q3-W1, effort: 1, fixed: yes-please }']), { today: TODAY });
    assert.ok(result.diagnostics.some((d) => d.code === 'RP101' && d.message.includes('fixed')), result.diagnostics.map((d) => d.message).join('\n'));
  });
});
