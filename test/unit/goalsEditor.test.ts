/**
 * Goal and trade-off ids in the editor's core (issue 13): completion in
 * `serves` and a trade-off's `affects`, the keys of goals and trade-offs,
 * the verdict a goal's card gives (met / late by N weeks / not served), the
 * trade-off and initiative cards, and the outline's sections.
 */
import { strict as assert } from 'node:assert';
import { Entity, checkPack, completionsAt, entityCard, goalDeliveries, outline } from '../../server/src/pack';

const TEXT = [
  'pack: 1',
  'title: T',
  'horizon: 2026-Q3..2026-Q4',
  'goals:',
  '  - id: G1',
  '    title: Support 10x volume',
  '    kind: business',
  '    by: 2026-Q4',
  '    metrics: [ { name: Peak orders per second, baseline: 1200, target: 12000 } ]',
  '  - id: G2',
  '    title: Zero overselling',
  '    by: 2026-Q3',
  '  - id: G3',
  '    title: Calm on-call',
  'initiatives:',
  '  - id: occ',
  '    title: Optimistic locking',
  '    when: 2026-Q3-W2..W6',
  '    serves: [G1, ]',
  '    delivers: value',
  '  - id: queue',
  '    title: Queue',
  '    when: 2026-Q3-W10..2026-Q4-W3',
  '    serves:',
  '      - G2',
  '      - G',
  '  - id: cut-work',
  '    title: Cut work',
  '    status: cut',
  '    when: 2026-Q4',
  '    serves: [G3]',
  'gates:',
  '  - { id: go, title: Go live, at: 2026-Q4-W2 }',
  'tradeoffs:',
  '  - id: T1',
  '    title: Debt vs. time-to-market',
  '    decision: Accept the debt',
  '    affects: [occ, ]',
  '    revisit: 2027-Q1',
  '  - id: T2',
  '    title: No decision yet',
  '    ',
  '',
].join('\n');

const result = checkPack(TEXT);

function candidatesAfter(marker: string, occurrence = 1): { label: string; kind: string; description?: string }[] {
  let index = -1;
  for (let i = 0; i < occurrence; i++) index = TEXT.indexOf(marker, index + 1);
  assert.ok(index >= 0, marker);
  return completionsAt(result.model, TEXT, index + marker.length, 0).candidates;
}

function card(id: string): string {
  return entityCard(result.analysis, result.model.byId.get(id) as Entity);
}

describe('goal and trade-off ids in the editor', () => {
  describe('completion', () => {
    it('offers the goals not yet listed in a flow `serves`, with their titles, and nothing else', () => {
      const candidates = candidatesAfter('serves: [G1, ');
      assert.deepEqual(candidates.map((c) => [c.label, c.kind, c.description]), [
        ['G2', 'goal', 'Zero overselling'],
        ['G3', 'goal', 'Calm on-call'],
      ]);
    });

    it('offers the goals not yet listed in a block `serves`', () => {
      assert.deepEqual(candidatesAfter('      - G2\n      - ').map((c) => c.label), ['G1', 'G3']);
    });

    it("offers initiatives and gates in a trade-off's `affects`, not goals or trade-offs", () => {
      assert.deepEqual(candidatesAfter('affects: [occ, ').map((c) => c.label), ['queue', 'cut-work', 'go']);
    });

    it('offers the keys of a goal and of a trade-off from the schema', () => {
      const tradeoffKeys = candidatesAfter('    title: No decision yet\n    ').map((c) => c.label);
      for (const key of ['decision', 'rationale', 'mitigation', 'affects', 'revisit']) assert.ok(tradeoffKeys.includes(key), `${key} in ${tradeoffKeys.join(', ')}`);
      const goalText = TEXT.replace('    title: Calm on-call\n', '    title: Calm on-call\n    \n');
      const offset = goalText.indexOf('Calm on-call\n    ') + 'Calm on-call\n    '.length;
      const goalKeys = completionsAt(checkPack(goalText).model, goalText, offset, 0).candidates.map((c) => c.label);
      for (const key of ['kind', 'by', 'owner', 'metrics']) assert.ok(goalKeys.includes(key), `${key} in ${goalKeys.join(', ')}`);
    });
  });

  describe('delivery', () => {
    it('judges each goal by the last initiative serving it that is not cut', () => {
      assert.deepEqual(goalDeliveries(result.model).map((d) => [d.goal.id, d.state, d.weeks, d.last?.id]), [
        ['G1', 'met', 20, 'occ'],
        ['G2', 'late', 3, 'queue'],
        ['G3', 'unserved', 0, undefined],
      ]);
    });

    it('says what the checks say: in a now-next-later pack no goal is met or late, as RP803 finds none there', () => {
      const board = checkPack(TEXT.replace('horizon: ', 'format: now-next-later\nhorizon: '));
      assert.deepEqual(board.diagnostics.filter((d) => d.code === 'RP803'), []);
      assert.deepEqual(goalDeliveries(board.model).map((d) => [d.goal.id, d.state]), [
        ['G1', 'undated'],
        ['G2', 'undated'],
        ['G3', 'unserved'],
      ]);
    });
  });

  describe('cards', () => {
    it("a goal's card: its deadline, the verdict naming the last initiative, its metric and who serves it", () => {
      const goal = card('G1');
      assert.match(goal, /^\*\*G1\*\* — business goal: Support 10x volume/);
      assert.match(goal, /\*By:\* end of 2026-Q4-W13/);
      assert.match(goal, /\*Status:\* met: the last of the work, occ ends 2026-Q3-W6, 20 weeks before/);
      assert.match(goal, /\*Metric:\* Peak orders per second: 1200 → 12000/);
      assert.match(goal, /\*Served by 1:\* {2}\n· occ — Optimistic locking, ends 2026-Q3-W6, delivers value/);
    });

    it('says how late a goal is and which initiative makes it so', () => {
      assert.match(card('G2'), /\*Status:\* late by 3 weeks: the last of the work, queue ends 2026-Q4-W3/);
    });

    it('says a goal only cut work serves is not served', () => {
      const goal = card('G3');
      assert.match(goal, /\*Status:\* not served/);
      assert.doesNotMatch(goal, /Served by/);
    });

    it("a trade-off's card: decision, what is missing, affects with titles, revisit", () => {
      const tradeoff = card('T1');
      assert.match(tradeoff, /\*Decision:\* Accept the debt/);
      assert.match(tradeoff, /\*Rationale:\* not written yet/);
      assert.match(tradeoff, /\*Affects:\* occ \(Optimistic locking\)/);
      assert.match(tradeoff, /\*Revisit:\* 2027\\-Q1/);
    });

    it("an initiative's card: the goals it serves and whether it delivers value", () => {
      const occ = card('occ');
      assert.match(occ, /\*Serves:\* G1 \(Support 10x volume\)/);
      assert.match(occ, /\*Delivers:\* value: a customer sees it when it ends/);
      assert.match(card('queue'), /\*Delivers:\* enabler/);
    });

    it('leaves the initiative card of a pack without goals as it was', () => {
      const plain = checkPack('pack: 1\ntitle: T\nhorizon: 2026-Q3\ninitiatives:\n  - { id: a, title: A, when: 2026-Q3 }\n');
      assert.doesNotMatch(entityCard(plain.analysis, plain.model.byId.get('a') as Entity), /Serves|Delivers/);
    });
  });

  it('outlines goals and trade-offs in sections of their own', () => {
    const sections = outline(result.model);
    const goals = sections.find((s) => s.name === 'goals')!;
    assert.deepEqual(goals.children.map((c) => [c.name, c.detail, c.kind]), [
      ['G1', 'Support 10x volume · by 2026-Q4-W13', 'goal'],
      ['G2', 'Zero overselling · by 2026-Q3-W13', 'goal'],
      ['G3', 'Calm on-call', 'goal'],
    ]);
    assert.deepEqual(sections.find((s) => s.name === 'tradeoffs')!.children.map((c) => [c.name, c.kind]), [
      ['T1', 'tradeoff'],
      ['T2', 'tradeoff'],
    ]);
  });
});
