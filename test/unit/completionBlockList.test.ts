/** In a block depends_on list, ids already on the other `- ` lines (above or below) are not offered again. */
import { strict as assert } from 'node:assert';
import { checkPack, completionsAt } from '../../server/src/pack';

const TEXT = ['pack: 1', 'title: T', 'horizon: 2026-Q3', 'teams: [{ id: infra, engineers: 2 }]', 'initiatives:', '  - id: a', '    title: A', '  - id: b', '    title: B', '  - id: c', '    title: C', '  - id: x', '    title: X', '    depends_on:', '      - a', '      - ', '      - c # later', '    status: planned', ''].join('\n');

describe('completion in a block list', () => {
  it('leaves out the ids on the list\'s other lines and the initiative itself', () => {
    const offset = TEXT.indexOf('      - \n') + 8;
    assert.deepEqual(completionsAt(checkPack(TEXT).model, TEXT, offset, 0).candidates.map((candidate) => candidate.label), ['b']);
  });
});
