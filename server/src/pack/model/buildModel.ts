import { Finding, findingWithin, shiftFinding } from '../diagnostic';
import type { Path } from '../parse/nodeLoc';
import { ParsedChunk, ParsedPack, locate } from '../parse/parsePack';
import { gateSchema, goalSchema, initiativeSchema, metricSchema, packSchema, registerDependencySchema, riskSchema, teamSchema, tradeoffSchema } from '../schema/packSchema';
import type { DependencyRefInput, GateInput, GoalInput, InitiativeInput, MetricInput, PackInput, RegisterDependencyInput, RiskInput, TeamInput, TradeoffInput } from '../schema/packSchema';
import { Locator, Repairable, repairable, validate } from '../schema/validate';
import { CADENCE_PATTERN } from '../schema/timePatterns';
import { Calendar, DEFAULT_CALENDAR, Parsed, WeekIndex, WeekSpan, parseLag, parsePoint, parseSpan } from '../time';
import { EntityIndex } from './entityIndex';
import { EntityPlace, ItemState, ModelCache, Placed } from './modelCache';
import type { Edge, Entity, Gate, Goal, Initiative, OwnerShare, PackModel, RegisterDependency, Risk, Team, Tradeoff } from './types';
import { validateScenarios } from './scenarios';
import { parseEffort, parsePercent } from './values';

const LISTS = {
  teams: repairable(teamSchema),
  initiatives: repairable(initiativeSchema),
  gates: repairable(gateSchema),
  risks: repairable(riskSchema),
  dependencies: repairable(registerDependencySchema),
  metrics: repairable(metricSchema),
  goals: repairable(goalSchema),
  tradeoffs: repairable(tradeoffSchema),
} as const;
type ListKey = keyof typeof LISTS;
/** The top level without the lists, which are validated item by item (built once: zod's omit builds a schema). */
const TOP_LEVEL_SCHEMA = repairable(packSchema.omit({ teams: true, initiatives: true, gates: true, risks: true, dependencies: true, metrics: true, goals: true, tradeoffs: true, scenarios: true } as const));

/**
 * Turns a parsed pack into the model the checks read: validated data with
 * times, efforts and owners parsed, every entity indexed by id and every
 * dependency as an edge. Problems found on the way are returned as findings;
 * whatever is still usable stays in the model.
 */
export function buildModel(parsed: ParsedPack, cache: ModelCache = new ModelCache()): { model: PackModel; findings: Finding[] } {
  return new ModelBuilder(parsed, cache).build();
}

/** A validated list item, with what the next build may reuse of it (none: not reusable, e.g. an unsplit list). */
export interface ListItem<T> {
  data: Partial<T>;
  path: Path;
  state?: ItemState;
}

class ModelBuilder {
  private readonly findings: Finding[] = [];
  private readonly locator: Locator;
  /** What this build leaves for the next one, per list. */
  private readonly states = new Map<string, ItemState[]>();
  private calendar: Calendar = DEFAULT_CALENDAR;

  constructor(
    private readonly parsed: ParsedPack,
    private readonly cache: ModelCache,
  ) {
    this.locator = { span: (path, part) => locate(parsed, path, part) };
  }

  build(): { model: PackModel; findings: Finding[] } {
    const input = this.validateTopLevel();
    this.calendar = { fiscalYearStart: input.calendar?.fiscal_year_start ?? 1 };
    const lists = {
      teams: this.validateList<TeamInput>('teams'),
      initiatives: this.validateList<InitiativeInput>('initiatives'),
      gates: this.validateList<GateInput>('gates'),
      risks: this.validateList<RiskInput>('risks'),
      dependencies: this.validateList<RegisterDependencyInput>('dependencies'),
      metrics: this.validateList<MetricInput>('metrics'),
      goals: this.validateList<GoalInput>('goals'),
      tradeoffs: this.validateList<TradeoffInput>('tradeoffs'),
    };
    const bauSet = input.capacity?.bau !== undefined || lists.teams.some(({ data }) => data.bau !== undefined);
    const bau = parsePercent(input.capacity?.bau) ?? 0;
    const build = <T, I>(list: ListKey, items: ListItem<I>[], make: (input: Partial<I>, place: EntityPlace, edges: Edge[]) => T) => {
      const chunks = this.parsed.entries.get(list)?.items ?? [];
      const built: T[] = [];
      for (const item of items) built.push(this.built(list, item, chunks, bau, make));
      return built;
    };
    const initiatives = build('initiatives', lists.initiatives, (data, place, own) => this.initiative(data, place, own));
    const gates = build('gates', lists.gates, (data, place, own) => this.gate(data, place, own));
    const risks = build('risks', lists.risks, (data, place) => this.risk(data, place));
    const dependencies = build('dependencies', lists.dependencies, (data, place) => this.registerDependency(data, place));
    const teams = build('teams', lists.teams, (data, place) => this.team(data, place));
    const goals = build('goals', lists.goals, (data, place) => this.goal(data, place));
    const tradeoffs = build('tradeoffs', lists.tradeoffs, (data, place) => this.tradeoff(data, place));
    this.checkOtherTimes(input);
    const scenarios = validateScenarios(this.parsed.value.scenarios, this.locator);
    pushAll(this.findings, scenarios.findings);
    let edges: Edge[] | undefined;
    const model: PackModel = {
      parsed: this.parsed,
      input,
      title: input.title ?? '',
      format: input.format ?? 'quarterly',
      horizon: input.horizon ? this.span(input.horizon, ['horizon']) : undefined,
      calendar: this.calendar,
      capacity: { bau, bauSet, estimate: input.capacity?.estimate ?? 'high', warnAt: parsePercent(input.capacity?.warn_at) ?? 0.85 },
      teams,
      goals,
      initiatives,
      tradeoffs,
      gates,
      risks,
      dependencies,
      metrics: lists.metrics.map(({ data, path }) => ({ input: data as MetricInput, path })),
      scenarios: scenarios.scenarios,
      ...this.indexed([initiatives, gates, risks, dependencies, goals, tradeoffs]),
      // Laid end to end only when something reads them all: a keystroke's checks go entity by entity.
      get edges() {
        return (edges ??= edgesOf([initiatives, gates]));
      },
    };
    this.cache.lists = this.states;
    return { model, findings: this.findings };
  }

  /** The id index, carried on from the last build when the edit replaced a few entities and changed no id. */
  private indexed(lists: readonly (readonly Entity[])[]): { byId: EntityIndex; repeated: readonly Entity[] } {
    const last = this.cache.index;
    const replacements = last && replacedEntities(last.lists, lists);
    const byId = (replacements && last.byId.patched(replacements)) ?? EntityIndex.of(lists);
    this.cache.index = { lists, byId };
    return { byId, repeated: byId.repeated };
  }

  private validateTopLevel(): Partial<PackInput> {
    const rest: Record<string, unknown> = { ...this.parsed.value };
    for (const key of [...Object.keys(LISTS), 'scenarios']) delete rest[key];
    const { data, findings } = validate(TOP_LEVEL_SCHEMA, rest, [], this.locator);
    pushAll(this.findings, findings.map((finding) => (finding.span.end === 0 ? { ...finding, span: firstLine(this.parsed.text) } : finding)));
    return (data ?? {}) as Partial<PackInput>;
  }

  private validateList<T>(key: ListKey): ListItem<T>[] {
    const value = this.parsed.value[key];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) {
      this.findings.push({ code: 'RP101', message: `\`${key}\` should be a list (items starting with \`- \`).`, span: this.locator.span([key]) });
      return [];
    }
    const items: ListItem<T>[] = [];
    const chunks = this.parsed.entries.get(key)?.items ?? [];
    const [last, states] = [this.cache.lists.get(key) ?? [], [] as ItemState[]];
    this.states.set(key, states);
    for (let index = 0; index < value.length; index++) {
      // Plain statements, no destructuring: this loop runs for every item on every keystroke.
      const item = value[index];
      const chunk = chunks[index];
      const base = chunk?.base;
      const state = base !== undefined && last[index]?.value === item ? last[index] : this.validateItem<T>(item, key, index, chunk);
      if (state.value !== undefined) states[index] = state;
      if (state.validated.findings.length > 0) pushShifted(this.findings, state.validated, base);
      if (state.item) items.push(state.item as ListItem<T>);
    }
    return items;
  }

  /**
   * Validates one list item. The state is what the next build reuses while the
   * parse gives the same value object at the same position (an item whose
   * piece did not change), findings moved to where the item then stands.
   */
  private validateItem<T>(item: unknown, list: ListKey, index: number, chunk: ParsedChunk | undefined): ItemState {
    const { data, findings } = validate(LISTS[list] as unknown as Repairable<T>, item, [list, index], this.locator);
    const reusable = chunk !== undefined && item !== null && typeof item === 'object' && allWithin(findings, chunk);
    const state: ItemState = { value: reusable ? item : undefined, validated: { base: chunk?.base ?? 0, value: data, findings } };
    if (data) state.item = { data, path: [list, index], state: reusable ? state : undefined };
    return state;
  }

  /**
   * A list item whose validation was reused, built with the same calendar and
   * default BAU, is reused with its edges and findings, the findings moved to
   * where the item now stands.
   */
  private built<T, I>(list: ListKey, item: ListItem<I>, chunks: readonly ParsedChunk[], defaultBau: number, make: (input: Partial<I>, place: EntityPlace, edges: Edge[]) => T): T {
    const { fiscalYearStart } = this.calendar;
    const state = item.state;
    const index = item.path[1] as number;
    // Only a reusable item has a state, and only a split list's items are reusable: each has its piece.
    const base = state && chunks[index].base;
    const reused = state?.built;
    if (reused && reused.fiscalYearStart === fiscalYearStart && reused.defaultBau === defaultBau) {
      if (reused.placed.findings.length > 0) pushShifted(this.findings, reused.placed, base);
      return reused.placed.value.entity as T;
    }
    const [own, findingCount] = [[] as Edge[], this.findings.length];
    const entity = make(item.data, { list, index, fiscalYearStart, defaultBau }, own);
    const findings = this.findings.slice(findingCount);
    if (state && allWithin(findings, chunks[index])) state.built = { fiscalYearStart, defaultBau, placed: { base: base!, value: { entity, edges: own }, findings } };
    return entity;
  }

  private initiative(input: Partial<InitiativeInput>, place: EntityPlace, edges: Edge[]): Initiative {
    const [path, calendar] = placeOf(place);
    const id = input.id ?? '';
    this.addEdges(id, input.depends_on, [...path, 'depends_on'], edges);
    const milestones = (input.milestones ?? []).map((milestone, index) => {
      const milestonePath = [...path, 'milestones', index];
      this.addEdges(id, milestone.after, [...milestonePath, 'after'], edges, index);
      return { name: milestone.name, span: this.span(milestone.when, [...milestonePath, 'when'], calendar), path: milestonePath };
    });
    return {
      kind: 'initiative',
      id,
      title: input.title ?? id,
      path,
      input,
      span: input.when === undefined ? undefined : this.span(input.when, [...path, 'when'], calendar),
      effort: this.effort(input.effort, [...path, 'effort']),
      owners: this.owners(input.owner, [...path, 'owner']),
      milestones,
      status: input.status ?? 'planned',
      serves: input.serves ?? [],
      delivers: input.delivers ?? 'enabler',
      edges,
    };
  }

  private gate(input: Partial<GateInput>, place: EntityPlace, edges: Edge[]): Gate {
    const [path, calendar] = placeOf(place);
    const id = input.id ?? '';
    this.addEdges(id, input.depends_on, [...path, 'depends_on'], edges);
    const at = input.at === undefined ? undefined : this.point(input.at, [...path, 'at'], calendar);
    return { kind: 'gate', id, title: input.title ?? id, path, input, at, edges };
  }

  private risk(input: Partial<RiskInput>, place: EntityPlace): Risk {
    const [path, calendar] = placeOf(place);
    if (input.review !== undefined && !CADENCE_PATTERN.test(input.review)) this.point(input.review, [...path, 'review'], calendar);
    return { kind: 'risk', id: input.id ?? '', title: input.risk ?? input.id ?? '', path, input };
  }

  private registerDependency(input: Partial<RegisterDependencyInput>, place: EntityPlace): RegisterDependency {
    const [path, calendar] = placeOf(place);
    const neededBy = input.needed_by === undefined ? undefined : this.point(input.needed_by, [...path, 'needed_by'], calendar);
    return { kind: 'dependency', id: input.id ?? '', title: input.dependency ?? input.id ?? '', path, input, neededBy };
  }

  private goal(input: Partial<GoalInput>, place: EntityPlace): Goal {
    const [path, calendar] = placeOf(place);
    const by = input.by === undefined ? undefined : this.span(input.by, [...path, 'by'], calendar)?.last;
    return { kind: 'goal', id: input.id ?? '', title: input.title ?? input.id ?? '', path, input, by };
  }

  private tradeoff(input: Partial<TradeoffInput>, place: EntityPlace): Tradeoff {
    const [path, calendar] = placeOf(place);
    if (input.revisit !== undefined) this.point(input.revisit, [...path, 'revisit'], calendar);
    return { kind: 'tradeoff', id: input.id ?? '', title: input.title ?? input.id ?? '', path, input };
  }

  private team(input: Partial<TeamInput>, place: EntityPlace): Team {
    const [path, calendar] = placeOf(place);
    const engineers = input.engineers ?? 0;
    const steps =
      typeof engineers === 'number'
        ? [{ from: Number.NEGATIVE_INFINITY, count: engineers, confirmed: true }]
        : engineers.map((step, index) => ({ from: this.point(step.from, [...path, 'engineers', index, 'from'], calendar) ?? Number.POSITIVE_INFINITY, count: step.count, confirmed: step.confirmed !== false }));
    steps.sort((a, b) => a.from - b.from);
    return { id: input.id ?? '', name: input.name ?? input.id ?? '', path, headcount: steps, bau: parsePercent(input.bau) ?? place.defaultBau };
  }

  private addEdges(from: string, refs: DependencyRefInput[] | undefined, path: Path, edges: Edge[], milestone?: number): void {
    (refs ?? []).forEach((ref, index) => {
      if (typeof ref === 'string') {
        edges.push({ from, to: ref, type: 'finish-to-start', lag: 0, path: [...path, index], milestone });
        return;
      }
      const lag = typeof ref.lag === 'string' ? parseLag(ref.lag) : { ok: true as const, value: ref.lag ?? 0 };
      edges.push({ from, to: ref.id, type: ref.type ?? 'finish-to-start', lag: lag.ok ? lag.value : 0, path: [...path, index, 'id'], milestone });
    });
  }

  /** Shares in `{ infra: 70%, devex: 30% }` must add up to 100%, or effort would vanish or double. */
  private owners(owner: InitiativeInput['owner'] | undefined, path: Path): OwnerShare[] {
    const shares = ownerShares(owner, path);
    const total = shares.reduce((sum, share) => sum + share.share, 0);
    if (shares.length > 0 && Math.abs(total - 1) > 1e-9) {
      this.findings.push({ code: 'RP104', message: `The owners' shares add up to ${Math.round(total * 100)}%, not 100%, so ${Math.round(Math.abs(total - 1) * 100)}% of the effort would be ${total < 1 ? 'lost' : 'counted twice'}.`, span: this.locator.span(path) });
    }
    return shares;
  }

  private effort(value: string | number | undefined, path: Path) {
    const effort = parseEffort(value);
    if (effort && effort.low > effort.high) {
      this.findings.push({ code: 'RP104', message: `Effort \`${String(value)}\` has its low end above its high end; write it as \`${effort.high}-${effort.low}\`.`, span: this.locator.span(path) });
      return { low: effort.high, high: effort.low };
    }
    return effort;
  }

  private span(text: string, path: Path, calendar = this.calendar): WeekSpan | undefined {
    const result = this.memoized('span', text, calendar, parseSpan);
    if (result.ok) return result.value;
    this.findings.push({ code: 'RP103', message: `\`${String(path[path.length - 1])}\`: ${result.message}`, span: this.locator.span(path) });
    return undefined;
  }

  private point(text: string, path: Path, calendar = this.calendar): WeekIndex | undefined {
    const result = this.memoized('point', text, calendar, parsePoint);
    if (result.ok) return result.value;
    this.findings.push({ code: 'RP103', message: `\`${String(path[path.length - 1])}\`: ${result.message}`, span: this.locator.span(path) });
    return undefined;
  }

  /** Parsed times are remembered per document (results are never mutated). */
  private memoized<T>(kind: string, text: string, calendar: Calendar, parse: (text: string, calendar: Calendar) => Parsed<T>): Parsed<T> {
    return this.cache.times.get(`${kind}|${calendar.fiscalYearStart}|${text}`, () => parse(text, calendar)) as Parsed<T>;
  }

  /** Times that no check reads still have to be real times. */
  private checkOtherTimes(input: Partial<PackInput>): void {
    input.open_questions?.forEach((question, index) => question.due && this.point(question.due, ['open_questions', index, 'due']));
    input.strategy?.non_goals?.forEach((goal, index) => goal.revisit && this.point(goal.revisit, ['strategy', 'non_goals', index, 'revisit']));
  }
}

/** The path and calendar of an item's place. */
function placeOf(place: EntityPlace): [Path, Calendar] {
  return [[place.list, place.index], { fiscalYearStart: place.fiscalYearStart }];
}

/** Appends in a loop: a spread of 100,000 arguments overflows the stack. */
function pushAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

/** Whether a piece's findings all lie in it, and so may be moved with it when it is reused. */
function allWithin(findings: readonly Finding[], chunk: ParsedChunk): boolean {
  for (const finding of findings) if (!findingWithin(finding, chunk.base, chunk.base + chunk.source.length)) return false;
  return true;
}

/** Adds a reused piece's findings, moved from where the piece stood to `base`. */
function pushShifted(findings: Finding[], placed: Placed<unknown>, base: number | undefined): void {
  const by = (base ?? placed.base) - placed.base;
  for (const finding of placed.findings) findings.push(shiftFinding(finding, by));
}

function ownerShares(owner: InitiativeInput['owner'] | undefined, path: Path): OwnerShare[] {
  if (owner === undefined) return [];
  if (typeof owner === 'string') return [{ name: owner, share: 1, path }];
  if (Array.isArray(owner)) return owner.map((name, index) => ({ name, share: 1 / owner.length, path: [...path, index] }));
  return Object.entries(owner).map(([name, share]) => ({ name, share: parsePercent(share) ?? 0, path: [...path, name] }));
}

function edgesOf(lists: readonly (readonly (Initiative | Gate)[])[]): Edge[] {
  const edges: Edge[] = [];
  for (const list of lists) for (const entity of list) pushAll(edges, entity.edges);
  return edges;
}

/** Most entities an edit may replace for the id index to be patched rather than rebuilt. */
const MOST_PATCHED = 256;

/** The entities at the same place in both versions that are not the same objects; undefined when the lists differ in length or too many differ. */
function replacedEntities(before: readonly (readonly Entity[])[], after: readonly (readonly Entity[])[]): [Entity, Entity][] | undefined {
  const replaced: [Entity, Entity][] = [];
  for (let list = 0; list < after.length; list++) {
    if (before[list].length !== after[list].length) return undefined;
    for (let i = 0; i < after[list].length; i++) {
      if (before[list][i] === after[list][i]) continue;
      if (replaced.length === MOST_PATCHED) return undefined;
      replaced.push([before[list][i], after[list][i]]);
    }
  }
  return replaced;
}

function firstLine(text: string) {
  const newline = text.indexOf('\n');
  return { start: 0, end: newline === -1 ? text.length : newline };
}
