import { z } from 'zod';
import { packSchema } from './packSchema';

/**
 * The JSON Schema for other editors (yaml-language-server and friends),
 * generated from the zod schema so the two cannot drift; committed as
 * schemas/roadmap-pack.schema.json and checked for staleness by a test.
 */
export function packJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(packSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: 'https://roadmap-packs.dev/schemas/roadmap-pack.schema.json',
    title: 'Roadmap pack',
    description: 'A technical roadmap pack (format v1): strategy, teams, capacity, initiatives, gates, risks, dependencies, metrics and governance.',
    ...schema,
  };
}

export function packJsonSchemaText(): string {
  return JSON.stringify(packJsonSchema(), null, 2) + '\n';
}
