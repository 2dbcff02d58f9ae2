import { strict as assert } from 'node:assert';
import { capacityData, capacityView } from '../../server/src/pack/views';
import { epochDay } from '../../server/src/pack/time';
import { SEED, load } from './packs';

describe('views: capacity, where today falls', () => {
  // 2026-Q4-W1 is Mon 5 Oct to Sun 11 Oct 2026; Wed 14 Oct is the third day of W2.
  const today = epochDay(2026, 10, 14);
  const intoWeek = 2.5 / 7;

  it('quarterly: the Q4 bar, one week and two and a half days of thirteen weeks in', () => {
    const view = capacityView(load(SEED), { today });
    assert.equal(view.todays?.length, view.diagrams.length, 'every team’s chart covers 2026-Q4');
    assert.deepEqual(view.todays![0], { diagram: 0, bar: 1, fraction: (1 + intoWeek) / 13 });
  });

  it('weekly: the 2026-Q4-W2 bar, two and a half days of seven in', () => {
    const view = capacityView(load(SEED), { today, weekly: true, team: 'infra' });
    const bar = capacityData(load(SEED), { weekly: true })[0].periods.findIndex((p) => p.period === '2026-Q4-W2');
    assert.ok(bar > 0);
    assert.deepEqual(view.todays, [{ diagram: 0, bar, fraction: intoWeek }]);
  });

  it('marks nothing when the charts end before today, or without a today', () => {
    assert.equal(capacityView(load(SEED), { today: epochDay(2027, 6, 1) }).todays, undefined);
    assert.equal(capacityView(load(SEED)).todays, undefined);
  });
});
