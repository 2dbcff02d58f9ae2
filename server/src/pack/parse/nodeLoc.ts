/**
 * Where a value stood in the source, kept beside plain data so that the parsed
 * `yaml` Document (several times larger) can be dropped after parsing.
 * Offsets are relative to the chunk the value was parsed from.
 */
export interface NodeLoc {
  /** Value span [start, end). */
  start: number;
  end: number;
  /** Key span when the value belongs to a mapping. */
  keyStart?: number;
  keyEnd?: number;
  /** Children of a sequence. */
  items?: NodeLoc[];
  /**
   * Children of a mapping: keys and their locations side by side. Two arrays
   * take a fraction of the memory of a dictionary object per mapping, and a
   * mapping in a pack has a handful of keys, so a linear look-up is fast.
   */
  keys?: string[];
  children?: NodeLoc[];
}

/** The location of a mapping's value by key. */
export function propLoc(loc: NodeLoc | undefined, key: string): NodeLoc | undefined {
  const index = loc?.keys?.indexOf(key) ?? -1;
  return index === -1 ? undefined : loc!.children![index];
}

/** A mapping's keys with their locations, in source order. */
export function propEntries(loc: NodeLoc | undefined): [string, NodeLoc][] {
  return (loc?.keys ?? []).map((key, index) => [key, loc!.children![index]]);
}

export type PathSegment = string | number;
export type Path = readonly PathSegment[];

export function childLoc(loc: NodeLoc | undefined, segment: PathSegment): NodeLoc | undefined {
  if (!loc) return undefined;
  if (typeof segment === 'number') return loc.items?.[segment];
  return propLoc(loc, segment);
}

/** The deepest location along the path, and how many segments it matched. */
export function deepestLoc(loc: NodeLoc, path: Path): { loc: NodeLoc; depth: number } {
  let current = loc;
  let depth = 0;
  for (const segment of path) {
    const next = childLoc(current, segment);
    if (!next) break;
    current = next;
    depth++;
  }
  return { loc: current, depth };
}
