import { strict as assert } from 'node:assert';
import { CheckCache, checkPack } from '../../server/src/pack';

const PACK = 'pack: 1\ntitle: T\nhorizon: 2026-Q3..2026-Q4\nteams:\n  - { id: infra, engineers: 1 }\ninitiatives:\n  - id: a\n    title: A\n  - id: b\n    titel: B\n';
const schemaMessages = (text: string, cache?: CheckCache) => checkPack(text, {}, cache).diagnostics.filter((d) => d.code === 'RP101' || d.code === 'RP102').map((d) => d.message);

describe('incremental check: messages that name an item\'s place follow it', () => {
  it('says "item 3" once an item is inserted above, and "item 1" once one is removed, as a fresh check does', () => {
    const cache = new CheckCache();
    assert.deepEqual(schemaMessages(PACK, cache), ['`title` is missing from initiatives item 2.', 'Unknown key `titel` in initiatives item 2: did you mean `title`?']);
    const inserted = PACK.replace('initiatives:\n', 'initiatives:\n  - id: new\n    title: New\n');
    assert.deepEqual(schemaMessages(inserted, cache), schemaMessages(inserted));
    assert.match(schemaMessages(inserted, cache)[0], /initiatives item 3\./);
    const removed = PACK.replace('  - id: a\n    title: A\n', '');
    assert.deepEqual(schemaMessages(removed, cache), schemaMessages(removed));
    assert.match(schemaMessages(removed, cache)[0], /initiatives item 1\./);
  });
});
