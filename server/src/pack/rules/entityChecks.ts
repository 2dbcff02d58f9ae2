import type { PackAnalysis } from '../analysis';
import { EntityFindings, EntityResult } from '../cache/entityFindings';
import { sameData } from '../cache/sameData';
import type { Finding } from '../diagnostic';
import type { Edge, Entity, Gate, Initiative, PackModel, Team } from '../model/types';
import type { Path } from '../parse/nodeLoc';
import type { Span } from '../text/lineIndex';
import { KnownChange, TextChange, changeBetween } from '../text/textChange';
import { WeekIndex, WeekSpan, parseIsoDate, weekOfDate } from '../time';
import { newlineOf } from '../text/format';
import { FactRecorder, HORIZON, IDS, NEWLINE, TEAMS, TEAM_LIST, TODAY, idFact, teamListShape, tooManyToSuggest } from './entityFacts';
import type { EntityContext, EntityLists, Rule } from './rule';

type Check = (entity: Entity, context: EntityContext) => Finding[];
type ListName = keyof EntityLists;
const LISTS: readonly ListName[] = ['initiatives', 'gates', 'risks', 'dependencies', 'goals', 'tradeoffs'];
type Lists = Record<ListName, readonly Entity[]>;

/** More entities changed at once than this, and the check starts over: a paste, a rename, a reformat. */
const MOST_CHANGED = 256;

/**
 * What the rules' per-entity parts (`Rule.each`) keep for the next check of
 * one document (part of CheckCache): each entity's findings and what they
 * read, and the facts of the last check that this one is compared with.
 */
export class EntityFindingCache {
  store = new EntityFindings<Entity>();
  last?: { text: string; config: string; lists: Lists; teams: readonly Team[]; horizon: WeekSpan | undefined; today: WeekIndex | undefined; cycleEdges: ReadonlySet<Edge>; teamList?: string; newline?: string; noSuggestions: boolean };
}

/**
 * Runs the per-entity parts of the rules on every entity the last check did
 * not already answer for. An entity that is the same object as then (its
 * text was not re-parsed, its place is the same) keeps its findings, moved
 * through the edit, unless a fact it read changed: the entity an id names,
 * the ids, the teams, the horizon, today's week, the cycles through its own edges. On a
 * keystroke that is the edited entity and the few that read it.
 */
export function entityFindings(rules: readonly Rule[], model: PackModel, analysis: PackAnalysis, span: (path: Path, part?: 'key' | 'value') => Span, cache: EntityFindingCache, known?: KnownChange, today?: string, inPortfolio = false): Finding[] {
  const checks = checksByList(rules);
  // Checked in a portfolio or alone, a qualified reference is read differently (RP202): every entity again.
  const config = `${rules.map((rule) => rule.code).join()}${inPortfolio ? '|portfolio' : ''}`;
  const teams = analysis.teams.teams;
  const lists: Lists = { initiatives: model.initiatives, gates: model.gates, risks: model.risks, dependencies: model.dependencies, goals: model.goals, tradeoffs: model.tradeoffs };
  const cycleEdges = new Set(analysis.cycleEdges.map((cycle) => cycle.edge));
  const day = today === undefined ? undefined : parseIsoDate(today);
  const todayWeek = day === undefined ? undefined : weekOfDate(day, model.calendar);
  const recorder = new FactRecorder(model, analysis, span, cycleEdges, todayWeek);
  const check = (entity: Entity, list: ListName): EntityResult => recorder.run(entity, checks[list]);
  const last = cache.last;
  const change = last && last.config === config ? (known?.before === last.text && known.after === model.parsed.text ? known.change : changeBetween(last.text, model.parsed.text)) : undefined;
  const teamList = last?.teamList !== undefined ? teamListShape(model.parsed) : undefined;
  // Found only while some finding's edit writes line breaks: it reads the whole text.
  const newline = last?.newline !== undefined ? newlineOf(model.parsed.text) : undefined;
  const noSuggestions = tooManyToSuggest(analysis);
  const affected = last && change ? affectedEntities(cache, { lists, model, teams, change, cycleEdges, teamList, newline, noSuggestions, todayWeek }) : undefined;
  if (affected) {
    for (const [entity, list] of affected) cache.store.set(entity, check(entity, list));
  } else {
    cache.store = new EntityFindings<Entity>();
    for (const list of LISTS) for (const entity of lists[list]) cache.store.set(entity, check(entity, list));
  }
  cache.last = { text: model.parsed.text, config, lists, teams, horizon: model.horizon, today: todayWeek, cycleEdges, teamList: teamList ?? (recorder.readTeamList ? teamListShape(model.parsed) : undefined), newline: newline ?? (recorder.readNewline ? newlineOf(model.parsed.text) : undefined), noSuggestions };
  return cache.store.all();
}

function checksByList(rules: readonly Rule[]): Record<ListName, Check[]> {
  const byList = {} as Record<ListName, Check[]>;
  for (const list of LISTS) byList[list] = rules.flatMap((rule) => (rule.each?.[list] ? [rule.each[list] as Check] : []));
  return byList;
}

/** What this check compares with the last one. */
interface ThisCheck {
  lists: Lists;
  model: PackModel;
  /** The teams owners resolve to: the pack's, then its portfolio's. */
  teams: readonly Team[];
  change: TextChange;
  cycleEdges: ReadonlySet<Edge>;
  teamList: string | undefined;
  newline: string | undefined;
  noSuggestions: boolean;
  todayWeek: WeekIndex | undefined;
}

/**
 * The entities to check again, with their lists; undefined when so much
 * changed that starting over is simpler (a list grew or shrank, many items
 * changed at once). Replaced entities leave the store on the way.
 */
function affectedEntities(cache: EntityFindingCache, { lists, model, teams, change, cycleEdges, teamList, newline, noSuggestions, todayWeek }: ThisCheck): Map<Entity, ListName> | undefined {
  const last = cache.last!;
  const listOf = new Map<Entity, ListName>();
  const changedFacts = new Set<string>();
  for (const list of LISTS) {
    const [before, now] = [last.lists[list], lists[list]];
    if (before.length !== now.length) return undefined;
    for (let i = 0; i < now.length; i++) {
      if (before[i] === now[i]) continue;
      if (listOf.size >= MOST_CHANGED) return undefined;
      listOf.set(now[i], list);
      changedFacts.add(idFact(before[i].id)).add(idFact(now[i].id));
      if (before[i].id !== now[i].id) changedFacts.add(IDS);
      cache.store.delete(before[i]);
    }
  }
  // By value: a teams list written as one flow sequence is rebuilt on every check.
  if (!sameData(teams, last.teams)) changedFacts.add(TEAMS);
  if (!sameData(model.horizon, last.horizon)) changedFacts.add(HORIZON);
  if (todayWeek !== last.today) changedFacts.add(TODAY);
  if (last.teamList !== teamList) changedFacts.add(TEAM_LIST);
  if (last.newline !== newline) changedFacts.add(NEWLINE);
  if (last.noSuggestions !== noSuggestions) changedFacts.add(IDS);
  const again = new Set<Entity>(listOf.keys());
  cache.store.readersOf(changedFacts, again);
  for (const entity of cache.store.move(change)) again.add(entity);
  for (const owner of ownersOfEdgesLeavingOrJoiningCycles(lists, last.cycleEdges, cycleEdges)) again.add(owner);
  const affected = new Map<Entity, ListName>();
  for (const entity of again) affected.set(entity, listOf.get(entity) ?? listNameOf(entity));
  return affected;
}

/** The entities with an edge that is on a cycle now and was not at the last check, or the other way round. */
function ownersOfEdgesLeavingOrJoiningCycles(lists: Lists, before: ReadonlySet<Edge>, now: ReadonlySet<Edge>): Entity[] {
  const moved = new Set<Edge>();
  for (const edge of now) if (!before.has(edge)) moved.add(edge);
  for (const edge of before) if (!now.has(edge)) moved.add(edge);
  if (moved.size === 0) return [];
  const owners: Entity[] = [];
  for (const entity of [...lists.initiatives, ...lists.gates] as (Initiative | Gate)[]) if (entity.edges.some((edge) => moved.has(edge))) owners.push(entity);
  return owners;
}

const LIST_OF_KIND: Readonly<Record<Entity['kind'], ListName>> = { initiative: 'initiatives', gate: 'gates', risk: 'risks', dependency: 'dependencies', goal: 'goals', tradeoff: 'tradeoffs' };

function listNameOf(entity: Entity): ListName {
  return LIST_OF_KIND[entity.kind];
}
