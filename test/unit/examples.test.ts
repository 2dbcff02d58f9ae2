import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { capacitySummary, checkPack } from '../../server/src/pack';
import { findFiles } from '../../server/src/cli/findFiles';
import { repoRoot } from '../helpers/repoRoot';
import { TEST_TODAY } from '../helpers/today';

/** Checked as of TEST_TODAY, as the editor and the CLI check as of today. */
function check(relative: string, today = TEST_TODAY) {
  return checkPack(readFileSync(resolve(repoRoot(), relative), 'utf8'), { today });
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

describe('the seed examples', () => {
  it('inventory: 187.2 engineer-weeks available, 54–72 planned, 28.8%–38.5% of capacity', () => {
    const summary = capacitySummary(check('examples/platform-inventory.roadmap.yaml').analysis);
    assert.equal(round(summary.available, 6), 187.2);
    assert.deepEqual([summary.planned.low, summary.planned.high], [54, 72]);
    assert.deepEqual([round(summary.utilisation!.low * 100, 1), round(summary.utilisation!.high * 100, 1)], [28.8, 38.5]);
  });

  it('full pack: the Step 5 tables sum to 62–80 engineer-weeks, 33.1%–42.7% of 187.2', () => {
    const summary = capacitySummary(check('examples/platform-reliability/platform-reliability.roadmap.yaml').analysis);
    assert.deepEqual([summary.planned.low, summary.planned.high], [62, 80]);
    assert.deepEqual([round(summary.utilisation!.low * 100, 1), round(summary.utilisation!.high * 100, 1)], [33.1, 42.7]);
  });

  it('full pack: no errors, and the findings the format page predicts', () => {
    const { diagnostics } = check('examples/platform-reliability/platform-reliability.roadmap.yaml');
    assert.deepEqual(diagnostics.filter((d) => d.severity === 'error'), []);
    const q4 = diagnostics.filter((d) => d.code === 'RP502');
    assert.equal(q4.length, 1);
    assert.match(q4[0].message, /Infra Squad .* 2026-Q4: 30\.7 of 31\.2 engineer-weeks \(98%\)/);
    const weekly = diagnostics.filter((d) => d.code === 'RP503').map((d) => d.message);
    assert.ok(weekly.some((m) => /Infra Squad is overloaded in 2026-Q4-W3\.\.W8: peak .*\(192%\)/.test(m)), weekly.join('\n'));
    // Partial dependencies are encoded as start-to-start with lag, so only the two real conflicts remain.
    const conflicts = diagnostics.filter((d) => d.code === 'RP401').map((d) => d.message.split(' ')[0]);
    assert.deepEqual(conflicts.sort(), ['cost-optimization', 'load-test-3x']);
  });

  it('every example is current as of TEST_TODAY: its statuses leave no work out of date (RP404)', () => {
    const packs = findFiles(['examples'], repoRoot(), () => false).packs;
    assert.ok(packs.length >= 7, packs.join(', '));
    for (const path of packs) assert.deepEqual(check(path).diagnostics.filter((d) => d.code === 'RP404').map((d) => d.message), [], path);
  });

  it('the worked example turns out of date when examples/README.md says: autoscaling, on 2026-12-14', () => {
    const stale = (today: string) => check('examples/platform-reliability/platform-reliability.roadmap.yaml', today).diagnostics.filter((d) => d.code === 'RP404').map((d) => d.message.split(' ')[0]);
    assert.deepEqual(stale('2026-12-13'), []);
    assert.deepEqual(stale('2026-12-14'), ['autoscaling']);
  });

  it('every example checks without errors', () => {
    for (const path of ['examples/platform-inventory.roadmap.yaml', 'examples/platform-2025.roadmap.yaml']) {
      const errors = check(path).diagnostics.filter((d) => d.severity === 'error');
      assert.deepEqual(errors, [], path);
    }
  });
});
