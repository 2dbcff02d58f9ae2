import type { Entity, PackModel } from '../model/types';
import type { Path } from '../parse/nodeLoc';
import { packSchema } from '../schema/packSchema';
import { describe, enumValues, objectKeys, schemaAt } from '../schema/schemaWalk';
import { formatDateLong, formatWeek, weekDates, WeekIndex, firstWeekOfQuarter, quarterOfWeek } from '../time';
import { commentStart } from './lineComments';
import { enclosingItem } from './nodeAt';
import { reachableFrom } from './reachability';
import { Template, templateSpotAt, templatesFor } from './templates';
import { YamlContext, yamlContextAt } from './yamlContext';

export type CandidateKind = 'initiative' | 'gate' | 'dependency' | 'goal' | 'team' | 'value' | 'time' | 'key' | 'template';

export interface Candidate {
  label: string;
  kind: CandidateKind;
  detail?: string;
  documentation?: string;
  /** What is inserted, when not the label; for a `template`, in VS Code snippet syntax. */
  insertText?: string;
  /** What typing matches, when more than the label (an id's title too, so "Order que" finds queue-throttle). */
  filterText?: string;
  /** Shown beside the label on every row, not only the highlighted one (an id's title). */
  description?: string;
  /** Sorts after the rest (e.g. a choice that would close a cycle). */
  discouraged?: boolean;
}

/** The other packs of the portfolio the pack is in: the entities of the kinds asked, each with the qualified id (`name:id`) the pack would write. */
export interface OtherPacks {
  entities(kinds: ReadonlySet<string>): { id: string; entity: Entity; packName: string }[];
}

export interface Completions {
  candidates: Candidate[];
  /** The text the chosen candidate replaces. */
  replace: { start: number; end: number };
}

const TIME_KEYS: ReadonlySet<string> = new Set(['when', 'at', 'needed_by', 'due', 'review', 'revisit', 'from']);

/**
 * What may be typed at the offset: ids where ids go (cycle-closing choices
 * flagged), teams for owners, allowed values for enums, nearby quarter-weeks
 * for times, the keys valid in the enclosing mapping with their docs, and the
 * templates (the host's snippets) that fit: the whole pack in an empty
 * document, an item where a list takes a new item, never in a value.
 */
export function completionsAt(model: PackModel, text: string, offset: number, today: WeekIndex, templates: readonly Template[] = [], others?: OtherPacks): Completions {
  const context = yamlContextAt(text, offset);
  const replace = { start: context.prefixStart, end: offset };
  if (inComment(text, offset)) return { candidates: [], replace: { start: offset, end: offset } };
  if (others && context.typing === 'value') {
    const qualifier = qualifierBefore(text, context.prefixStart);
    const [reference] = referenceKinds(model, context);
    // `platform:re`: the include name is typed, so the chosen id replaces it too, and only other packs' ids fit.
    if (qualifier !== undefined && reference) return { candidates: qualifiedCandidates(others, reference.kinds, context.listed), replace: { start: qualifier, end: offset } };
  }
  const candidates = context.typing === 'key' ? keyCandidates(context.path) : valueCandidates(model, context, today, others);
  const spot = templateSpotAt(text, offset, context.path);
  if (!spot) return { candidates, replace };
  const fitting = templatesFor(spot, templates).map(templateCandidate);
  // An empty file wants the whole pack first; beside ids or keys, an item template comes last.
  return { candidates: spot.place === 'file' ? [...fitting, ...candidates] : [...candidates, ...fitting], replace };
}

function templateCandidate(template: Template): Candidate {
  return { label: template.prefix, kind: 'template', detail: template.name, documentation: template.description, insertText: template.body, filterText: `${template.prefix} ${template.name}` };
}

/** A planner writing prose after `#` wants no ids or keys pushed at them. */
function inComment(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const start = commentStart(text.slice(lineStart, offset));
  return start >= 0;
}

function keyCandidates(path: Path): Candidate[] {
  const schema = schemaAt(packSchema, path);
  return objectKeys(schema).map((key) => ({ label: key, kind: 'key', documentation: describe(schemaAt(packSchema, [...path, key])), insertText: `${key}: ` }));
}

/** The kinds of entity a reference field at the context takes, and the entity whose field it is (for cycles and relevance); none elsewhere. */
function referenceKinds(model: PackModel, context: YamlContext): { kinds: ReadonlySet<string>; self: Entity | undefined }[] {
  const key = context.key ?? '';
  if (key === 'depends_on' || key === 'after' || (key === 'id' && context.path.includes('depends_on'))) return [{ kinds: DEPENDENCY_KINDS, self: entityAt(model, context.prefixStart) }];
  if (key === 'affects') return [{ kinds: AFFECTED_KINDS, self: undefined }];
  if (key === 'serves') return [{ kinds: GOAL_KINDS, self: undefined }];
  return [];
}

const DEPENDENCY_KINDS: ReadonlySet<string> = new Set(['initiative', 'gate', 'dependency']);
const AFFECTED_KINDS: ReadonlySet<string> = new Set(['initiative', 'gate']);
const GOAL_KINDS: ReadonlySet<string> = new Set(['goal']);

/** Where `name:` starts when the value typed so far is an include name and a colon (`platform:re`), else undefined. */
function qualifierBefore(text: string, prefixStart: number): number | undefined {
  if (text[prefixStart - 1] !== ':') return undefined;
  const name = /[A-Za-z0-9._-]+$/.exec(text.slice(Math.max(0, prefixStart - 200), prefixStart - 1));
  return name ? prefixStart - 1 - name[0].length : undefined;
}

function valueCandidates(model: PackModel, context: YamlContext, today: WeekIndex, others?: OtherPacks): Candidate[] {
  const key = context.key ?? '';
  const [reference] = referenceKinds(model, context);
  if (reference) return [...idCandidates(model, reference.self, context.listed, reference.kinds), ...(others ? qualifiedCandidates(others, reference.kinds, context.listed) : [])];
  if (key === 'owner' || context.path.includes('owner') || key === 'contributors') return teamCandidates(model);
  if (TIME_KEYS.has(key) || (key === 'horizon' && context.path.length === 0)) return timeCandidates(model, today);
  const values = enumValues(schemaAt(packSchema, [...context.path, key]));
  return values.map((value) => ({ label: value, kind: 'value' }));
}

/** The other packs' entities of the given kinds, by qualified id, after the pack's own (a cycle through two packs is the portfolio's check's to find). */
function qualifiedCandidates(others: OtherPacks, kinds: ReadonlySet<string>, listed: string[]): Candidate[] {
  const already = new Set(listed);
  return others
    .entities(kinds)
    .filter(({ id }) => !already.has(id))
    .map(({ id, entity, packName }) => ({ label: id, kind: entity.kind as CandidateKind, detail: `${entity.kind} of the pack ${packName}: ${entity.title}`, filterText: `${id} ${entity.title}`, description: entity.title }));
}

/** Ids of the given kinds not yet in the list; for a dependency list, those that would close a cycle are flagged. */
function idCandidates(model: PackModel, self: Entity | undefined, listed: string[], kinds: ReadonlySet<string>): Candidate[] {
  const closesCycle = self ? reachableFrom(model, self.id, 'incoming') : new Set<string>();
  // A set: looked up once per id in the pack, a list as long as the pack's was quadratic.
  const already = new Set(listed);
  const entities = [...model.byId.values()].filter((entity) => kinds.has(entity.kind) && entity !== self && !already.has(entity.id));
  return rankByRelevance(entities, self).map((entity) => {
    const cycle = closesCycle.has(entity.id);
    return {
      label: entity.id,
      kind: entity.kind as CandidateKind,
      detail: cycle ? `${entity.title} (would create a dependency cycle)` : `${entity.kind}: ${entity.title}`,
      filterText: `${entity.id} ${entity.title}`,
      description: entity.title,
      discouraged: cycle,
    };
  });
}

/**
 * In a large pack an alphabetical list is useless: an initiative sharing an
 * owning team or the theme with the one being edited comes first, then the nearest in the
 * file. The sort is stable, so without a `self` the pack's order stays.
 */
function rankByRelevance(entities: Entity[], self: Entity | undefined): Entity[] {
  if (!self) return entities;
  const teams = new Set(ownersOf(self));
  const theme = themeOf(self);
  const related = (entity: Entity): boolean => ownersOf(entity).some((team) => teams.has(team)) || (theme !== undefined && themeOf(entity) === theme);
  const shares = (entity: Entity): number => (related(entity) ? 0 : 1);
  const distance = (entity: Entity): number => Math.abs(indexOf(entity) - indexOf(self)) + (entity.kind === self.kind ? 0 : 1e6);
  return entities
    .map((entity) => ({ entity, key: [shares(entity), distance(entity)] }))
    .sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1])
    .map(({ entity }) => entity);
}

function ownersOf(entity: Entity): string[] {
  return entity.kind === 'initiative' ? entity.owners.map((owner) => owner.name) : [];
}

function themeOf(entity: Entity): string | undefined {
  return entity.kind === 'initiative' && typeof entity.input.theme === 'string' ? entity.input.theme : undefined;
}

function indexOf(entity: Entity): number {
  return typeof entity.path[1] === 'number' ? entity.path[1] : 0;
}

/** The initiative or gate being edited at the offset. */
function entityAt(model: PackModel, offset: number): Entity | undefined {
  const [list, index] = enclosingItem(model.parsed, offset) ?? [];
  const pool = list === 'initiatives' ? model.initiatives : list === 'gates' ? model.gates : [];
  return pool.find((entity) => entity.path[1] === index);
}

function teamCandidates(model: PackModel): Candidate[] {
  return model.teams.map((team) => ({ label: team.id, kind: 'team', detail: team.name }));
}

/** This quarter's and next quarter's weeks, with their dates. */
function timeCandidates(model: PackModel, today: WeekIndex): Candidate[] {
  const first = firstWeekOfQuarter(quarterOfWeek(today));
  const candidates: Candidate[] = [];
  for (let week = first; week < first + 26; week++) {
    const dates = weekDates(week, model.calendar);
    candidates.push({ label: formatWeek(week), kind: 'time', detail: `${formatDateLong(dates.start)} – ${formatDateLong(dates.end)}` });
  }
  return candidates;
}
