/** Nothing is offered inside a YAML comment, whole-line or trailing; a `#` inside quotes is no comment. */
import { strict as assert } from 'node:assert';
import { checkPack, completionsAt } from '../../server/src/pack';

const BASE = ['pack: 1', 'title: T', 'horizon: 2026-Q3', 'teams: [{ id: infra, engineers: 2 }]', 'initiatives:', '  - id: a', '    title: A', '  - id: x', '    title: X', ''].join('\n');

function labelsAfter(text: string, marker: string): string[] {
  const offset = text.indexOf(marker) + marker.length;
  return completionsAt(checkPack(text).model, text, offset, 0).candidates.map((candidate) => candidate.label);
}

describe('completion in comments', () => {
  it('offers no keys on a whole-line comment', () => {
    assert.deepEqual(labelsAfter(BASE.replace('    title: A', '    title: A\n    # depends on '), 'depends on '), []);
  });

  it('offers no ids in a comment after a depends_on list', () => {
    assert.deepEqual(labelsAfter(BASE.replace('    title: A', '    title: A\n    depends_on: [x] # wait for '), 'wait for '), []);
  });

  it('still offers ids in the list before the comment is reached', () => {
    assert.deepEqual(labelsAfter(BASE.replace('    title: A', '    title: A\n    depends_on: [] # why'), 'depends_on: ['), ['x']);
  });
});
