/** Inside a flow-mapping item the key before the cursor decides, not the line's first key (`{ id`). */
import { strict as assert } from 'node:assert';
import { checkPack, completionsAt } from '../../server/src/pack';

const TEXT = ['pack: 1', 'title: T', 'horizon: 2026-Q3', 'teams: [{ id: infra, engineers: 2 }]', 'initiatives:', '  - id: a', '    title: A', '  - id: b', '    title: B', '  - { id: x, title: X, owner: , depends_on: [a, ] }', ''].join('\n');

function labelsAfter(marker: string): string[] {
  const offset = TEXT.indexOf(marker) + marker.length;
  return completionsAt(checkPack(TEXT).model, TEXT, offset, 0).candidates.map((candidate) => candidate.label);
}

describe('completion in a flow-mapping item', () => {
  it('offers ids in its depends_on, leaving out those already listed and itself', () => {
    assert.deepEqual(labelsAfter('depends_on: [a, '), ['b']);
  });

  it('offers teams for its owner', () => {
    assert.deepEqual(labelsAfter('owner: '), ['infra']);
  });
});
