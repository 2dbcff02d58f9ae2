import { strict as assert } from 'node:assert';
import { CheckCache, LineIndex, capacityView, checkPack } from '../../server/src/pack';
import { MAX_TEAM_CHARTS } from '../../server/src/pack/views/capacity';
import { toDiagnostics } from '../../server/src/pack/checkPack';
import { withDefaults } from '../../server/src/pack/options';
import { MOST_PER_FILE, MOST_PER_RULE, MOST_RELATED } from '../../server/src/pack/diagnosticCaps';
import { MOST_SUGGESTED } from '../../server/src/pack/rules/entityFacts';

const HEAD = 'pack: 1\ntitle: Big\nteams:\n  - { id: infra, engineers: 1 }\ninitiatives:\n';

/** A ring of n initiatives, each waiting for the next: one cycle through all of them. */
function ring(n: number): string {
  const items = Array.from({ length: n }, (_, i) => `  - { id: i${i}, title: I${i}, owner: infra, when: 2026-Q3, effort: 1, depends_on: [i${(i + 1) % n}] }`);
  return `${HEAD}${items.join('\n')}\n`;
}

describe('bounded output: what a file reports grows at most linearly, and stays small', () => {
  it('reports a 3,000-initiative cycle with shortened chains, capped related places and a count of the rest', () => {
    const { diagnostics } = checkPack(ring(3000));
    const cycles = diagnostics.filter((d) => d.code === 'RP301');
    assert.equal(cycles.length, MOST_PER_RULE + 1);
    assert.match(cycles[0].message, /^i0 depends on i1, which closes a dependency cycle: i0 → i1 → i2 → i3 → i4 → i5 → … 2994 more … → i0\./);
    assert.ok(cycles.every((d) => d.message.length < 400 && d.related.length <= 10), 'every message short, every related list capped');
    const overflow = cycles.find((d) => d.message.includes('more RP301'))!;
    assert.match(overflow.message, /^2,800 more RP301 \(dependency-cycle\) findings from here on are not listed/);
    assert.ok(JSON.stringify(diagnostics).length < 1_000_000);
  });

  it('names both ends of a long cycle through the middle of a large component', () => {
    const { diagnostics } = checkPack(ring(40));
    const at20 = diagnostics.find((d) => d.code === 'RP301' && d.message.startsWith('i20 depends on i21'))!;
    assert.match(at20.message, /i20 → i21 → i22 → i23 → i24 → i25 → … 29 more … → i15 → i16 → i17 → i18 → i19 → i20\./);
  });

  it('caps one rule at MOST_PER_RULE findings, however many one initiative has', () => {
    const refs = Array.from({ length: 5000 }, (_, i) => `nope-${i}`).join(', ');
    const { diagnostics } = checkPack(`${HEAD}  - { id: a, title: A, owner: infra, when: 2026-Q3, effort: 1, depends_on: [${refs}] }\n`);
    const unresolved = diagnostics.filter((d) => d.code === 'RP202');
    assert.equal(unresolved.length, MOST_PER_RULE + 1);
    assert.match(unresolved[unresolved.length - 1].message, /^4,800 more RP202 \(unresolved-reference\)/);
  });

  it('says "did you mean" for a typo, and stops suggesting once a pack has more unresolved references than MOST_SUGGESTED', () => {
    const typo = checkPack(`${HEAD}  - { id: tracing, title: T, owner: infra, when: 2026-Q3, effort: 1 }\n  - { id: b, title: B, owner: infra, when: 2026-Q3, effort: 1, depends_on: [tracng] }\n`);
    assert.match(typo.diagnostics.find((d) => d.code === 'RP202')!.message, /Did you mean `tracing`\?/);
    // Every miss would be compared with every id: quadratic in the pack's size.
    const items = Array.from({ length: MOST_SUGGESTED + 1 }, (_, i) => `  - { id: e${i}, title: E, owner: infra, when: 2026-Q3, effort: 1, depends_on: [e${i}x] }`);
    const broken = checkPack(`${HEAD}${items.join('\n')}\n`);
    assert.ok(broken.diagnostics.filter((d) => d.code === 'RP202').every((d) => !d.message.includes('Did you mean')));
  });

  it('caps a file at MOST_PER_FILE findings over all rules', () => {
    // Each initiative breaks six rules at once: unknown owner, outside the horizon, unresolved reference, a reversed effort, a milestone outside it, incomplete.
    const items = Array.from({ length: 400 }, (_, i) => `  - { id: x${i}, title: X, owner: ghost, when: 2030-Q1, effort: 5-1, depends_on: [missing-${i}], milestones: [{ name: m, when: 2031-Q1 }] }`);
    const { diagnostics } = checkPack(`pack: 1\ntitle: Many\nhorizon: 2026-Q3..2026-Q4\nteams:\n  - { id: infra, engineers: 1 }\ninitiatives:\n${items.join('\n')}\n`);
    const listed = diagnostics.filter((d) => !/more RP\d+ \(/.test(d.message));
    assert.equal(listed.length, MOST_PER_FILE);
    assert.ok(diagnostics.length - listed.length >= 2 && diagnostics.length - listed.length <= 6, 'one overflow finding per rule cut short');
  });

  it('caps related places at MOST_RELATED, the last one saying how many more', () => {
    const lines = new LineIndex('x'.repeat(1000));
    const related = Array.from({ length: 300 }, (_, i) => ({ message: `place ${i}`, span: { start: i, end: i + 1 } }));
    const [diagnostic] = toDiagnostics([{ code: 'RP301', message: 'm', span: { start: 0, end: 1 }, related }], lines, withDefaults({}));
    assert.equal(diagnostic.related.length, MOST_RELATED);
    assert.equal(diagnostic.related[MOST_RELATED - 2].message, `place ${MOST_RELATED - 2}`);
    assert.equal(diagnostic.related[MOST_RELATED - 1].message, '… and 281 more places');
  });

  it('draws at most MAX_TEAM_CHARTS team charts, and sums every team in the total, the busiest named even past the cap', () => {
    const n = MAX_TEAM_CHARTS + 50;
    const teams = Array.from({ length: n }, (_, t) => `  - { id: t${t}, name: Team ${t}, engineers: 2 }`);
    // Every team half loaded, but the last one, past the cap, three times over.
    const work = Array.from({ length: n }, (_, i) => `  - { id: i${i}, title: I${i}, owner: t${i}, when: 2026-Q3, effort: ${i === n - 1 ? 78 : 13} }`);
    const result = checkPack(`pack: 1\ntitle: Teams\nhorizon: 2026-Q3\ncapacity: { bau: 0% }\nteams:\n${teams.join('\n')}\ninitiatives:\n${work.join('\n')}\n`);
    for (const weekly of [false, true]) {
      const view = capacityView(result, { weekly });
      assert.equal(view.diagrams.length, MAX_TEAM_CHARTS);
      assert.ok(view.warnings.some((warning) => warning.startsWith(`${n} teams have capacity or load: a chart each for the first ${MAX_TEAM_CHARTS}`)));
      assert.match(view.text, new RegExp(`title "All ${n} teams: peak \\d+% of capacity in 2026-Q3.*, busiest Team ${n - 1} at 300% in 2026-Q3`));
    }
  });

  it('re-checks a 130,000-entry list after an edit, with the document cache, without overflowing the stack', () => {
    const refs = Array.from({ length: 130_000 }, (_, i) => `r${i}`).join(',');
    const text = `${HEAD}  - { id: a, title: A, owner: infra, when: 2026-Q3, effort: 1, depends_on: [${refs}] }\n`;
    const cache = new CheckCache();
    checkPack(text, {}, cache);
    const edited = text.replace('title: A', 'title: AB');
    const { diagnostics } = checkPack(edited, {}, cache);
    assert.ok(diagnostics.some((d) => d.code === 'RP202'));
  });
});
