import type { Finding, Severity, TextEdit } from '../diagnostic';
import type { TeamIndex } from '../capacity/teamIndex';
import type { Edge, Entity, EntityKind, Gate, Goal, Initiative, PackModel, RegisterDependency, Risk, Tradeoff } from '../model/types';
import type { WeekIndex, WeekSpan } from '../time';
import type { Path } from '../parse/nodeLoc';
import type { Span } from '../text/lineIndex';
import type { PackAnalysis } from '../analysis';

/** What every rule declares about itself; the docs page is docs/rules/<code>.md. */
export interface RuleMeta<Code extends string = string> {
  code: Code;
  name: string;
  severity: Severity;
  /** One line: what the rule finds. */
  summary: string;
}

export interface RuleContext {
  model: PackModel;
  analysis: PackAnalysis;
  options: RuleOptions;
  span(path: Path, part?: 'key' | 'value'): Span;
}

export interface RuleOptions {
  /** Count hires marked `confirmed: false` in capacity. */
  ifHired: boolean;
  /** Answers whether a file named by the pack (relative to it) exists; absent: not checked. */
  fileExists?: (relativePath: string) => boolean;
  /** Today's date (`YYYY-MM-DD`), from the host: the core reads no clock. Absent: nothing is out of date. */
  today?: string;
}

/**
 * What a rule's per-entity part may read besides its entity. Every read is
 * recorded, and the entity's findings are reused by the next check while each
 * read gives the same answer (rules/entityChecks.ts): a rule cannot read
 * something its reuse does not test, because this is all it is given.
 */
export interface EntityContext {
  span(path: Path, part?: 'key' | 'value'): Span;
  /** The entity with the id (the first one, as `byId`). */
  entity(id: string): Entity | undefined;
  /** Every id of entities of these kinds, for "did you mean". */
  ids(kinds: ReadonlySet<EntityKind>): string[];
  /** The pack's teams, by id or name (then its portfolio's, when it is checked in one). */
  teams(): TeamIndex;
  /** Whether the pack is checked in its portfolio, which resolves qualified references (`name:id`) itself. */
  inPortfolio(): boolean;
  horizon(): WeekSpan | undefined;
  /** Today's week in the pack's calendar (the host's date, `CheckOptions.today`); undefined when the host gave none. */
  today(): WeekIndex | undefined;
  /** Whether the edge lies on a dependency cycle. */
  onCycle(edge: Edge): boolean;
  /** The edit appending an item (flow text) to the pack's teams, starting the list if there is none. */
  teamListEdit(item: string): TextEdit | undefined;
  /** The ids of the pack's goals, in order (all of them: not limited like `ids`). */
  goalIds(): readonly string[];
  /**
   * The edit adding `key: value` entries to the checked entity's own mapping
   * (at its `path`, or a mapping inside it), or undefined where that cannot
   * be done cleanly (navigate/listEdits.ts `insertKeysEdit`). It reads only
   * the entity's own text, which is the same while the entity is.
   */
  insertKeysEdit(mapPath: Path, entries: readonly (readonly [string, string])[]): TextEdit | undefined;
}

/** The lists whose items a rule can check one at a time, with the entity each holds. */
export interface EntityLists {
  initiatives: Initiative;
  gates: Gate;
  risks: Risk;
  dependencies: RegisterDependency;
  goals: Goal;
  tradeoffs: Tradeoff;
}

/** A rule's per-entity part: one function per list it checks. */
export type EntityChecks = { [List in keyof EntityLists]?: (entity: EntityLists[List], context: EntityContext) => Finding[] };

/**
 * A rule checks the model as a whole (`check`), one entity at a time
 * (`each`, reused per entity between checks), both, or neither: then it only
 * declares a code that the parse or schema steps report, so that every code
 * has one home with its metadata.
 */
export interface Rule<Code extends string = string> extends RuleMeta<Code> {
  check?: (context: RuleContext) => Finding[];
  /** What the rule finds in one entity at a time, without looking at the rest of the pack except through the context. */
  each?: EntityChecks;
}
