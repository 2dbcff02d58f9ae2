/**
 * Goals and trade-offs in the model (format additions, "Goals, trade-offs and
 * value delivery"): validated, indexed by id with the other entities, `by`
 * read as the END of its span, and their ids found where they are defined
 * and where `serves` and `affects` name them.
 */
import { strict as assert } from 'node:assert';
import { checkPack, entityOccurrences, formatWeek, symbolAt } from '../../server/src/pack';

const TEXT = [
  'pack: 1',
  'title: T',
  'horizon: 2026-Q3..2026-Q4',
  'goals:',
  '  - id: G1',
  '    title: Support 10x volume',
  '    kind: business',
  '    by: 2026-Q4',
  'initiatives:',
  '  - id: occ',
  '    title: Optimistic locking',
  '    when: 2026-Q3-W2..W6',
  '    serves: [G1]',
  '    delivers: value',
  '  - id: queue',
  '    title: Queue',
  '    when: 2026-Q3-W7..W9',
  'tradeoffs:',
  '  - id: T1',
  '    title: Debt vs. time-to-market',
  '    decision: Accept the debt',
  '    affects: [occ, queue]',
  '    revisit: 2027-Q1',
  '',
].join('\n');

describe('goals and trade-offs in the model', () => {
  const { model, diagnostics } = checkPack(TEXT);

  it('validates them without a finding of shape', () => {
    assert.deepEqual(diagnostics.filter((d) => d.code.startsWith('RP1')).map((d) => d.message), []);
  });

  it('reads `by` as the last week of its span and defaults `delivers` to enabler', () => {
    const [goal] = model.goals;
    assert.equal(goal.kind, 'goal');
    assert.equal(formatWeek(goal.by!), '2026-Q4-W13');
    assert.deepEqual(model.initiatives.map((i) => [i.id, i.delivers, i.serves]), [
      ['occ', 'value', ['G1']],
      ['queue', 'enabler', []],
    ]);
  });

  it('indexes goal and trade-off ids with the other entities', () => {
    assert.equal(model.byId.get('G1')?.kind, 'goal');
    assert.equal(model.byId.get('T1')?.kind, 'tradeoff');
  });

  it('finds a goal where it is defined and where `serves` names it', () => {
    assert.deepEqual(entityOccurrences(model, 'G1').map((o) => [o.role, o.path.join('.')]), [
      ['definition', 'goals.0.id'],
      ['reference', 'initiatives.0.serves.0'],
    ]);
  });

  it("finds an initiative named in a trade-off's `affects`", () => {
    assert.deepEqual(
      entityOccurrences(model, 'queue').filter((o) => o.role === 'reference').map((o) => o.path.join('.')),
      ['tradeoffs.0.affects.1'],
    );
  });

  it('knows the goal id under the cursor in `serves`', () => {
    const at = symbolAt(model, TEXT.indexOf('[G1]') + 1);
    assert.equal(at?.kind === 'entity' && at.entity?.kind, 'goal');
  });

  it('reports a `by` that is not a time where it is written', () => {
    const broken = checkPack(TEXT.replace('by: 2026-Q4', 'by: someday'));
    const finding = broken.diagnostics.find((d) => d.code === 'RP101' || d.code === 'RP103');
    assert.ok(finding, 'a finding for the bad `by`');
    assert.equal(broken.model.goals.length, 1, 'the goal stays in the model');
  });
});
