/**
 * The goals view (issue 13): each goal → the initiatives serving it, the
 * verdict in words on the goal's card, value told apart from enablers by
 * shape and word, click-to-source through the source map, labels escaped,
 * and a pack without goals drawing nothing but the line that says how to add them.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { checkPack } from '../../server/src/pack';
import { NO_GOALS, renderView } from '../../server/src/pack/views';
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
});
