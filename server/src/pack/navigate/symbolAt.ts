import type { Entity, PackModel, Team } from '../model/types';
import type { Path } from '../parse/nodeLoc';
import { TeamIndex } from '../capacity/teamIndex';
import { nodeAt } from './nodeAt';

/** An id under the cursor: an entity (initiative, gate, risk, dependency, goal, trade-off) or a team. */
export type SymbolAt = { kind: 'entity'; id: string; entity: Entity | undefined; path: Path } | { kind: 'team'; name: string; team: Team | undefined; path: Path };

const ENTITY_LISTS: ReadonlySet<string> = new Set(['initiatives', 'gates', 'risks', 'dependencies', 'goals', 'tradeoffs']);
const REFERENCE_FIELDS: ReadonlySet<string> = new Set(['depends_on', 'after', 'affects', 'serves']);

/** The id at an offset, whether where it is defined or where it is referenced. */
export function symbolAt(model: PackModel, offset: number): SymbolAt | undefined {
  const node = nodeAt(model.parsed, offset);
  if (!node || node.part !== 'value') return ownerKeyAt(model, node);
  const path = node.path;
  const value = valueAt(model.parsed.value, path);
  if (typeof value !== 'string') return undefined;
  if (isEntityIdPath(path) || isReferencePath(path)) return { kind: 'entity', id: value, entity: model.byId.get(value), path };
  if (path[0] === 'teams' && path[2] === 'id' && path.length === 3) return { kind: 'team', name: value, team: model.teams.find((team) => team.path[1] === path[1]), path };
  if (path[0] === 'initiatives' && path[2] === 'owner') return { kind: 'team', name: value, team: TeamIndex.of(model).find(value), path };
  return undefined;
}

/** `owner: { infra: 70% }`: the key names the team. */
function ownerKeyAt(model: PackModel, node: ReturnType<typeof nodeAt>): SymbolAt | undefined {
  if (!node || node.part !== 'key' || node.path[0] !== 'initiatives' || node.path[2] !== 'owner' || node.path.length !== 4) return undefined;
  const name = String(node.path[3]);
  return { kind: 'team', name, team: TeamIndex.of(model).find(name), path: node.path };
}

function isEntityIdPath(path: Path): boolean {
  return path.length === 3 && ENTITY_LISTS.has(String(path[0])) && path[2] === 'id';
}

function isReferencePath(path: Path): boolean {
  const field = path.findIndex((segment) => typeof segment === 'string' && REFERENCE_FIELDS.has(segment));
  return field !== -1 && (field === path.length - 2 || (field === path.length - 3 && path[path.length - 1] === 'id'));
}

export function valueAt(root: unknown, path: Path): unknown {
  let current = root;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}
