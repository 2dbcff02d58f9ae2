/**
 * The examples of issue 13 (seeds 002, 003 and 004), each checked with the
 * exact findings examples/README.md explains: code and count, nothing else.
 * Today is pinned to each plan's first Monday, the day it was written, so
 * that RP404 (out of date) does not depend on when the suite runs.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { capacitySummary, checkPack } from '../../server/src/pack';
import { repoPath } from '../helpers/repoRoot';
import { TEST_TODAY } from '../helpers/today';

function check(relative: string, today: string, ifHired = false) {
  return checkPack(readFileSync(repoPath(relative), 'utf8'), { today, ifHired });
}

/** `RP804 ×1`-style tallies, sorted, so a failure shows every finding's code at once. */
function tally(diagnostics: readonly { code: string }[]): string[] {
  const counts = new Map<string, number>();
  for (const { code } of diagnostics) counts.set(code, (counts.get(code) ?? 0) + 1);
  return [...counts].map(([code, count]) => `${code} ×${count}`).sort();
}

describe('the goals examples (issue 13)', () => {
  it('seed 002, the flash sale: no findings, its three trade-offs complete and every goal served in time', () => {
    const { diagnostics, model } = check('examples/flash-sale.roadmap.yaml', '2027-01-04');
    assert.deepEqual(tally(diagnostics), []);
    assert.deepEqual(model.tradeoffs.map((t) => t.id), ['T1', 'T2', 'T3']);
    assert.deepEqual(model.goals.map((g) => g.id), ['G1', 'G2', 'G3', 'G4']);
  });

  it('seed 003 as MVFs: no findings, all twelve fragments deliver value', () => {
    const { diagnostics, model } = check('examples/data-platform/mvf.roadmap.yaml', '2027-01-04');
    assert.deepEqual(tally(diagnostics), []);
    const value = model.initiatives.filter((i) => i.input.delivers === 'value').map((i) => i.id);
    assert.deepEqual(value, ['A.1', 'B.1', 'C.1', 'A.2', 'B.2', 'C.2', 'A.3', 'B.3', 'C.3', 'A.4', 'B.4', 'C.4']);
  });

  it('seed 003 service by service: only the late-first-value warning, at the launch', () => {
    const { diagnostics } = check('examples/data-platform/by-service.roadmap.yaml', '2027-01-04');
    assert.deepEqual(tally(diagnostics), ['RP804 ×1']);
    const [late] = diagnostics;
    assert.equal(late.severity, 'warning');
    assert.match(late.message, /^Customers see nothing until 2027-Q4-W10, when launch ends: week 49 of the 52-week horizon/);
  });

  it('seed 003: both plans carry the same work, only its order differs', () => {
    const mvf = capacitySummary(check('examples/data-platform/mvf.roadmap.yaml', '2027-01-04').analysis);
    const byService = capacitySummary(check('examples/data-platform/by-service.roadmap.yaml', '2027-01-04').analysis);
    assert.deepEqual([mvf.planned.low, mvf.planned.high], [87, 111]);
    // The service-by-service plan adds its separate launch (2-3 engineer-weeks).
    assert.deepEqual([byService.planned.low, byService.planned.high], [89, 114]);
  });

  it('seed 004, the backend team: no findings, at its start and with the hires to 8 counted', () => {
    assert.deepEqual(tally(check('examples/backend-2025.roadmap.yaml', '2025-01-06').diagnostics), []);
    assert.deepEqual(tally(check('examples/backend-2025.roadmap.yaml', '2025-01-06', true).diagnostics), []);
  });

  it('seed 004 checked in late 2026: its objectives are done, so none is out of date', () => {
    const { diagnostics, model } = check('examples/backend-2025.roadmap.yaml', TEST_TODAY);
    assert.deepEqual(tally(diagnostics), []);
    assert.ok(model.initiatives.every((initiative) => initiative.status === 'done'));
  });
});
