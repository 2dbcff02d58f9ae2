import { strict as assert } from 'node:assert';
import { checkPack } from '../../server/src/pack';
import { MERMAID_DEFAULT_MAX_TEXT_SIZE, VIEWS, ViewName, renderView } from '../../server/src/pack/views';
import { EXAMPLES, SEED, load, pack } from './packs';
import { DiagramKind, checkDiagram } from './shape';

// metrics and forecast draw a table, not Mermaid: only their could-not-be-drawn fallback is a diagram.
const KIND: Record<ViewName, DiagramKind> = { gantt: 'gantt', gates: 'flowchart', deps: 'flowchart', capacity: 'xychart', board: 'flowchart', metrics: 'flowchart', goals: 'flowchart', forecast: 'flowchart' };

describe('views: renderView', () => {
  for (const example of EXAMPLES) {
    it(`draws every view of ${example}`, () => {
      const result = load(example);
      for (const view of VIEWS) {
        const rendered = renderView(result, view);
        for (const diagram of rendered.diagrams) checkDiagram(diagram, KIND[view]);
        assert.ok(rendered.text.length > 0);
      }
    });
  }

  it('maps Mermaid ids back to pack ids for click-to-source', () => {
    const { sourceMap } = renderView(load(SEED), 'deps');
    assert.equal(sourceMap.n1, 'tracing');
    assert.equal(Object.keys(sourceMap).length, 22);
  });

  it('draws what is valid in a pack with errors, and says it has errors', () => {
    const result = pack(`initiatives:
  - { id: ok, title: Fine, when: 2026-Q3-W1..W4 }
  - { id: bad-time, title: Bad time, when: 2026-Q3-W20 }
  - { title: No id, when: 2026-Q3-W2 }
  - { id: ok, title: Duplicate, when: 2026-Q4 }
gates:
  - { id: g, title: Gate, at: nonsense }`);
    assert.ok(result.diagnostics.some((d) => d.severity === 'error'));
    for (const view of VIEWS) {
      const rendered = renderView(result, view);
      for (const diagram of rendered.diagrams) checkDiagram(diagram, KIND[view]);
      assert.match(rendered.warnings[0], /^The pack has \d+ errors?; the view draws what is valid\.$/);
    }
    const gantt = renderView(result, 'gantt');
    assert.equal(gantt.text.match(/ :(crit, )?t\d+,/g)!.length, 3);
  });

  it('never throws, whatever the text', () => {
    for (const text of ['', 'not: [yaml', '- 1\n- 2', 'pack: 2', 'initiatives: 7', '\u0000\ud800', 'pack: 1\ninitiatives:\n  - when: 2026-Q3\n    depends_on: [a, a, a]']) {
      const result = checkPack(text);
      for (const view of VIEWS) {
        const rendered = renderView(result, view);
        for (const diagram of rendered.diagrams) checkDiagram(diagram, KIND[view]);
      }
    }
  });

  it('answers an unknown view with a diagram that says so', () => {
    const rendered = renderView(load(SEED), 'pie' as ViewName);
    checkDiagram(rendered.text, 'flowchart');
    assert.match(rendered.warnings[0], /The pie view could not be drawn: unknown view `pie`/);
  });

  it("warns when a diagram is longer than Mermaid's default maxTextSize (it would draw a placeholder)", () => {
    const initiatives = Array.from({ length: 900 }, (_, i) => `  - { id: i${i}, title: Initiative number ${i} with a fairly ordinary title, when: 2026-Q3-W${(i % 13) + 1} }`);
    const rendered = renderView(pack(`initiatives:\n${initiatives.join('\n')}`), 'gantt', { aggregateAbove: 1000 });
    assert.ok(rendered.text.length > MERMAID_DEFAULT_MAX_TEXT_SIZE);
    assert.match(rendered.warnings.at(-1)!, /above Mermaid's default maxTextSize of 50000/);
    assert.deepEqual(renderView(pack(`initiatives:\n${initiatives.join('\n')}`), 'gantt').warnings.filter((w) => w.includes('maxTextSize')), [], 'aggregated by default');
  });
});
