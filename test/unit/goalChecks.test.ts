/**
 * The goal checks through the document's cache: editing one initiative's
 * `serves` moves RP801, RP802 and RP803 as a fresh check would, and the
 * quality gate and status update read the same standings.
 */
import { strict as assert } from 'node:assert';
import { CheckCache, checkPack, qualityGate, statusUpdate } from '../../server/src/pack';

const PACK = [
  'pack: 1',
  'title: Flash sale',
  'horizon: 2026-Q3..2026-Q4',
  'goals:',
  '  - { id: G1, title: Handle 20x traffic, by: 2026-Q3 }',
  '  - { id: G2, title: Zero overselling, by: 2026-Q3 }',
  'initiatives:',
  '  - { id: occ, title: Optimistic locking, when: 2026-Q3-W2..W6, serves: [G1], delivers: value }',
  '  - { id: queue, title: Waiting room, when: 2026-Q3-W8..2026-Q4-W2 }',
  '',
].join('\n');

const findings = (text: string, cache?: CheckCache) =>
  checkPack(text, {}, cache)
    .diagnostics.filter((d) => d.code.startsWith('RP8') || d.code === 'RP202')
    .map((d) => `${d.code} ${d.range.start.line + 1}: ${d.message.split(':')[0]}`);

describe('goal checks, incrementally', () => {
  it("editing one initiative's serves updates the goal findings as a fresh check does", () => {
    const cache = new CheckCache();
    assert.deepEqual(findings(PACK, cache), ['RP801 6: No initiative serves G2 ("Zero overselling")', "RP802 9: queue serves none of the pack's goals"]);
    const steps = [
      PACK.replace('title: Waiting room,', 'title: Waiting room, serves: [G2],'),
      PACK.replace('title: Waiting room,', 'title: Waiting room, serves: [G1, G2],'),
      PACK.replace('title: Waiting room,', 'title: Waiting room, serves: [G3],'),
      PACK,
    ];
    const expected = [
      ['RP803 6: G2 ("Zero overselling") is due by 2026-Q3-W13, but queue, the last initiative serving it, ends 2026-Q4-W2'],
      ['RP803 5: G1 ("Handle 20x traffic") is due by 2026-Q3-W13, but queue, the last initiative serving it, ends 2026-Q4-W2', 'RP803 6: G2 ("Zero overselling") is due by 2026-Q3-W13, but queue, the last initiative serving it, ends 2026-Q4-W2'],
      ['RP801 6: No initiative serves G2 ("Zero overselling")', 'RP202 9: `serves` names `G3`, which no goal defines. Did you mean `G1`?'],
      ['RP801 6: No initiative serves G2 ("Zero overselling")', "RP802 9: queue serves none of the pack's goals"],
    ];
    steps.forEach((text, index) => {
      assert.deepEqual(findings(text, cache), expected[index], `step ${index + 1}`);
      assert.deepEqual(checkPack(text, {}, cache).diagnostics, checkPack(text).diagnostics, `step ${index + 1}: cached equals fresh`);
    });
  });

  it('renaming a goal re-checks the initiatives that read the goal ids (RP802 fixes name the new id)', () => {
    const cache = new CheckCache();
    checkPack(PACK, {}, cache);
    const renamed = PACK.replace('{ id: G2,', '{ id: G7,');
    const fixes = checkPack(renamed, {}, cache).diagnostics.find((d) => d.code === 'RP802')!.fixes.map((f) => f.title);
    assert.deepEqual(fixes, ['Serve goal G1', 'Serve goal G7']);
  });

  it('a cut initiative serves nothing: its goal is unserved and it is not asked to serve one', () => {
    const cut = PACK.replace("title: Optimistic locking,", 'title: Optimistic locking, status: cut,');
    assert.deepEqual(findings(cut), ['RP801 5: Only cut work serves G1 ("Handle 20x traffic")', 'RP801 6: No initiative serves G2 ("Zero overselling")', 'RP805 7: No initiative is marked `delivers', "RP802 9: queue serves none of the pack's goals"]);
  });

  it('the quality gate counts goal coverage in alignment, and the status update lists goals at risk', () => {
    const criterion = (text: string) => qualityGate(checkPack(text)).dimensions[3].criteria[1];
    assert.deepEqual([criterion(PACK).met, criterion(PACK).summary, criterion(PACK).missing], [false, '1 of 2 goals served', ['G2 (unserved)']]);
    const served = PACK.replace('title: Waiting room, when: 2026-Q3-W8..2026-Q4-W2', 'title: Waiting room, when: 2026-Q3-W8..W12, serves: [G2]');
    assert.equal(criterion(served).met, true);
    assert.equal(criterion('pack: 1\ntitle: T\nhorizon: 2026-Q3\n').summary, 'no goals');
    const update = statusUpdate(checkPack(PACK), { year: 2026, month: 8 });
    assert.match(update, /### Goals at risk\n\n- G2 \(Zero overselling\): no initiative serves it\./);
    assert.match(statusUpdate(checkPack(served), { year: 2026, month: 8 }), /All 2 goals served, none late\./);
  });

  it('feasibility cannot reach 5 with an error in the pack', () => {
    const feasibility = (text: string) => qualityGate(checkPack(text)).dimensions[4].criteria[1];
    const pack = 'pack: 1\ntitle: T\nhorizon: 2026-Q3\nteams: [ { id: infra, engineers: 4 } ]\ncapacity: { bau: 40% }\ninitiatives:\n  - { id: a, title: A, owner: infra, when: 2026-Q3-W1..W4, effort: 4 }\n';
    assert.equal(feasibility(pack).met, true);
    const broken = pack.replace('effort: 4 }', 'effort: 4, depends_on: [nothing] }');
    assert.equal(feasibility(broken).met, false);
    assert.match(feasibility(broken).summary, /1 error/);
  });
});
