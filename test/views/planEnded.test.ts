import { strict as assert } from 'node:assert';
import { VIEWS, renderView } from '../../server/src/pack/views';
import { epochDay } from '../../server/src/pack/time';
import { pack } from './packs';

const ENDED = pack(`horizon: 2026-Q1..2026-Q2
teams:
  - { id: core, name: Core, engineers: 2 }
initiatives:
  - { id: a, title: A, owner: core, when: 2026-Q2-W10..W13, effort: 2 }`);
const NOTE = 'This plan ended on 2026-Q2-W13, before today (2026-Q4-W9).';

describe('views: a plan that ended before today', () => {
  // Wed 2 Dec 2026 is in 2026-Q4-W9 (W1 starts Mon 5 Oct).
  const today = epochDay(2026, 12, 2);

  it('says so, once, on every view', () => {
    for (const view of VIEWS) {
      const warnings = renderView(ENDED, view, { today }).warnings;
      assert.equal(warnings.filter((warning) => warning === NOTE).length, 1, `${view}: ${warnings.join(' | ')}`);
    }
  });

  it('counts the last initiative or gate past the horizon, and says nothing while the plan runs or without a today', () => {
    const later = pack(`horizon: 2026-Q1..2026-Q2
teams:
  - { id: core, name: Core, engineers: 2 }
initiatives:
  - { id: a, title: A, owner: core, when: 2026-Q4-W9..W10, effort: 2 }`);
    assert.ok(!renderView(later, 'gantt', { today }).warnings.some((warning) => warning.startsWith('This plan ended')), 'an initiative in today’s week keeps the plan running');
    assert.ok(!renderView(ENDED, 'gantt', { today: epochDay(2026, 6, 20) }).warnings.some((warning) => warning.startsWith('This plan ended')), 'before its last week');
    assert.ok(!renderView(ENDED, 'gantt').warnings.some((warning) => warning.startsWith('This plan ended')));
  });
});
