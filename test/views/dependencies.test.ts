import { strict as assert } from 'node:assert';
import { CYCLE_LINK_STYLE, dependenciesView } from '../../server/src/pack/views';
import { SEED, load, pack } from './packs';
import { checkDiagram, shownText } from './shape';

describe('views: dependency graph', () => {
  it('draws the seed: initiatives, gates and register dependencies in three shapes, no red edges', () => {
    const view = dependenciesView(load(SEED));
    const shape = checkDiagram(view.text, 'flowchart');
    const nodes = shape.of('node');
    assert.equal(nodes.filter((n) => /^\s*n\d+\["/.test(n.line)).length, 11);
    assert.equal(nodes.filter((n) => /^\s*n\d+\{\{"/.test(n.line)).length, 6);
    assert.equal(nodes.filter((n) => /^\s*n\d+\[\/"/.test(n.line)).length, 5);
    assert.equal(shape.of('edge').length, 17);
    assert.equal(shape.of('linkStyle').length, 0);
    assert.ok(!view.text.includes('#d00'));
    assert.deepEqual(view.warnings, []);
  });

  it('labels edges with their type when not finish-to-start, their lag when not zero, and the milestone that waits', () => {
    const view = dependenciesView(load(SEED));
    const id = (packId: string) => Object.entries(view.sourceMap).find(([, value]) => value === packId)![0];
    const edges = checkDiagram(view.text, 'flowchart').of('edge').map((e) => [view.sourceMap[e.data![0]], view.sourceMap[e.data![1]], e.label && shownText(e.label)]);
    assert.deepEqual(edges.find(([from, to]) => from === 'tracing' && to === 'slo-framework'), ['tracing', 'slo-framework', 'start-to-start +3w']);
    assert.deepEqual(edges.find(([from, to]) => from === 'gate-pgbouncer' && to === 'db-scaling-1'), ['gate-pgbouncer', 'db-scaling-1', 'for: Pooling rollout']);
    assert.deepEqual(edges.find(([from, to]) => from === 'autoscaling' && to === 'cost-optimization'), ['autoscaling', 'cost-optimization', undefined]);
    assert.ok(view.text.includes(`    ${id('D2')} --> ${id('deploy-safety')}\n`), 'register dependency → initiative');
  });

  it('draws the edges of a cycle red with linkStyle, counting edges in the order written', () => {
    const view = dependenciesView(
      pack(`initiatives:
  - { id: a, title: A, when: 2026-Q3, depends_on: [b] }
  - { id: b, title: B, when: 2026-Q4, depends_on: [c] }
  - { id: c, title: C, when: 2026-Q4, depends_on: [a, { id: x, lag: 2w }] }
  - { id: x, title: X, when: 2026-Q3 }
  - { id: solo, title: Loops on itself, when: 2026-Q3, depends_on: [solo] }`),
    );
    const shape = checkDiagram(view.text, 'flowchart');
    const edges = shape.of('edge').map((e) => `${view.sourceMap[e.data![0]]}->${view.sourceMap[e.data![1]]}`);
    assert.deepEqual(edges, ['b->a', 'c->b', 'a->c', 'x->c', 'solo->solo']);
    assert.deepEqual(shape.of('linkStyle').map((s) => [s.data, s.label]), [[['0', '1', '2', '4'], CYCLE_LINK_STYLE]]);
    assert.match(view.text, /\n {4}linkStyle 0,1,2,4 stroke:#d00,stroke-width:2px\n/);
    assert.deepEqual(view.warnings, ['4 dependencies on a cycle, drawn red.']);
  });

  it('draws an unresolved reference as a dashed ghost node', () => {
    const view = dependenciesView(pack(`initiatives:\n  - { id: a, title: A, when: 2026-Q3, depends_on: [missing-thing] }`));
    const shape = checkDiagram(view.text, 'flowchart');
    const ghost = shape.of('node').find((n) => view.sourceMap[n.data![0]] === 'missing-thing')!;
    assert.equal(shownText(ghost.label!), 'missing-thing<br/>not defined in this pack');
    assert.ok(view.text.includes('    classDef ghost stroke-dasharray: 5 5'));
    assert.deepEqual(shape.of('class').find((c) => c.label === 'ghost')!.data, [ghost.data![0]]);
    assert.deepEqual(view.warnings, ['1 reference to ids the pack does not define, drawn dashed: missing-thing.']);
  });

  it('draws a risk named in depends_on as a rounded node, and entities without a valid id unlinked', () => {
    const view = dependenciesView(
      pack(`initiatives:
  - { id: a, title: A, when: 2026-Q3, depends_on: [R1] }
  - { id: "bad id", title: No valid id, when: 2026-Q3 }
risks:
  - { id: R1, risk: Vendor slips }`),
    );
    const nodes = checkDiagram(view.text, 'flowchart').of('node');
    assert.ok(nodes.some((n) => /^\s*n\d+\("Vendor slips<br\/>R1, risk"\)$/.test(n.line)));
    assert.ok(nodes.some((n) => n.label === 'No valid id<br/>no valid id, 2026-Q3'));
  });
});
