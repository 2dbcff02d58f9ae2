import { strict as assert } from 'node:assert';
import { CONFLICT_LINK_STYLE, CRITICAL_LINK_STYLE, CYCLE_LINK_STYLE, NODE_CLASSES, dependenciesView } from '../../server/src/pack/views/dependencies';
import { SEED, load, pack } from './packs';
import { Statements, checkDiagram, shownText } from './shape';

/** A node's lines as shown, non-breaking hyphens and spaces as plain ones. */
const lines = (label: string) => shownText(label).replace(/\u2011/g, '-').replace(/\u00a0/g, ' ').split('<br/>');

function nodeOf(shape: Statements, sourceMap: Record<string, string>, packId: string) {
  return shape.of('node').find((node) => sourceMap[node.data![0]] === packId)!;
}

function classesOf(shape: Statements, mermaidId: string): string[] {
  return shape
    .of('class')
    .filter((statement) => statement.data!.includes(mermaidId))
    .map((statement) => statement.label!);
}

function styledEdges(shape: Statements, sourceMap: Record<string, string>, style: string): string[] {
  const edges = shape.of('edge');
  const indices = shape.of('linkStyle').filter((statement) => statement.label === style).flatMap((statement) => statement.data!.map(Number));
  return indices.map((index) => `${sourceMap[edges[index].data![1]]} waits for ${sourceMap[edges[index].data![0]]}`);
}

describe('views: dependency graph', () => {
  it('draws the seed: initiatives, gates and register dependencies in three shapes, no cycle', () => {
    const view = dependenciesView(load(SEED));
    const shape = checkDiagram(view.text, 'flowchart');
    const nodes = shape.of('node');
    assert.equal(nodes.filter((n) => /^\s*n\d+\["/.test(n.line)).length, 11);
    assert.equal(nodes.filter((n) => /^\s*n\d+\("/.test(n.line)).length, 6);
    assert.equal(nodes.filter((n) => /^\s*n\d+\[\["/.test(n.line)).length, 5);
    assert.equal(shape.of('edge').length, 17);
    assert.deepEqual(shape.of('subgraph').map((box) => shownText(box.label!)), ['No dependencies: 3 items']);
    assert.ok(!view.text.includes(CYCLE_LINK_STYLE));
  });

  it('lays the graph out narrow enough for a side pane: labels wrap at 112 px, no labels on arrows', () => {
    const view = dependenciesView(load(SEED));
    assert.ok(view.text.startsWith('---\nconfig:\n  flowchart:\n    wrappingWidth: 112\n'));
    assert.ok(checkDiagram(view.text, 'flowchart').of('edge').every((edge) => edge.label === undefined));
    assert.deepEqual(checkDiagram(view.text, 'flowchart').of('header')[0].data, ['LR'], 'six deep, fourteen wide: across');
  });

  it('draws what nothing waits on and waits on nothing in a diagram of its own, under the graph', () => {
    const view = dependenciesView(load(SEED));
    assert.equal(view.diagrams.length, 2);
    const [graph, list] = view.diagrams.map((diagram) => checkDiagram(diagram, 'flowchart'));
    const ids = (shape: Statements) => shape.of('node').map((node) => view.sourceMap[node.data![0]]);
    assert.deepEqual(ids(list), ['gate-load-test', 'D3', 'D5']);
    assert.equal(ids(graph).length, 19);
    assert.ok(!ids(graph).some((id) => ids(list).includes(id)));
    assert.ok(list.of('class').every((statement) => statement.data!.every((id) => view.sourceMap[id] === undefined || ids(list).includes(view.sourceMap[id]))), 'each diagram classes only its own nodes');
    const none = dependenciesView(pack('initiatives:\n  - { id: a, title: A, when: 2026-Q3 }'));
    assert.equal(none.diagrams.length, 1, 'a pack without edges is only the list');
  });

  it('lays a deep chain with little beside it top to bottom', () => {
    const chain = Array.from({ length: 8 }, (_, n) => `  - { id: s${n}, title: Step ${n}, when: 2026-Q3-W${n + 1}${n > 0 ? `, depends_on: [s${n - 1}]` : ''} }`);
    const view = dependenciesView(pack(`initiatives:\n${chain.join('\n')}`));
    assert.deepEqual(checkDiagram(view.text, 'flowchart').of('header')[0].data, ['TB']);
  });

  it('says in the waiting node what an arrow adds: its type, lag and milestone, edges that say the same on one line', () => {
    const view = dependenciesView(load(SEED));
    const shape = checkDiagram(view.text, 'flowchart');
    assert.deepEqual(lines(nodeOf(shape, view.sourceMap, 'slo-framework').label!), ['SLO framework + alerting overhaul', 'slo-framework, 2026-Q3-W4..W12', 'waits for tracing: start-to-start, +3w']);
    assert.deepEqual(lines(nodeOf(shape, view.sourceMap, 'tracing').label!).slice(2), ['waits for gate-tracing-vendor, D1: for Core instrumentation (top 10 services)']);
    assert.deepEqual(lines(nodeOf(shape, view.sourceMap, 'autoscaling').label!), ['Autoscaling overhaul', 'autoscaling, 2026-Q4-W4..W10']);
  });

  it('writes dates with non-breaking hyphens, so a label never wraps inside one', () => {
    const view = dependenciesView(load(SEED));
    assert.match(view.text, /<br\/>tracing, 2026#8209;Q3#8209;W1\.\.W12<br\/>/);
    const tracing = nodeOf(checkDiagram(view.text, 'flowchart'), view.sourceMap, 'tracing');
    assert.equal(shownText(tracing.label!).split('<br/>')[1], 'tracing, 2026\u2011Q3\u2011W1..W12');
  });

  it('marks the critical path red (nodes outlined, arrows heavy), and the arrows that break the schedule (RP401) orange', () => {
    const view = dependenciesView(load(SEED));
    const shape = checkDiagram(view.text, 'flowchart');
    assert.deepEqual(styledEdges(shape, view.sourceMap, CRITICAL_LINK_STYLE), ['tracing waits for gate-tracing-vendor', 'autoscaling waits for tracing']);
    assert.deepEqual(styledEdges(shape, view.sourceMap, CONFLICT_LINK_STYLE), ['cost-optimization waits for autoscaling', 'load-test-3x waits for autoscaling']);
    const critical = shape.of('class').find((statement) => statement.label === 'critical')!.data!.map((id) => view.sourceMap[id]);
    assert.deepEqual(critical, ['gate-tracing-vendor', 'tracing', 'autoscaling', 'cost-optimization']);
    assert.deepEqual(lines(nodeOf(shape, view.sourceMap, 'cost-optimization').label!).at(-1), 'waits for autoscaling: starts 3w too early (RP401)');
    assert.deepEqual(view.warnings, [
      '2 dependencies breaking the schedule (RP401), drawn orange and dashed: cost-optimization waits for autoscaling, load-test-3x waits for autoscaling.',
      'The critical path is drawn red.',
    ]);
  });

  it('names each orange (RP401) arrow with an edge id, and says for its hover when each side happens', () => {
    const view = dependenciesView(load(SEED));
    assert.deepEqual(Object.values(view.edgeTips ?? {}), ['cost-optimization starts 2026-Q4-W8, before autoscaling ends 2026-Q4-W10 (RP401)', 'load-test-3x starts 2026-Q4-W10, before autoscaling ends 2026-Q4-W10 (RP401)']);
    const shape = checkDiagram(view.text, 'flowchart');
    const orange = new Set(shape.of('linkStyle').filter((statement) => statement.label === CONFLICT_LINK_STYLE).flatMap((statement) => statement.data!.map(Number)));
    const named = shape.of('edge').flatMap((edge, index) => (/ (e\d+)@-->/.exec(edge.line)?.[1] ? [{ id: /(e\d+)@/.exec(edge.line)![1], index }] : []));
    assert.deepEqual(named.map((edge) => edge.id), Object.keys(view.edgeTips ?? {}), 'every tip names an edge written with that id, and only those');
    for (const edge of named) assert.ok(orange.has(edge.index), `${edge.id} is an orange arrow`);
  });

  it('grouped (above the threshold): an arrow that carries RP401 edges is orange, with an id whose hover counts and lists them', () => {
    const view = dependenciesView(load(SEED), { aggregateAbove: 2, groupBy: 'theme' });
    assert.deepEqual(view.edgeTips, { e7: '1 schedule conflict between Scale and Cost:\n- cost-optimization starts 2026-Q4-W8, before autoscaling ends 2026-Q4-W10 (RP401)' });
    const shape = checkDiagram(view.text, 'flowchart');
    const orange = shape.of('linkStyle').filter((statement) => statement.label === CONFLICT_LINK_STYLE).flatMap((statement) => statement.data!.map(Number));
    assert.deepEqual(orange, [7]);
    assert.match(shape.of('edge')[7].line, / e7@-->\|"1"\| /);
    assert.equal(dependenciesView(load(SEED), { aggregateAbove: 2, groupBy: 'quarter' }).edgeTips, undefined, 'by quarter, both ends of each conflict share a group: no arrow carries one');
  });

  it('sets the text colour in every class, so every node reads in every theme', () => {
    const classDefs = checkDiagram(dependenciesView(load(SEED)).text, 'flowchart').of('classDef');
    assert.deepEqual(classDefs.map((statement) => statement.line.trim().split(' ')[1]), Object.keys(NODE_CLASSES));
    for (const { line } of classDefs) assert.match(line, /color:#[0-9a-f]{6}/, line);
  });

  it('draws a cycle purple, its members in a box of their own, counting edges in the order written', () => {
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
    assert.deepEqual(shape.of('linkStyle').find((s) => s.label === CYCLE_LINK_STYLE)!.data, ['0', '1', '2', '4']);
    const [box] = shape.of('subgraph');
    assert.equal(shownText(box.label!), 'Dependency cycle: 3 items');
    assert.deepEqual(shape.of('member').map((member) => view.sourceMap[member.data![0]]).sort(), ['a', 'b', 'c']);
    assert.deepEqual(classesOf(shape, box.data![0]), ['cycle']);
    assert.ok(view.warnings.includes('4 dependencies on a cycle, drawn purple and dotted in a box.'));
  });

  it('draws an unresolved reference as a dashed ghost node', () => {
    const view = dependenciesView(pack(`initiatives:\n  - { id: a, title: A, when: 2026-Q3, depends_on: [missing-thing] }`));
    const shape = checkDiagram(view.text, 'flowchart');
    const ghost = nodeOf(shape, view.sourceMap, 'missing-thing');
    assert.equal(shownText(ghost.label!), 'missing-thing<br/>not defined in this pack');
    assert.deepEqual(classesOf(shape, ghost.data![0]), ['ghost']);
    assert.deepEqual(view.warnings, ['1 reference to ids the pack does not define, drawn dashed: missing-thing.']);
  });

  it('draws a risk named in depends_on as a stadium, and entities without a valid id unlinked', () => {
    const view = dependenciesView(
      pack(`initiatives:
  - { id: a, title: A, when: 2026-Q3, depends_on: [R1] }
  - { id: "bad id", title: No valid id, when: 2026-Q3 }
risks:
  - { id: R1, risk: Vendor slips }`),
    );
    const nodes = checkDiagram(view.text, 'flowchart').of('node');
    assert.ok(nodes.some((n) => /^\s*n\d+\(\["Vendor slips<br\/>R1, risk"\]\)$/.test(n.line)));
    assert.ok(nodes.some((n) => lines(n.label!).join('|') === 'No valid id|no valid id, 2026-Q3'));
  });
});
