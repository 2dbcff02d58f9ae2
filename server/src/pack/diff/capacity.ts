import type { PackResult } from '../checkPack';
import { round1 } from '../text/format';
import { formatQuarter } from '../time';
import type { CapacityChange } from './types';

/** A move smaller than this (in percentage points) is noise from rounding, not a change to report. */
export const CAPACITY_THRESHOLD = 1;

interface Utilisation {
  team: string;
  teamName: string;
  quarter: string;
  percent: number;
}

/**
 * Each team's utilisation per quarter (load ÷ capacity, the capacity model's
 * figures that RP501/RP502 read) on both sides, teams matched by id; a
 * quarter without load on one side counts 0% there. Kept where it moved by at
 * least one point. A quarter of no capacity has no percentage and is left out
 * (RP501 says it is over).
 */
export function capacityChanges(before: PackResult | undefined, after: PackResult | undefined): CapacityChange[] {
  const old = utilisations(before);
  const now = utilisations(after);
  const changes: CapacityChange[] = [];
  const keys = [...now.keys(), ...[...old.keys()].filter((key) => !now.has(key))];
  for (const key of keys) {
    const [was, is] = [old.get(key), now.get(key)];
    const beforePercent = was?.percent ?? 0;
    const afterPercent = is?.percent ?? 0;
    if (Math.abs(afterPercent - beforePercent) < CAPACITY_THRESHOLD) continue;
    const { team, teamName, quarter } = (is ?? was)!;
    changes.push({ team, teamName, quarter, before: round1(beforePercent), after: round1(afterPercent) });
  }
  return changes;
}

function utilisations(result: PackResult | undefined): Map<string, Utilisation> {
  const byKey = new Map<string, Utilisation>();
  if (!result) return byKey;
  for (const team of result.analysis.loads.keys()) {
    for (const quarter of result.analysis.quarterLoads(team)) {
      if (quarter.capacity <= 0) continue;
      const key = `${team.id}\n${quarter.quarter}`;
      if (!byKey.has(key)) byKey.set(key, { team: team.id, teamName: team.name, quarter: formatQuarter(quarter.quarter), percent: (quarter.load / quarter.capacity) * 100 });
    }
  }
  return byKey;
}
