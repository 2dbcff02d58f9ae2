import type { TeamInputs } from '../capacity/capacityInputs';
import { LoadPartsReuse } from '../capacity/loadPartsReuse';
import type { TeamAnalysis } from '../capacity/teamAnalysis';
import { TeamReuse } from '../capacity/teamReuse';
import { CycleReuse } from '../graph/cycleReuse';
import { EdgeTargetCounts } from '../graph/edgeTargets';
import { ModelCache } from '../model/modelCache';
import type { ParseFacts, ParsedPack } from '../parse/parsePack';
import { EntityFindingCache } from '../rules/entityChecks';
import type { DirectiveSites } from '../suppress/suppressions';
import type { LineIndex } from '../text/lineIndex';
import type { KnownChange } from '../text/textChange';
import { FindingsMemo } from './findingsMemo';

/**
 * What the checks of one document keep for its next check. The host owns one
 * per document (the language server's store entry) and drops it with the
 * document; a check given none starts cold, and nothing is shared between
 * documents or kept by the core itself.
 */
export class CheckCache {
  /** The last parse, whose unchanged pieces the next parse reuses. */
  parsed: ParsedPack | undefined;
  /** The last parse's split and size, which the next parse derives its own from and the edit. */
  parseFacts: ParseFacts | undefined;
  /** The last check's line index and suppression comment sites, derived the same way. */
  lines: LineIndex | undefined;
  directiveSites: DirectiveSites | undefined;
  /** The edit from the last parse's text to this one's, found once for everything derived through it. */
  change: KnownChange | undefined;
  readonly model = new ModelCache();
  readonly cycles = new CycleReuse();
  readonly edgeTargets = new EdgeTargetCounts();
  /** Each team's capacity analysis (undefined: no planned work), by team position. */
  readonly capacity = new TeamReuse<TeamInputs, TeamAnalysis | undefined>();
  /** Each initiative's load parts, the part of the capacity inputs it contributes. */
  readonly loadParts = new LoadPartsReuse();
  /** Each team's capacity findings per rule, reused while what they are worded from is the same. */
  readonly teamFindings = new FindingsMemo();
  /** The findings of the rules' per-entity parts, per entity. */
  readonly entityFindings = new EntityFindingCache();
}

/** The part of the cache the shared analyses use. */
export type AnalysisCache = Pick<CheckCache, 'cycles' | 'edgeTargets' | 'capacity' | 'loadParts' | 'teamFindings' | 'change'>;
