import type { Edge, Entity } from '../../model/types';
import type { PortfolioResult } from '../../portfolio/checkPortfolios';
import { isQualified } from '../../portfolio/qualified';
import { Conflict, conflictBetween } from '../dependencies';
import { ViewedPack, viewedPacks } from './packs';

/** An entity of one pack of the portfolio, as the graph draws it. */
export interface PackNode {
  pack: ViewedPack;
  entity: Entity;
}

/** One dependency of some pack: `dependent` waits for `target` (a node, or the reference that names nothing). */
export interface PackEdge {
  edge: Edge;
  dependent: PackNode;
  target: PackNode | { missing: string };
  /** Between two packs: through a qualified reference to another pack. */
  cross: boolean;
  cycle: boolean;
  /** RP401's judgement, when the edge breaks the schedule (never on a cycle). */
  conflict?: Conflict;
}

/**
 * Every dependency of every pack of the portfolio, each end resolved in its
 * own pack (a qualified `name:id` in the member it names), marked as the
 * portfolio's check judges it: on a cycle (inside a pack or across), or
 * breaking the schedule (RP401).
 */
export function portfolioEdges(portfolio: PortfolioResult): PackEdge[] {
  const onCycle = portfolio.cycleEdges;
  const packs = viewedPacks(portfolio);
  const byName = new Map(packs.map((pack) => [pack.name, pack]));
  const edges: PackEdge[] = [];
  for (const pack of packs) {
    const { model } = pack.file.result;
    for (const entity of [...model.initiatives, ...model.gates]) {
      if (!entity.id || model.byId.get(entity.id) !== entity) continue; // no valid id, or a duplicate: nothing can be drawn for it
      for (const edge of entity.edges) edges.push(packEdge(portfolio, byName, { pack, entity }, edge, onCycle.has(edge)));
    }
  }
  return edges;
}

function packEdge(portfolio: PortfolioResult, byName: ReadonlyMap<string, ViewedPack>, dependent: PackNode, edge: Edge, cycle: boolean): PackEdge {
  const target = targetOf(portfolio, byName, dependent.pack, edge.to);
  const cross = 'entity' in target && target.pack.name !== dependent.pack.name;
  const conflict = cycle || !('entity' in target) || edge.from === edge.to ? undefined : conflictBetween(edge, dependent.entity, target.entity);
  return { edge, dependent, target, cross, cycle, ...(conflict ? { conflict } : {}) };
}

function targetOf(portfolio: PortfolioResult, byName: ReadonlyMap<string, ViewedPack>, pack: ViewedPack, reference: string): PackNode | { missing: string } {
  if (!isQualified(reference)) {
    const entity = pack.file.result.model.byId.get(reference);
    return entity ? { pack, entity } : { missing: reference };
  }
  const found = portfolio.packs.entity(reference);
  const owner = found && byName.get(found.pack.name);
  return found && owner ? { pack: owner, entity: found.entity } : { missing: reference };
}
