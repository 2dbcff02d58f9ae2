import type { PackAnalysis } from '../analysis';
import { formatQuarter } from '../time';

export interface CapacityHeadline {
  team: string;
  quarter: string;
  utilisation: number;
}

/** The most loaded team-quarter of the pack, for a status bar. */
export function capacityHeadline(analysis: PackAnalysis): CapacityHeadline | undefined {
  let best: CapacityHeadline | undefined;
  for (const team of analysis.loads.keys()) {
    for (const quarter of analysis.quarterLoads(team)) {
      const utilisation = quarter.capacity > 0 ? quarter.load / quarter.capacity : Infinity;
      if (!best || utilisation > best.utilisation) best = { team: team.name, quarter: formatQuarter(quarter.quarter), utilisation };
    }
  }
  return best;
}
