import { strict as assert } from 'node:assert';
import { checklistNodes } from '../../client/src/checklistNodes';
import type { ChecklistResult } from '../../protocol/requests';

const range = (line: number) => ({ start: { line, character: 2 }, end: { line, character: 14 } });

function result(overrides: Partial<ChecklistResult> = {}): ChecklistResult {
  return {
    version: 1,
    title: 'T',
    verdict: 'Revise',
    verdictText: 'Revise.',
    checks: { errors: 0, cycles: 0, unresolved: 0, weeklyOverloads: 0 },
    dimensions: [
      { name: 'Diagnosis quality', score: 5, criteria: [{ rule: 'A summary', met: true, summary: '2 statements', items: [], more: 0 }] },
      {
        name: 'Measurability and risk management',
        score: 3,
        criteria: [
          { rule: 'Every initiative measurable', met: false, summary: '1 of 103', items: [{ label: 'a (no metric)', range: range(4) }, { label: 'b (no metric)', range: null }], more: 100 },
          { rule: 'Risks', met: true, summary: '2 of 2', items: [], more: 0 },
        ],
      },
      { name: 'Feasibility and trade-offs', score: 4, criteria: [] },
    ],
    ...overrides,
  };
}

describe('client: the Roadmap Checklist tree', () => {
  it('lists a portfolio’s members instead of dimensions: each with its verdict, the dimensions holding it back, a click opening it', () => {
    const members = [
      { name: 'platform', title: 'Platform', uri: 'file:///p/platform.roadmap.yaml', verdict: 'Ship' as const, weak: [], errors: 0 },
      { name: 'checkout', title: 'Checkout', uri: 'file:///p/checkout.roadmap.yaml', verdict: 'Revise' as const, weak: ['Diagnosis quality'], errors: 2 },
    ];
    const roots = checklistNodes(result({ dimensions: [], members, checks: { errors: 1, cycles: 0, unresolved: 0, weeklyOverloads: 2 } }));
    assert.deepEqual(roots.map((node) => [node.label, node.description, node.icon.id]), [
      ['Checks', '1 error: fix first', 'error'],
      ['Platform', 'Ship', 'pass'],
      ['Checkout', 'Revise · 2 errors', 'error'],
    ]);
    assert.deepEqual(roots[2].children.map((node) => [node.label, node.opens]), [['Diagnosis quality', 'file:///p/checkout.roadmap.yaml']]);
    assert.equal(roots[1].opens, 'file:///p/platform.roadmap.yaml');
  });

  it('puts the checks first, then each dimension with a status by score', () => {
    const roots = checklistNodes(result());
    assert.deepEqual(roots.map((node) => [node.label, node.description, node.icon.id]), [
      ['Checks', 'all clear', 'pass'],
      ['Diagnosis quality', '5/5', 'pass'],
      ['Measurability and risk management', '3/5 · 1 to go', 'error'],
      ['Feasibility and trade-offs', '4/5', 'warning'],
    ]);
    assert.equal(roots[1].expanded, false, 'a dimension with nothing to do stays closed');
    assert.equal(roots[2].expanded, true);
  });

  it('says errors first, and a click on a non-zero check opens Problems', () => {
    const [checks] = checklistNodes(result({ checks: { errors: 3, cycles: 1, unresolved: 1, weeklyOverloads: 0 } }));
    assert.equal(checks.description, '3 errors: fix first');
    assert.equal(checks.icon.id, 'error');
    assert.deepEqual(checks.children.map((node) => [node.label, node.description, Boolean(node.opensProblems)]), [
      ['Errors', '3', true],
      ['Dependency cycles', '1', true],
      ['Unresolved references', '1', true],
      ['Weeks over capacity', '0', false],
    ]);
    const overloaded = checklistNodes(result({ checks: { errors: 0, cycles: 0, unresolved: 0, weeklyOverloads: 2 } }))[0];
    assert.deepEqual([overloaded.description, overloaded.icon.id], ['1 of 4 to look at', 'warning']);
  });

  it('lists what a criterion misses with its place, and says how many more there are', () => {
    const measured = checklistNodes(result())[2].children[0];
    assert.equal(measured.icon.id, 'circle-large-outline');
    assert.deepEqual(measured.children.map((node) => [node.label, node.range?.start.line ?? null]), [
      ['a (no metric)', 4],
      ['b (no metric)', null],
      ['and 100 more', null],
    ]);
    assert.match(measured.children[1].tooltip, /Not written in the pack yet/);
  });
});
