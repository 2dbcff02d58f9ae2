import type { PackAnalysis } from '../analysis';
import { capacityInputs, type TeamInputs } from '../capacity/capacityInputs';
import type { Edge, Entity, Initiative, PackModel } from '../model/types';
import type { WeekSpan } from '../time';

/** One initiative's load on one team: the rate capacity/ spreads over each week of its span. */
export interface TeamShare {
  team: number;
  rate: number;
}

/** An edge seen from the side that is not moving: the entity that declares it and the edge. */
export interface Dependent {
  entity: Entity;
  edge: Edge;
}

/** What the levelling reads of a pack, gathered once. */
export interface LevelWork {
  model: PackModel;
  inputs: TeamInputs[];
  /** Each initiative's shares by its index in model.initiatives. */
  shares: Map<number, TeamShare[]>;
  movable: Set<Initiative>;
  /** The edges that name an id, by that id (cycle edges left out: nothing on a cycle can be scheduled). */
  dependents: Map<string, Dependent[]>;
  onCycle: Set<Edge>;
  horizon: WeekSpan;
  /** Each movable initiative's latest shift (level/bounds.ts), filled in as asked for. */
  latest: Map<Initiative, { most: number; limit: string }>;
}

/** Work the levelling may move: planned or exploring, with a span, not `fixed: true`, the id's first definition. */
export function isMovable(model: PackModel, initiative: Initiative): boolean {
  const status = initiative.status;
  if (status === 'done' || status === 'in-progress' || status === 'cut' || initiative.input.fixed === true) return false;
  return initiative.span !== undefined && model.byId.get(initiative.id) === initiative;
}

/** The same capacity inputs the capacity rules read (RP501, RP503), with each initiative's shares by index. */
export function levelWork(analysis: PackAnalysis, horizon: WeekSpan): LevelWork {
  const model = analysis.model;
  const inputs = capacityInputs(model, analysis.teams, analysis.ifHired);
  const shares = new Map<number, TeamShare[]>();
  inputs.forEach((team, index) => {
    for (const part of team.parts) {
      const list = shares.get(part.initiative) ?? [];
      list.push({ team: index, rate: part.rate });
      shares.set(part.initiative, list);
    }
  });
  const onCycle = new Set(analysis.cycleEdges.map((cycle) => cycle.edge));
  const movable = new Set(model.initiatives.filter((initiative) => isMovable(model, initiative)));
  return { model, inputs, shares, movable, dependents: dependentsOf(model, onCycle), onCycle, horizon, latest: new Map() };
}

function dependentsOf(model: PackModel, onCycle: Set<Edge>): Map<string, Dependent[]> {
  const byTarget = new Map<string, Dependent[]>();
  for (const entity of [...model.initiatives, ...model.gates]) {
    for (const edge of entity.edges) {
      if (edge.from === edge.to || onCycle.has(edge)) continue;
      const list = byTarget.get(edge.to) ?? [];
      list.push({ entity, edge });
      byTarget.set(edge.to, list);
    }
  }
  return byTarget;
}
