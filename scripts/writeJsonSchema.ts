import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packJsonSchemaText } from '../server/src/pack/schema/jsonSchema';

// Regenerates schemas/roadmap-pack.schema.json from the zod schema (npm run schema).
const target = join(__dirname, '..', '..', 'schemas', 'roadmap-pack.schema.json');
writeFileSync(target, packJsonSchemaText());
console.log(`wrote ${target}`);
