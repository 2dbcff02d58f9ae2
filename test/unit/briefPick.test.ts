import { strict as assert } from 'node:assert';
import { briefPickItems } from '../../client/src/briefPick';
import type { InitiativeItem } from '../../protocol/requests';

const at = (start: number, end: number) => ({ start: { line: start, character: 4 }, end: { line: end, character: 0 } });

const INITIATIVES: InitiativeItem[] = [
  { id: 'alpha', title: 'Alpha', owner: 'Infra', range: at(5, 9) },
  { id: 'beta', title: 'Beta', owner: '', brief: 'docs/beta-brief.md', range: at(9, 14) },
  { id: 'gamma', title: 'Gamma', owner: 'Data', brief: 'briefs/gamma.md', range: at(14, 18) },
];

describe('New Initiative Brief picker rows', () => {
  it('marks the initiatives whose brief file exists, at their `brief:` link or briefs/<id>.md', () => {
    const { items } = briefPickItems(INITIATIVES, new Set(['briefs/alpha.md', 'docs/beta-brief.md']), undefined);
    assert.deepEqual(
      items.map((item) => [item.id, item.label, item.detail]),
      [
        ['alpha', '$(file-text) alpha', 'Infra · has a brief: briefs/alpha.md (opens it)'],
        ['beta', '$(file-text) beta', 'no owner · has a brief: docs/beta-brief.md (opens it)'],
        ['gamma', 'gamma', 'Data · brief: briefs/gamma.md (not written yet)'],
      ],
    );
  });

  it('starts on the initiative under the cursor, the later one on a line where two touch, and on none outside them', () => {
    const activeAt = (line: number | undefined) => briefPickItems(INITIATIVES, new Set(), line).active?.id;
    assert.equal(activeAt(6), 'alpha');
    assert.equal(activeAt(9), 'beta', 'alpha ends on the line beta starts on');
    assert.equal(activeAt(16), 'gamma');
    assert.equal(activeAt(2), undefined, 'above the initiatives');
    assert.equal(activeAt(undefined), undefined, 'no cursor in the pack');
  });
});
