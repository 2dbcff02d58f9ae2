import type { PackAnalysis } from '../analysis';
import type { PackResult } from '../checkPack';
import type { Team } from '../model/types';
import type { CheckOptions } from '../options';
import { formatQuarter, formatWeek } from '../time';
import { ForecastOptions, forecastPack } from '../forecast';
import { checkScenario } from './applyScenario';

/** A team's most loaded quarter and week: utilisation is load ÷ capacity (Infinity: load with no capacity). */
export interface TeamPeak {
  id: string;
  name: string;
  quarter?: { quarter: string; utilisation: number };
  week?: { week: string; utilisation: number };
}

/** A gate's forecast P80 (the week it is decided by in 80% of runs), when the host forecasts. */
export interface GateFigure {
  id: string;
  title: string;
  p80?: string;
}

/** One plan's figures in the side-by-side table: the baseline's (`scenario` undefined) or a scenario's. */
export interface PlanFigures {
  scenario?: string;
  title: string;
  errors: number;
  warnings: number;
  teams: TeamPeak[];
  gates: GateFigure[];
}

/**
 * The baseline and every scenario's figures, each scenario checked cold from
 * the baseline's model (scenario/applyScenario.ts) with the same options.
 * With `forecast`, each plan is forecast with those runs and seed for its gates' P80.
 */
export function compareScenarios(baseline: PackResult, options: Partial<CheckOptions> = {}, forecast?: ForecastOptions): PlanFigures[] {
  const plans = [planFigures(baseline, undefined, 'baseline', forecast)];
  for (const scenario of baseline.model.scenarios) {
    const result = checkScenario(baseline.model, scenario.id, options);
    if (result) plans.push(planFigures(result, scenario.id, scenario.title, forecast));
  }
  return plans;
}

export function planFigures(result: PackResult, scenario?: string, title = 'baseline', forecast?: ForecastOptions): PlanFigures {
  const count = (severity: string) => result.diagnostics.filter((diagnostic) => diagnostic.severity === severity).length;
  const teams = result.model.teams.map((team) => teamPeak(result.analysis, team));
  const p80 = forecast ? gateP80s(result, forecast) : new Map<string, string>();
  const gates = result.model.gates.map((gate): GateFigure => ({ id: gate.id, title: gate.title, ...(p80.has(gate.id) ? { p80: p80.get(gate.id) } : {}) }));
  return { scenario, title, errors: count('error'), warnings: count('warning'), teams, gates };
}

/** Each forecast gate's P80 week, by id. */
function gateP80s(result: PackResult, forecast: ForecastOptions): Map<string, string> {
  const items = forecastPack(result.model, forecast).items.filter((item) => item.kind === 'gate');
  return new Map(items.map((item) => [item.id, formatWeek(item.p80)]));
}

function teamPeak(analysis: PackAnalysis, team: Team): TeamPeak {
  const peak: TeamPeak = { id: team.id, name: team.name };
  const load = analysis.loads.get(team);
  if (!load) return peak;
  for (const quarter of analysis.quarterLoads(team)) {
    const utilisation = ratio(quarter.load, quarter.capacity);
    if (!peak.quarter || utilisation > peak.quarter.utilisation) peak.quarter = { quarter: formatQuarter(quarter.quarter), utilisation };
  }
  for (let index = 0; index < load.load.length; index++) {
    const utilisation = ratio(load.load[index], load.capacity[index]);
    if (!peak.week || utilisation > peak.week.utilisation) peak.week = { week: formatWeek(load.firstWeek + index), utilisation };
  }
  return peak;
}

function ratio(load: number, capacity: number): number {
  if (capacity > 0) return load / capacity;
  return load > 0 ? Infinity : 0;
}
