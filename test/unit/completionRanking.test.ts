/**
 * Id completion in a pack too big to scroll: titles are matchable and shown
 * on every row, and ids rank by shared owner, then nearness in the file.
 */
import { strict as assert } from 'node:assert';
import { checkPack, completionsAt } from '../../server/src/pack';

function pack(count: number): string {
  const lines = ['pack: 1', 'title: T', 'horizon: 2026-Q3', 'teams: [{ id: infra, engineers: 2 }, { id: web, engineers: 2 }]', 'initiatives:'];
  for (let i = 0; i < count; i++) {
    const id = i === count - 2 ? 'queue-throttle' : `i-${String(i).padStart(3, '0')}`;
    const title = i === count - 2 ? 'Order queue throttling' : `Initiative ${i}`;
    lines.push(`  - id: ${id}`, `    title: ${title}`, `    owner: ${i % 10 === 7 ? 'web' : 'infra'}`);
  }
  lines.push('  - id: edited', '    title: Edited', '    owner: web', '    depends_on: [');
  return lines.join('\n');
}

describe('id completion ranking', () => {
  const text = pack(1000);
  const { model } = checkPack(text);
  const ids = completionsAt(model, text, text.length, 0).candidates;

  it('puts initiatives sharing the edited one\'s owner first, nearest in the file first', () => {
    assert.deepEqual(ids.slice(0, 3).map((c) => c.label), ['i-997', 'i-987', 'i-977']);
    assert.equal(ids.length, 1000);
  });

  it('ranks an initiative of the same theme with those sharing an owner', () => {
    const themed = text.replace('  - id: i-003\n    title: Initiative 3\n', '  - id: i-003\n    title: Initiative 3\n    theme: Reliability\n').replace('    title: Edited\n', '    title: Edited\n    theme: Reliability\n');
    const labels = completionsAt(checkPack(themed).model, themed, themed.length, 0).candidates.map((c) => c.label);
    assert.ok(labels.indexOf('i-003') < labels.indexOf('i-996'), 'same theme before a nearer initiative of another team');
    assert.ok(labels.indexOf('i-003') < 101, 'among the 100 web initiatives and itself, the related ones');
  });

  it('lets a title\'s words match and shows the title beside the id', () => {
    const queue = ids.find((c) => c.label === 'queue-throttle')!;
    assert.match(queue.filterText!, /Order queue/);
    assert.equal(queue.description, 'Order queue throttling');
  });
});
