import type { PackAnalysis } from '../analysis';
import { EntityMemo } from '../cache/entityMemo';
import { sameData } from '../cache/sameData';
import type { TeamIndex } from '../capacity/teamIndex';
import type { Finding } from '../diagnostic';
import type { Edge, Entity, EntityKind, PackModel, Team } from '../model/types';
import { appendTeamEdit } from '../navigate/listEdits';
import type { Path } from '../parse/nodeLoc';
import { newlineOf } from '../text/format';
import type { Span } from '../text/lineIndex';
import type { WeekSpan } from '../time';
import type { EntityChecks, EntityContext, EntityLists, Rule } from './rule';

/** One thing a per-entity check read besides its entity, with the answer it got. */
export type Read =
  | { of: 'entity'; id: string; answer: Entity | undefined }
  | { of: 'ids' }
  | { of: 'teams' }
  | { of: 'horizon'; answer: WeekSpan | undefined }
  | { of: 'cycle'; edge: Edge; answer: boolean }
  | { of: 'teamList'; answer: string };

/** What the per-entity checks of one document keep for its next check (part of CheckCache). */
export class EntityFindingCache {
  readonly memo = new EntityMemo<Read[]>();
  /** The last check's ids (see PackFacts.currentIdKey) and teams, which this check's answers are compared with. */
  lastIdKey?: string;
  lastTeams?: readonly Team[];
}

const LISTS: readonly (keyof EntityLists)[] = ['initiatives', 'gates', 'risks', 'dependencies'];

/**
 * Runs the per-entity parts of the rules (`Rule.each`) on every entity. An
 * entity that is the same object as at the last check, and whose every read
 * answers as it did then, keeps its findings (moved to where they stand now);
 * the others are checked again. On a keystroke that is the edited entity and
 * the few that read it.
 */
export function entityFindings(rules: readonly Rule[], model: PackModel, analysis: PackAnalysis, span: (path: Path, part?: 'key' | 'value') => Span, cache: EntityFindingCache): Finding[] {
  const { memo } = cache;
  memo.begin(model.parsed.text, rules.map((rule) => rule.code).join());
  const facts = new PackFacts(model, analysis, cache);
  const findings: Finding[] = [];
  for (const list of LISTS) {
    const checks = rules.flatMap((rule) => (rule.each?.[list] ? [rule.each[list]!] : [])) as ((entity: Entity, context: EntityContext) => Finding[])[];
    if (checks.length === 0) continue;
    for (const entity of model[list] as Entity[]) {
      const found = memo.findings(entity, (reads) => facts.stillAnswer(reads), () => facts.check(entity, checks, span));
      for (const finding of found) findings.push(finding);
    }
  }
  facts.remember();
  return findings;
}

/** What this check's model answers to each kind of read, worked out once per check when first needed. */
class PackFacts {
  private sameIds?: boolean;
  private sameTeams?: boolean;
  private cycleEdges?: ReadonlySet<Edge>;
  private idKey?: string;
  private shape?: string;

  constructor(
    private readonly model: PackModel,
    private readonly analysis: PackAnalysis,
    private readonly cache: EntityFindingCache,
  ) {}

  check(entity: Entity, checks: ((entity: Entity, context: EntityContext) => Finding[])[], span: (path: Path, part?: 'key' | 'value') => Span): { findings: Finding[]; reads: Read[] } {
    const reads: Read[] = [];
    const context = this.contextRecording(reads, span);
    const findings: Finding[] = [];
    for (const check of checks) for (const finding of check(entity, context)) findings.push(finding);
    return { findings, reads };
  }

  stillAnswer(reads: readonly Read[]): boolean {
    for (const read of reads) if (!this.answersAgain(read)) return false;
    return true;
  }

  /** Keeps what the next check compares its ids and teams with. */
  remember(): void {
    if (this.idKey !== undefined) this.cache.lastIdKey = this.idKey;
    this.cache.lastTeams = this.model.teams;
  }

  private answersAgain(read: Read): boolean {
    switch (read.of) {
      case 'entity':
        return this.model.byId.get(read.id) === read.answer;
      case 'ids':
        return (this.sameIds ??= this.currentIdKey() === this.cache.lastIdKey);
      case 'teams':
        return (this.sameTeams ??= sameObjects(this.model.teams, this.cache.lastTeams));
      case 'horizon':
        return sameData(this.model.horizon, read.answer);
      case 'cycle':
        return this.onCycle(read.edge) === read.answer;
      case 'teamList':
        return (this.sameTeams ??= sameObjects(this.model.teams, this.cache.lastTeams)) && this.teamListShape() === read.answer;
    }
  }

  private contextRecording(reads: Read[], span: (path: Path, part?: 'key' | 'value') => Span): EntityContext {
    const { model, analysis } = this;
    return {
      span,
      entity: (id) => {
        const answer = model.byId.get(id);
        reads.push({ of: 'entity', id, answer });
        return answer;
      },
      ids: (kinds: ReadonlySet<EntityKind>) => {
        reads.push({ of: 'ids' });
        this.currentIdKey();
        return [...model.byId.values()].filter((entity) => kinds.has(entity.kind)).map((entity) => entity.id);
      },
      teams: (): TeamIndex => {
        reads.push({ of: 'teams' });
        return analysis.teams;
      },
      horizon: () => {
        reads.push({ of: 'horizon', answer: model.horizon });
        return model.horizon;
      },
      teamListEdit: (item) => {
        reads.push({ of: 'teams' }, { of: 'teamList', answer: this.teamListShape() });
        return appendTeamEdit(model.parsed, item);
      },
      onCycle: (edge) => {
        const answer = this.onCycle(edge);
        reads.push({ of: 'cycle', edge, answer });
        return answer;
      },
    };
  }

  /**
   * Besides the teams' own text, what appending a team reads: whether there is
   * a `teams:` entry, the line breaks in use and how the text ends.
   */
  private teamListShape(): string {
    const { text, entries } = this.model.parsed;
    return (this.shape ??= `${entries.has('teams')}|${newlineOf(text)}|${text.endsWith('\n')}`);
  }

  private onCycle(edge: Edge): boolean {
    this.cycleEdges ??= new Set(this.analysis.cycleEdges.map((cycle) => cycle.edge));
    return this.cycleEdges.has(edge);
  }

  /** Every entity's kind and id in order: the same key, the same answers to `ids` (and to "which is first"). */
  private currentIdKey(): string {
    return (this.idKey ??= [this.model.initiatives, this.model.gates, this.model.risks, this.model.dependencies].map((list) => list.map((entity) => entity.id).join('\u0000')).join('\u0001'));
  }
}

function sameObjects<T>(a: readonly T[], b: readonly T[] | undefined): boolean {
  if (!b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export type { EntityChecks };
