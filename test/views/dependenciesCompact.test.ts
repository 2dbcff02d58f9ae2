/**
 * The detailed dependency graph's `compact` copy (server/src/pack/views/
 * dependencies.ts, `compactOf`): the grouped graph of a large pack, by the
 * same grouping, which the preview shows when the detailed graph is too
 * small to read in the pane (test/browser/depsCompact.test.ts).
 */
import { strict as assert } from 'node:assert';
import { GROUP_PREFIX } from '../../server/src/pack/views/names';
import { dependenciesView } from '../../server/src/pack/views/dependencies';
import { SEED, load, pack } from './packs';
import { checkDiagram, shownText } from './shape';

describe('views: dependency graph, compact copy', () => {
  for (const groupBy of ['theme', 'team', 'quarter'] as const) {
    it(`is the grouped graph of the same pack by ${groupBy}: its text, sourceMap and hovers`, () => {
      const { compact } = dependenciesView(load(SEED), { groupBy });
      const grouped = dependenciesView(load(SEED), { groupBy, aggregateAbove: 0 });
      assert.ok(compact, 'the seed has a compact copy');
      assert.equal(compact.text, grouped.text);
      assert.deepEqual(compact.diagrams, grouped.diagrams);
      assert.deepEqual(compact.sourceMap, grouped.sourceMap);
      assert.deepEqual(compact.edgeTips, grouped.edgeTips);
      assert.deepEqual(compact.warnings, grouped.warnings);
      assert.equal(grouped.compact, undefined, 'the grouped graph has no copy of its own');
    });
  }

  it('draws one node per group, each a drill-down (GROUP_PREFIX + group)', () => {
    const { compact } = dependenciesView(load(SEED), { groupBy: 'quarter' });
    const nodes = checkDiagram(compact!.text, 'flowchart').of('node');
    const groups = nodes.map((node) => compact!.sourceMap[node.data![0]]);
    assert.deepEqual(groups.sort(), [`${GROUP_PREFIX}2026-Q3`, `${GROUP_PREFIX}2026-Q4`, `${GROUP_PREFIX}Decision gates`, `${GROUP_PREFIX}Register dependencies`].sort());
    assert.ok(nodes.every((node) => /\d+ items?$/.test(shownText(node.label ?? '').split('<br/>').pop()!)), 'each node counts its members');
  });

  it('carries the hover of an arrow that stands for a schedule conflict', () => {
    const { compact } = dependenciesView(load(SEED), { groupBy: 'theme' });
    assert.deepEqual(Object.values(compact!.edgeTips ?? {}), ['1 schedule conflict between Scale and Cost:\n- cost-optimization starts 2026-Q4-W8, before autoscaling ends 2026-Q4-W10 (RP401)']);
  });

  it('is left out where it would not be smaller: a drill-down, one group, a group per node', () => {
    assert.equal(dependenciesView(load(SEED), { groupBy: 'quarter', focus: '2026-Q3' }).compact, undefined, 'a drill-down is already one group');
    const oneGroup = pack(`initiatives:
  - { id: a, title: A, when: 2026-Q3 }
  - { id: b, title: B, when: 2026-Q3, depends_on: [a] }
  - { id: c, title: C, when: 2026-Q3, depends_on: [b] }`);
    assert.equal(dependenciesView(oneGroup, { groupBy: 'quarter' }).compact, undefined);
    const groupPerNode = pack(`initiatives:
  - { id: a, title: A, when: 2026-Q3 }
  - { id: b, title: B, when: 2026-Q4, depends_on: [a] }`);
    assert.equal(dependenciesView(groupPerNode, { groupBy: 'quarter' }).compact, undefined);
  });
});
