import type { Path } from '../parse/nodeLoc';
import { packSchema } from './packSchema';
import { describe, schemaAt } from './schemaWalk';

/** The format's description of the key at a path, for hovers. */
export function keyDescription(path: Path): string | undefined {
  return describe(schemaAt(packSchema, path));
}
