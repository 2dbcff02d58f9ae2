/**
 * The goals view (issue 13): each goal → the initiatives serving it, the
 * verdict in words on the goal's card, value told apart from enablers by
 * shape and word, click-to-source through the source map, labels escaped,
 * and a pack without goals drawing nothing but the line that says how to add them.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { checkPack } from '../../server/src/pack';
import { GROUP_PREFIX, NO_GOALS, renderView } from '../../server/src/pack/views';
import { repoPath } from '../helpers/repoRoot';
import { checkDiagram, shownText } from './shape';

const FIXTURE = readFileSync(repoPath('test/fixtures/visual/goals.roadmap.yaml'), 'utf8');

function nodes(text: string): Map<string, string> {
  return new Map(checkDiagram(text, 'flowchart').of('node').map((node) => [node.data![0], shownText(node.label!)]));
}

describe('views: goals', () => {
  const result = checkPack(FIXTURE);
  const view = renderView(result, 'goals');
  const shown = nodes(view.text);
  const byPackId = new Map(Object.entries(view.sourceMap).map(([mermaid, pack]) => [pack, mermaid]));
  const labelOf = (packId: string) => shown.get(byPackId.get(packId)!) ?? '';

  it('draws every goal and every initiative serving one, each clickable back to its id', () => {
    assert.deepEqual([...byPackId.keys()].sort(), ['G1', 'G2', 'G3', 'G4', 'cache', 'occ', 'pipeline', 'queue', 'reserve'].sort());
  });

  it('says in words whether each goal is met, late (naming the last initiative) or not served', () => {
    assert.match(labelOf('G1'), /MET: the last work ends 2026‑Q4‑W6 \(Read cache in front of the catalogue\)/);
    assert.match(labelOf('G2'), /LATE by 2 weeks: the last work ends 2026‑Q4‑W2 \(Stock reservation service\)/);
    assert.match(labelOf('G3'), /NOT SERVED/);
    assert.match(labelOf('G4'), /no deadline/);
    assert.match(labelOf('G1'), /Peak orders per second: 1200 → 24000/);
  });

  it('tells value from enablers by shape and by word', () => {
    const shapes = new Map(checkDiagram(view.text, 'flowchart').of('node').map((node) => [node.data![0], node.line.includes('(["')]));
    assert.equal(shapes.get(byPackId.get('occ')!), true);
    assert.match(labelOf('occ'), /Delivers value, ends 2026‑Q3‑W6/);
    assert.equal(shapes.get(byPackId.get('queue')!), false);
    assert.match(labelOf('queue'), /Enabler, ends 2026‑Q3‑W9/);
  });

  it('draws an initiative serving two goals once, with an arrow from each', () => {
    const reserve = byPackId.get('reserve')!;
    const arrows = checkDiagram(view.text, 'flowchart').of('edge').filter((edge) => edge.data![1] === reserve).map((edge) => view.sourceMap[edge.data![0]]);
    assert.deepEqual(arrows.sort(), ['G1', 'G2']);
  });

  it('sums the goals up and names the work that serves none', () => {
    assert.deepEqual(view.warnings, ['4 goals: 1 met, 1 late (G2), 1 not served (G3), 1 without a deadline.', '1 initiative serves no goal and is not drawn: loadtest.']);
  });

  it('counts what it leaves out of a goal with many initiatives, keeping the one that decides the verdict', () => {
    const many = Array.from({ length: 12 }, (_, i) => `  - { id: w${i}, title: Work ${i}, when: 2026-Q3-W${i + 1}, serves: [G] }`).join('\n');
    const text = `pack: 1\ntitle: T\nhorizon: 2026-Q3\ngoals:\n  - { id: G, title: Goal, by: 2026-Q3 }\ninitiatives:\n${many}\n`;
    const drawn = renderView(checkPack(text), 'goals');
    const labels = [...nodes(drawn.text).values()];
    assert.ok(labels.includes('and 4 more initiatives'), labels.join(' | '));
    assert.ok(Object.values(drawn.sourceMap).includes('w11'), 'the last to end is drawn');
  });

  it('escapes every label: a hostile goal title stays one inert label', () => {
    const text = `pack: 1\ntitle: T\nhorizon: 2026-Q3\ngoals:\n  - { id: G, title: "x\\"] --> n1[\\"evil\\"]\\nclick g1 call alert(1) %%{init}%% <b>b</b>", kind: business }\ninitiatives:\n  - { id: a, title: "a\\"]) --> g1", when: 2026-Q3, serves: [G] }\n`;
    const drawn = renderView(checkPack(text), 'goals');
    assert.ok(!/^\s*click\b/m.test(drawn.text) && !drawn.text.includes('%%{') && !drawn.text.includes('<b>'));
    const statements = checkDiagram(drawn.text, 'flowchart');
    assert.equal(statements.of('node').length, 2);
    assert.equal(statements.of('edge').length, 1);
  });

  it('draws nothing for a pack without goals, and says in one line how to add them', () => {
    const none = renderView(checkPack('pack: 1\ntitle: T\nhorizon: 2026-Q3\ninitiatives:\n  - { id: a, title: A, when: 2026-Q3 }\n'), 'goals');
    assert.deepEqual(none.diagrams, []);
    assert.deepEqual(none.warnings, [NO_GOALS]);
    checkDiagram(none.text, 'flowchart'); // what `render` prints is still a diagram
  });
  describe('a pack with more work than one drawing holds', () => {
    // 6 goals × 9 initiatives: 54 cards in full, over the 40 drawn beside their goals.
    const work = Array.from({ length: 54 }, (_, i) => `  - { id: w${i}, title: Work ${i}, when: 2026-Q3-W${(i % 13) + 1}, serves: [G${i % 6}]${i % 9 === 0 ? ', delivers: value' : ''} }`).join('\n');
    const goals = Array.from({ length: 6 }, (_, g) => `  - { id: G${g}, title: Goal ${g}, by: 2026-Q3 }`).join('\n');
    const result = checkPack(`pack: 1\ntitle: T\nhorizon: 2026-Q3\ngoals:\n${goals}\ninitiatives:\n${work}\n`);

    it('draws the goals alone, each saying how much work serves it and drilling down on a click', () => {
      const drawn = renderView(result, 'goals');
      const diagram = checkDiagram(drawn.text, 'flowchart');
      assert.equal(diagram.of('node').length, 6);
      assert.equal(diagram.of('edge').length, 0);
      assert.deepEqual(Object.values(drawn.sourceMap).sort(), ['G0', 'G1', 'G2', 'G3', 'G4', 'G5'].map((id) => `${GROUP_PREFIX}${id}`));
      assert.match([...nodes(drawn.text).values()].join(' | '), /served by 9 initiatives \(3 deliver value\): click to see them/);
      assert.ok(drawn.warnings.some((warning) => warning.includes('click a goal')), drawn.warnings.join(' | '));
    });

    it('drilled into one goal, draws it with all the work serving it, each card clickable to its source', () => {
      const drawn = renderView(result, 'goals', { focus: 'G2' });
      const serving = Array.from({ length: 9 }, (_, k) => `w${k * 6 + 2}`);
      assert.deepEqual(Object.values(drawn.sourceMap).sort(), ['G2', ...serving].sort());
      assert.equal(checkDiagram(drawn.text, 'flowchart').of('edge').length, 9);
      assert.ok(drawn.warnings.includes('Showing only G2 and the work serving it.'), drawn.warnings.join(' | '));
    });
  });
});
