import { dirname, join, normalize } from './posixPath';

/** A pack the host knows: its path and the initiative ids it defines. */
export interface KnownPack {
  path: string;
  ids: Set<string>;
}

/**
 * The pack that owns a brief: the front matter's `pack:` resolved against the
 * brief's folder when given; otherwise the pack defining the initiative in the
 * brief's folder, else in the nearest parent folder that has one (several in
 * one folder: the first by path). Undefined when none does. POSIX paths.
 */
export function ownerPackFor(briefPath: string, initiativeId: string, packOverride: string | undefined, packs: readonly KnownPack[]): string | undefined {
  const folder = dirname(briefPath);
  if (packOverride !== undefined && packOverride.trim() !== '') return join(folder, packOverride.trim());
  const defining = packs.filter((pack) => pack.ids.has(initiativeId)).map((pack) => normalize(pack.path)).sort();
  for (let current = folder; ; current = dirname(current)) {
    const here = defining.find((path) => dirname(path) === current);
    if (here !== undefined) return here;
    if (dirname(current) === current) return undefined;
  }
}
