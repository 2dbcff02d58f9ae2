import { ParsedPack, keyDescription, nodeAt } from '../../pack';

/** The format's description of the key under the cursor. */
export function describeKeyAt(parsed: ParsedPack, offset: number): string | undefined {
  const node = nodeAt(parsed, offset);
  if (!node || node.part !== 'key') return undefined;
  const text = keyDescription(node.path);
  return text ? `\`${String(node.path[node.path.length - 1])}\`: ${text}` : undefined;
}
