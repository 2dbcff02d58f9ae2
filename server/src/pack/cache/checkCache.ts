import type { TeamInputs } from '../capacity/capacityInputs';
import { LoadPartsReuse } from '../capacity/loadPartsReuse';
import type { TeamAnalysis } from '../capacity/teamAnalysis';
import { TeamReuse } from '../capacity/teamReuse';
import type { CycleInputs, FoundCycle } from '../graph/cycles';
import { ModelCache } from '../model/modelCache';
import type { ParsedPack } from '../parse/parsePack';
import { Reuse } from './reuse';

/**
 * What the checks of one document keep for its next check. The host owns one
 * per document (the language server's store entry) and drops it with the
 * document; a check given none starts cold, and nothing is shared between
 * documents or kept by the core itself.
 */
export class CheckCache {
  /** The last parse, whose unchanged pieces the next parse reuses. */
  parsed: ParsedPack | undefined;
  readonly model = new ModelCache();
  readonly cycles = new Reuse<CycleInputs, FoundCycle[]>();
  /** Each team's capacity analysis (undefined: no planned work), by team position. */
  readonly capacity = new TeamReuse<TeamInputs, TeamAnalysis | undefined>();
  /** Each initiative's load parts, the part of the capacity inputs it contributes. */
  readonly loadParts = new LoadPartsReuse();
}

/** The part of the cache the shared analyses use. */
export type AnalysisCache = Pick<CheckCache, 'cycles' | 'capacity' | 'loadParts'>;
