import { strict as assert } from 'node:assert';
import type { Edge, Entity } from '../../server/src/pack/model/types';
import { weekIndex } from '../../server/src/pack/time/weeks';
import { conflictTip } from '../../server/src/pack/views/conflictTip';

/** 2026-Q4-W1: `Q4 + 2` is 2026-Q4-W3. */
const Q4 = weekIndex(2026, 4, 1);
const edge = (extra: Partial<Edge>): Edge => ({ from: 'cost-opt', to: 'autoscaling', type: 'finish-to-start', lag: 0, path: [], ...extra });
const dependent = { kind: 'initiative', id: 'cost-opt', milestones: [{ name: 'Pilot' }] } as unknown as Entity;
const predecessor = { first: Q4 + 3, last: Q4 + 7 };

describe('views: what hovering an RP401 edge says', () => {
  it('finish-to-start: when the dependent starts, and when what it waits for ends', () => {
    assert.equal(conflictTip(edge({}), dependent, predecessor, { end: 'start', actual: Q4 + 2, earliest: Q4 + 8 }), 'cost-opt starts 2026-Q4-W3, before autoscaling ends 2026-Q4-W8 (RP401)');
  });

  it('start-to-start with a lag: when the other starts, and the earliest the lag allows', () => {
    const text = conflictTip(edge({ type: 'start-to-start', lag: 2 }), dependent, predecessor, { end: 'start', actual: Q4 + 4, earliest: Q4 + 5 });
    assert.equal(text, 'cost-opt starts 2026-Q4-W5, before autoscaling starts 2026-Q4-W4; with its +2w lag, the earliest is 2026-Q4-W6 (RP401)');
  });

  it("finish-to-finish for a milestone's after: the milestone named, and when it finishes", () => {
    const text = conflictTip(edge({ type: 'finish-to-finish', milestone: 0 }), dependent, predecessor, { end: 'finish', actual: Q4 + 5, earliest: Q4 + 7 });
    assert.equal(text, 'the milestone "Pilot" of cost-opt finishes 2026-Q4-W6, before autoscaling ends 2026-Q4-W8 (RP401)');
  });
});
