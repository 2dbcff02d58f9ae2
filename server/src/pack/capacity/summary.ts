import type { PackAnalysis } from '../analysis';
import { effortAt } from '../model/values';
import { formatQuarter } from '../time';
import { weeklyCapacity } from './teamCapacity';

export interface CapacitySummary {
  /** Engineer-weeks all teams have for planned work over the horizon. */
  available: number;
  /** Summed effort of every initiative not cut, at each end of the ranges. */
  planned: { low: number; mid: number; high: number };
  /** planned ÷ available (undefined without capacity). */
  utilisation: { low: number; high: number } | undefined;
  teams: { id: string; name: string; quarters: { quarter: string; load: number; capacity: number }[] }[];
}

/** The pack's capacity model in figures, as the seed states it ("54–72 of 187.2 engineer-weeks"). */
export function capacitySummary(analysis: PackAnalysis): CapacitySummary {
  const { model } = analysis;
  const live = model.initiatives.filter((initiative) => initiative.status !== 'cut' && initiative.effort);
  const sum = (estimate: 'low' | 'mid' | 'high') => live.reduce((total, initiative) => total + effortAt(initiative.effort!, estimate), 0);
  const planned = { low: sum('low'), mid: sum('mid'), high: sum('high') };
  let available = 0;
  if (model.horizon) {
    for (const team of model.teams) {
      for (let week = model.horizon.first; week <= model.horizon.last; week++) available += weeklyCapacity(team, week, analysis.ifHired);
    }
  }
  const teams = model.teams.map((team) => {
    const load = analysis.loads.get(team);
    const quarters = load ? analysis.quarterLoads(team).map((q) => ({ quarter: formatQuarter(q.quarter), load: q.load, capacity: q.capacity })) : [];
    return { id: team.id, name: team.name, quarters };
  });
  const utilisation = available > 0 ? { low: planned.low / available, high: planned.high / available } : undefined;
  return { available, planned, utilisation, teams };
}
