import type { Path } from '../parse/nodeLoc';
import type { ParsedPack } from '../parse/parsePack';
import type { ChangeKind, GateInput, GoalInput, InitiativeInput, MetricInput, PackInput, RegisterDependencyInput, RiskInput, TradeoffInput } from '../schema/packSchema';
import type { Calendar, WeekIndex, WeekSpan } from '../time';

export type EntityKind = 'initiative' | 'gate' | 'risk' | 'dependency' | 'goal' | 'tradeoff';
export type DependencyType = 'finish-to-start' | 'start-to-start' | 'finish-to-finish';
export type Estimate = 'low' | 'mid' | 'high';

/** An edge: `from` waits for `to`. Written on the dependent side, at `path`. */
export interface Edge {
  from: string;
  to: string;
  type: DependencyType;
  lag: number;
  /** Path of the reference (the id text) in the source. */
  path: Path;
  /** Set for a milestone's `after`: the milestone's index in its initiative. */
  milestone?: number;
}

export interface Effort {
  low: number;
  high: number;
}

/** A team's share of an initiative's effort. */
export interface OwnerShare {
  /** As written: a team id or name. */
  name: string;
  share: number;
  path: Path;
}

export interface Milestone {
  name: string;
  span: WeekSpan | undefined;
  path: Path;
}

export interface Initiative {
  kind: 'initiative';
  id: string;
  title: string;
  path: Path;
  input: Partial<InitiativeInput>;
  span: WeekSpan | undefined;
  effort: Effort | undefined;
  owners: OwnerShare[];
  milestones: Milestone[];
  status: NonNullable<InitiativeInput['status']>;
  /** Ids of the goals it serves, as written (resolved by the checks). */
  serves: readonly string[];
  /** Whether a customer sees it when it ends (`value`) or it is platform work (`enabler`, the default). */
  delivers: 'value' | 'enabler';
  /** The edges it declares (`depends_on`, then each milestone's `after`), in order; also in the model's `edges`. */
  edges: Edge[];
}

export interface Gate {
  kind: 'gate';
  id: string;
  title: string;
  path: Path;
  input: Partial<GateInput>;
  at: WeekIndex | undefined;
  /** The edges of its `depends_on`, in order; also in the model's `edges`. */
  edges: Edge[];
}

export interface Risk {
  kind: 'risk';
  id: string;
  title: string;
  path: Path;
  input: Partial<RiskInput>;
}

export interface RegisterDependency {
  kind: 'dependency';
  id: string;
  title: string;
  path: Path;
  input: Partial<RegisterDependencyInput>;
  neededBy: WeekIndex | undefined;
}

/** What the plan is for (seed 000's business goals, seed 004's objectives). */
export interface Goal {
  kind: 'goal';
  id: string;
  title: string;
  path: Path;
  input: Partial<GoalInput>;
  /** The last week of `by`: the goal is met when the last initiative serving it ends by then. */
  by: WeekIndex | undefined;
}

/** A trade-off taken (seed 002): decision, rationale, mitigation. */
export interface Tradeoff {
  kind: 'tradeoff';
  id: string;
  title: string;
  path: Path;
  input: Partial<TradeoffInput>;
}

export type Entity = Initiative | Gate | Risk | RegisterDependency | Goal | Tradeoff;

export interface HeadcountStep {
  from: WeekIndex;
  count: number;
  confirmed: boolean;
}

export interface Team {
  id: string;
  name: string;
  path: Path;
  /** Headcount steps in time order; before the first step the first count applies. */
  headcount: HeadcountStep[];
  /** Share of time kept for BAU, 0..1. */
  bau: number;
}

export interface CapacitySettings {
  bau: number;
  /** False when the pack sets no BAU anywhere: it earns a hint. */
  bauSet: boolean;
  estimate: Estimate;
  warnAt: number;
}

/** One change of a scenario: the entity it names and the keys it replaces (validated by that entity's schema). */
export interface ScenarioChange {
  /** What it names: an entity kind, `team`, or `capacity` (the pack-wide keys). */
  kind: ChangeKind | 'capacity';
  /** The id it names ('' for `capacity`). */
  target: string;
  /** The keys it replaces, without the naming key. */
  keys: Record<string, unknown>;
  /** Where the change stands: `['scenarios', i, 'changes', j]`. */
  path: Path;
  /** The mapping holding the replaced keys: the change itself, or its `capacity`. */
  keysAt: Path;
}

/** A what-if variant of the plan (`scenarios:`), applied by scenario/applyScenario.ts. */
export interface Scenario {
  id: string;
  title: string;
  path: Path;
  changes: ScenarioChange[];
}

export interface PackModel {
  parsed: ParsedPack;
  input: Partial<PackInput>;
  title: string;
  format: 'quarterly' | 'now-next-later';
  horizon: WeekSpan | undefined;
  calendar: Calendar;
  capacity: CapacitySettings;
  teams: Team[];
  goals: Goal[];
  initiatives: Initiative[];
  tradeoffs: Tradeoff[];
  gates: Gate[];
  risks: Risk[];
  dependencies: RegisterDependency[];
  metrics: { input: MetricInput; path: Path }[];
  scenarios: Scenario[];
  /** Each id's first initiative, gate, risk, register dependency, goal or trade-off; the first definition wins (duplicates are reported). */
  byId: ReadonlyMap<string, Entity>;
  /** Entities whose id an earlier entity already has, in order. */
  repeated: readonly Entity[];
  edges: Edge[];
}
