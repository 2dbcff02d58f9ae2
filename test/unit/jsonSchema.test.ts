import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { packJsonSchemaText } from '../../server/src/pack/schema/jsonSchema';
import { repoPath } from '../helpers/repoRoot';

describe('JSON Schema', () => {
  it('is committed up to date with the zod schema (run `npm run schema` after changing it)', () => {
    const committed = readFileSync(repoPath('schemas', 'roadmap-pack.schema.json'), 'utf8');
    assert.equal(committed, packJsonSchemaText());
  });

  it('describes the keys planners write', () => {
    const schema = JSON.parse(packJsonSchemaText());
    const initiative = schema.properties.initiatives.items;
    assert.deepEqual(initiative.required, ['id', 'title']);
    assert.ok(initiative.properties.depends_on.description.includes('initiatives, gates or register dependencies'));
    assert.equal(initiative.additionalProperties, false);
  });
});
