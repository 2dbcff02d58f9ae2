import { BlockReader } from './fastBlock';
import { emitPlain } from './fastEmit';
import { NotMine } from './fastNode';
import { outsideSubset } from './fastText';
import { NodeLoc } from './nodeLoc';

/**
 * A fast path for parsing one piece: a small parser for the YAML that packs
 * are written in (block mappings and sequences, one-line plain and quoted
 * scalars, flow collections of them, comments). It gives exactly what yaml +
 * toPlain give (value and every location; such text has no findings), or
 * undefined for anything outside that subset or that it is not sure yaml
 * would accept silently, and then yaml parses the piece.
 * `test/unit/fastPiece.test.ts` holds the two paths equal.
 */
export function fastParsePiece(source: string, maxDepth: number): { value: unknown; loc: NodeLoc | undefined } | undefined {
  if (outsideSubset(source)) return undefined;
  try {
    const root = new BlockReader(source, maxDepth).document();
    return root ? emitPlain(root, maxDepth) : { value: null, loc: undefined };
  } catch (error) {
    if (error instanceof NotMine) return undefined;
    throw error;
  }
}
