import { strict as assert } from 'node:assert';
import { briefChange } from '../../server/src/pack';

const BRIEF = `---
initiative: redis-cluster
---
# Caching tier hardening

## Scope
Cluster mode.

## Risks
Invalidation.
`;

describe('briefChange', () => {
  it('reports sections added and removed by heading', () => {
    const after = BRIEF.replace('## Risks\nInvalidation.\n', '## Rollout plan\nBlue-green.\n');
    assert.deepEqual(briefChange('b.md', BRIEF, after), { path: 'b.md', change: 'changed', sectionsAdded: ['Rollout plan'], sectionsRemoved: ['Risks'] });
  });

  it('prose edits, reordered sections and a heading in other case are no change', () => {
    const after = BRIEF.replace('Cluster mode.', 'Cluster mode, three shards.').replace('## Risks\nInvalidation.\n', '').replace('## Scope', '## risks\nInvalidation.\n\n## Scope');
    assert.equal(briefChange('b.md', BRIEF, after), undefined);
  });

  it('a brief added or removed lists its sections', () => {
    assert.deepEqual(briefChange('b.md', undefined, BRIEF), { path: 'b.md', change: 'added', sectionsAdded: ['Scope', 'Risks'], sectionsRemoved: [] });
    assert.deepEqual(briefChange('b.md', BRIEF, undefined), { path: 'b.md', change: 'removed', sectionsAdded: [], sectionsRemoved: ['Scope', 'Risks'] });
  });
});
