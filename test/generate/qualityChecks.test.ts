import { strict as assert } from 'node:assert';
import { checkPack, qualityGate, qualityGateMarkdown } from '../../server/src/pack';
import { section, seed } from './packs';

/** The extension-host suites' pack: a cycle (beta ⇄ gamma) and a typo (alpah), so three errors. */
const BROKEN = [
  'pack: 1',
  'title: Broken',
  'horizon: 2026-Q3..2026-Q4',
  'teams:',
  '  - { id: infra, name: Infra Squad, engineers: 4 }',
  'capacity: { bau: 40% }',
  'initiatives:',
  '  - { id: alpha, title: Alpha, owner: infra, when: 2026-Q3-W1..W4, effort: 4, depends_on: [] }',
  '  - { id: beta, title: Beta, owner: infra, when: 2026-Q3-W5..W8, effort: 2, depends_on: [alpha, gamma] }',
  '  - { id: gamma, title: Gamma, owner: infra, when: 2026-Q3-W9..W10, effort: 2, depends_on: [beta, alpah] }',
  '',
].join('\n');

/** RP503's own example: two engineers at 40% BAU, two initiatives of a week each in the same four weeks. */
const OVERLOADED = [
  'pack: 1',
  'title: Overloaded',
  'horizon: 2026-Q3..2026-Q4',
  'teams:',
  '  - { id: infra, name: Infra Squad, engineers: 2 }',
  '  - { id: web, name: Web, engineers: 1 }',
  'capacity: { bau: 40% }',
  'initiatives:',
  '  - { id: pooling, title: Pooling, owner: infra, when: 2026-Q3-W1..W4, effort: 4, depends_on: [] }',
  '  - { id: tracing, title: Tracing, owner: infra, when: 2026-Q3-W1..W4, effort: 4, depends_on: [] }',
  '  - { id: login, title: Login, owner: web, when: 2026-Q4-W1..W2, effort: 1, depends_on: [] }',
  '',
].join('\n');

const feasibility = (gate: ReturnType<typeof qualityGate>) => gate.dimensions.find((d) => d.name === 'Feasibility and trade-offs')!;
const actionability = (gate: ReturnType<typeof qualityGate>) => gate.dimensions.find((d) => d.name === 'Actionability of coherent actions')!;

describe('generate: quality gate counts what the checks found', () => {
  it('counts the errors, the cycle once and the unresolved reference, and says Revise first for them', () => {
    const gate = qualityGate(checkPack(BROKEN));
    assert.deepEqual(gate.checks, { errors: 3, cycles: 1, unresolved: 1, weeklyOverloads: 0 });
    assert.equal(gate.verdict, 'Revise');
    assert.match(gate.verdictText, /^Revise\. The pack has 3 errors \(1 dependency cycle, 1 unresolved reference\): fix them first\./);
  });

  it('takes the point for sound dependencies from initiatives on a cycle or waiting for an undefined id', () => {
    const waits = actionability(qualityGate(checkPack(BROKEN))).criteria[2];
    assert.equal(waits.met, false);
    assert.deepEqual(waits.missing, ['beta (on a dependency cycle)', 'gamma (waits for undefined alpah, on a dependency cycle)']);
    assert.deepEqual(waits.present, ['alpha']);
    const fixed = actionability(qualityGate(checkPack(BROKEN.replace('depends_on: [beta, alpah]', 'depends_on: [alpha]')))).criteria[2];
    assert.equal(fixed.met, true);
  });

  it('counts two cycles as two, however many edges close them', () => {
    const two = BROKEN.replace('depends_on: [] }', 'depends_on: [delta] }') + '  - { id: delta, title: Delta, owner: infra, when: 2026-Q4-W1..W2, effort: 1, depends_on: [alpha] }\n';
    const gate = qualityGate(checkPack(two));
    assert.equal(gate.checks.cycles, 2);
  });

  it('scores a run of weeks over capacity against feasibility, not only as a note', () => {
    const gate = qualityGate(checkPack(OVERLOADED));
    assert.equal(gate.checks.weeklyOverloads, 1);
    const headroom = feasibility(gate).criteria[2];
    assert.equal(headroom.met, false);
    assert.equal(headroom.summary, '1 run of weeks over capacity (RP503)');
    // A quarter at 167% of a week's people is not feasible, though the quarter fits.
    const spread = qualityGate(checkPack(OVERLOADED.replace("when: 2026-Q3-W1..W4, effort: 4, depends_on: [] }\n  - { id: tracing, title: Tracing, owner: infra, when: 2026-Q3-W1..W4", "when: 2026-Q3-W1..W4, effort: 4, depends_on: [] }\n  - { id: tracing, title: Tracing, owner: infra, when: 2026-Q3-W5..W8")));
    assert.equal(spread.checks.weeklyOverloads, 0);
    assert.equal(feasibility(spread).criteria[2].met, true);
  });

  it('writes the checks before the rubric, each ticked or not', () => {
    assert.deepEqual(section(qualityGateMarkdown(qualityGate(checkPack(BROKEN)), 'Broken'), '## Checks'), [
      '- [ ] No errors: 3 errors (the Problems view or `roadmap-pack check` lists them).',
      '- [ ] No dependency cycle: 1 dependency cycle (RP301).',
      '- [ ] Every reference resolves: 1 unresolved reference (RP202).',
      '- [x] No week over capacity.',
    ]);
    const gate = qualityGate(seed());
    assert.deepEqual(gate.checks, { errors: 0, cycles: 0, unresolved: 0, weeklyOverloads: 2 });
  });

  it('says where each missing thing is written, for click to source', () => {
    const gate = qualityGate(checkPack(BROKEN));
    const waits = actionability(gate).criteria[2];
    assert.deepEqual(waits.missingAt, [['initiatives', 1], ['initiatives', 2]]);
    for (const dimension of gate.dimensions) for (const criterion of dimension.criteria) assert.equal(criterion.missingAt.length, criterion.missing.length, criterion.rule);
  });
});
