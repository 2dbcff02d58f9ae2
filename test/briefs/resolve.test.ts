import { strict as assert } from 'node:assert';
import { ownerPackFor } from '../../server/src/pack';
import type { KnownPack } from '../../server/src/pack';

function pack(path: string, ...ids: string[]): KnownPack {
  return { path, ids: new Set(ids) };
}

describe('briefs: ownerPackFor', () => {
  const packs = [
    pack('/ws/platform/platform.roadmap.yaml', 'tracing', 'db-scaling-1'),
    pack('/ws/platform/briefs/local.roadmap.yaml', 'db-scaling-1'),
    pack('/ws/other.roadmap.yaml', 'tracing', 'autoscaling'),
    pack('/ws/platform/z.roadmap.yaml', 'tracing'),
  ];

  it('takes the pack in the brief`s own folder', () => {
    assert.equal(ownerPackFor('/ws/platform/briefs/db-scaling-1.md', 'db-scaling-1', undefined, packs), '/ws/platform/briefs/local.roadmap.yaml');
  });

  it('else the nearest parent folder`s pack that defines the id', () => {
    assert.equal(ownerPackFor('/ws/platform/briefs/tracing.md', 'tracing', undefined, packs), '/ws/platform/platform.roadmap.yaml', 'nearest wins over /ws, and the first by path in one folder');
    assert.equal(ownerPackFor('/ws/platform/briefs/autoscaling.md', 'autoscaling', undefined, packs), '/ws/other.roadmap.yaml');
  });

  it('takes a `pack:` override relative to the brief`s folder, whatever defines the id', () => {
    assert.equal(ownerPackFor('/ws/platform/briefs/tracing.md', 'tracing', '../../other.roadmap.yaml', packs), '/ws/other.roadmap.yaml');
    assert.equal(ownerPackFor('/ws/platform/briefs/tracing.md', 'tracing', './x/../y.roadmap.yaml', packs), '/ws/platform/briefs/y.roadmap.yaml');
    assert.equal(ownerPackFor('/ws/a/b.md', 'tracing', '/abs/p.roadmap.yaml', packs), '/abs/p.roadmap.yaml');
  });

  it('finds no pack for an id no pack in the folder or above defines', () => {
    assert.equal(ownerPackFor('/ws/platform/briefs/nope.md', 'nope', undefined, packs), undefined);
    assert.equal(ownerPackFor('/elsewhere/tracing.md', 'tracing', undefined, packs), undefined, 'a pack in a sibling tree does not own it');
  });

  it('works with relative paths and untidy ones', () => {
    const relative = [pack('examples/p.roadmap.yaml', 'a'), pack('q.roadmap.yaml', 'b')];
    assert.equal(ownerPackFor('examples/briefs/a.md', 'a', undefined, relative), 'examples/p.roadmap.yaml');
    assert.equal(ownerPackFor('examples//./briefs/b.md', 'b', undefined, relative), 'q.roadmap.yaml');
    assert.equal(ownerPackFor('b.md', 'b', undefined, relative), 'q.roadmap.yaml');
    assert.equal(ownerPackFor('../up/b.md', 'b', undefined, relative), 'q.roadmap.yaml');
  });
});
