import type { PackAnalysis } from '../analysis';
import type { EntityResult } from '../cache/entityFindings';
import type { Finding } from '../diagnostic';
import type { Edge, Entity, EntityKind, PackModel } from '../model/types';
import { appendTeamEdit, insertKeysEdit } from '../navigate/listEdits';
import type { Path } from '../parse/nodeLoc';
import type { ParsedPack } from '../parse/parsePack';
import { newlineOf } from '../text/format';
import type { Span } from '../text/lineIndex';
import type { WeekIndex } from '../time';
import type { EntityContext } from './rule';

/**
 * The facts a per-entity check can read besides its entity, by key (see
 * EntityFindings). Which entity an id names is keyed by the id itself; the
 * others start with a NUL, which ids do not hold (and if one did, the two
 * would only ever be re-checked together: a collision costs time, never a
 * wrong answer).
 */
export const IDS = '\u0000ids';
export const TEAMS = '\u0000teams';
export const HORIZON = '\u0000horizon';
export const TEAM_LIST = '\u0000team-list';
/** Today's week in the pack's calendar (the host's date: it moves at midnight, or with the calendar). */
export const TODAY = '\u0000today';
/** The line break new lines are written with (`newlineOf`), read by edits that insert lines. */
export const NEWLINE = '\u0000newline';

/** Which entity the id names. */
export function idFact(id: string): string {
  return id;
}

/**
 * Runs an entity's checks with a context that records every fact they read,
 * so that the next check knows exactly when their findings go stale.
 */
export class FactRecorder {
  /** Whether any check this time read the shape of the teams list. */
  readTeamList = false;
  /** Whether any check this time made an edit that writes line breaks. */
  readNewline = false;
  /** The ids per set of kinds asked for, gathered once per check. */
  private readonly idsOf = new Map<ReadonlySet<EntityKind>, string[]>();
  private goalIdList?: string[];
  private newline?: '\r\n' | '\n';

  constructor(
    private readonly model: PackModel,
    private readonly analysis: PackAnalysis,
    private readonly span: (path: Path, part?: 'key' | 'value') => Span,
    private readonly cycleEdges: ReadonlySet<Edge>,
    private readonly todayWeek: WeekIndex | undefined,
  ) {}

  run(entity: Entity, checks: readonly ((entity: Entity, context: EntityContext) => Finding[])[]): EntityResult {
    const reads = new Set<string>();
    const context = this.context(reads);
    const findings: Finding[] = [];
    for (const check of checks) for (const finding of check(entity, context)) findings.push(finding);
    return { findings, reads: [...reads] };
  }

  private context(reads: Set<string>): EntityContext {
    const { model, analysis } = this;
    return {
      span: this.span,
      entity: (id) => {
        reads.add(idFact(id));
        return model.byId.get(id);
      },
      ids: (kinds: ReadonlySet<EntityKind>) => {
        reads.add(IDS);
        if (tooManyToSuggest(analysis)) return [];
        let ids = this.idsOf.get(kinds);
        if (!ids) this.idsOf.set(kinds, (ids = [...model.byId.values()].filter((entity) => kinds.has(entity.kind)).map((entity) => entity.id)));
        return ids;
      },
      teams: () => {
        reads.add(TEAMS);
        return analysis.teams;
      },
      // No fact: checked in a portfolio or not is part of the check's configuration (entityChecks.ts).
      inPortfolio: () => analysis.portfolio !== undefined,
      horizon: () => {
        reads.add(HORIZON);
        return model.horizon;
      },
      today: () => {
        reads.add(TODAY);
        return this.todayWeek;
      },
      // Only an entity's own edges are asked about; when their membership changes, the entity is checked again.
      onCycle: (edge) => this.cycleEdges.has(edge),
      teamListEdit: (item) => {
        reads.add(TEAMS).add(TEAM_LIST);
        this.readTeamList = true;
        return appendTeamEdit(model.parsed, item);
      },
      // Any change to a goal's id changes IDS, and a goal added or removed starts the check over.
      goalIds: () => {
        reads.add(IDS);
        return (this.goalIdList ??= [...new Set(model.goals.map((goal) => goal.id))].filter((id) => id !== ''));
      },
      insertKeysEdit: (mapPath, entries) => {
        reads.add(NEWLINE);
        this.readNewline = true;
        return insertKeysEdit(model.parsed, mapPath, entries, (this.newline ??= newlineOf(model.parsed.text)));
      },
    };
  }
}

/**
 * "Did you mean" compares a missing id with every id: past this many
 * references to ids nothing defines, the file is broken more widely than a
 * typo, and suggesting for each would cost the pack's size squared.
 */
export const MOST_SUGGESTED = 100;

export function tooManyToSuggest(analysis: PackAnalysis): boolean {
  return analysis.unresolvedReferences > MOST_SUGGESTED;
}

/**
 * What appending a team reads besides the teams' values: whether there is a
 * `teams:` entry and its text as written (the last item's line and
 * indentation), the line breaks in use and how the text ends.
 */
export function teamListShape(parsed: ParsedPack): string {
  const teams = parsed.entries.get('teams');
  const written = teams ? [teams.header.source, ...teams.items.map((item) => item.source)].join('\u0000') : '';
  return `${teams !== undefined}|${newlineOf(parsed.text)}|${parsed.text.endsWith('\n')}|${written}`;
}
