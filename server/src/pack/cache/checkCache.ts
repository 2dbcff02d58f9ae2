import type { CapacityInputs, PlannedWork, WorkPlace } from '../capacity/capacityInputs';
import type { LoadOf, LoadPart, QuarterLoadOf } from '../capacity/loads';
import { CycleReuse } from '../graph/cycleReuse';
import { EdgeTargetCounts } from '../graph/edgeTargets';
import { ModelCache } from '../model/modelCache';
import type { ParseFacts, ParsedPack } from '../parse/parsePack';
import { EntityFindingCache, KnownChange } from '../rules/entityChecks';
import type { DirectiveSites } from '../suppress/suppressions';
import type { LineIndex } from '../text/lineIndex';
import { ItemReuse } from './itemReuse';
import { Reuse } from './reuse';

/** The capacity analysis as it is reused: loads per team position, quarters filled in when first asked for. */
export interface CapacityAnalysis {
  loads: (LoadOf<LoadPart> | undefined)[];
  quarters: (QuarterLoadOf<LoadPart>[] | undefined)[];
}

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
  readonly capacity = new Reuse<CapacityInputs, CapacityAnalysis>();
  /** Each initiative's planned work, the part of the capacity inputs it contributes. */
  readonly plannedWork = new ItemReuse<WorkPlace, PlannedWork | undefined>();
  /** Each planned work's load parts, one per owner. */
  readonly loadParts = new WeakMap<PlannedWork, LoadPart[]>();
  /** The findings of the rules' per-entity parts, per entity. */
  readonly entityFindings = new EntityFindingCache();
}

/** The part of the cache the shared analyses use. */
export type AnalysisCache = Pick<CheckCache, 'cycles' | 'edgeTargets' | 'capacity' | 'plannedWork' | 'loadParts'>;
