import type { TeamInputs } from './capacityInputs';
import { LoadOf, LoadPart, QuarterLoadOf, teamLoad } from './loads';
import type { Misfit } from './misfits';
import type { OverloadedRun } from './overloads';

/**
 * One team's capacity analysis as it is reused while the team's inputs are
 * the same: its weekly load, and what rules derive from that load alone,
 * each filled in when first asked for (PackAnalysis).
 */
export interface TeamAnalysis {
  inputs: TeamInputs;
  load: LoadOf<LoadPart>;
  quarters?: QuarterLoadOf<LoadPart>[];
  overloads?: OverloadedRun<LoadPart>[];
  misfits?: Misfit<LoadPart>[];
}

/** Undefined for a team with no planned work. */
export function analyseTeam(inputs: TeamInputs): TeamAnalysis | undefined {
  return inputs.parts.length === 0 ? undefined : { inputs, load: teamLoad(inputs) };
}
