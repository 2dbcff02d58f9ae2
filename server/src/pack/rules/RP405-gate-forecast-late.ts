import type { Finding } from '../diagnostic';
import type { ForecastItem, PackForecast } from '../forecast/forecastPack';
import type { Gate, PackModel } from '../model/types';
import { locate } from '../parse/parsePack';
import { formatWeek } from '../time';
import type { Rule } from './rule';

/**
 * Declared here like every rule, but it has no `check`: its findings come
 * from the forecast, which runs off the typing path (the server schedules it
 * after publishing; `check` runs it at once), through `gateForecastFindings`.
 */
export const gateForecastLate: Readonly<Rule<'RP405'>> = {
  code: 'RP405',
  name: 'gate-forecast-late',
  severity: 'information',
  summary: 'The forecast decides a gate by its `at` week in fewer than half of its runs.',
};

/** Under this share of runs decided by `at`, a gate is reported. */
export const GATE_ON_TIME_THRESHOLD = 0.5;

/** One finding per gate the forecast decides on time in under half the runs, at its `at`, naming what it waits for that ends late. */
export function gateForecastFindings(model: PackModel, forecast: PackForecast): Finding[] {
  const byId = new Map(forecast.items.map((item) => [item.id, item]));
  return model.gates.flatMap((gate) => {
    const item = byId.get(gate.id);
    return item?.kind === 'gate' && item.onTime < GATE_ON_TIME_THRESHOLD && model.byId.get(gate.id) === gate ? [finding(model, gate, item, byId, forecast.runs)] : [];
  });
}

function finding(model: PackModel, gate: Gate, item: ForecastItem, byId: ReadonlyMap<string, ForecastItem>, runs: number): Finding {
  // What it waits for that has not ended by the gate's week in 80% of runs: the reason to name.
  const lateEdges = gate.edges.filter((edge) => (byId.get(edge.to)?.p80 ?? Number.NEGATIVE_INFINITY) > item.planned);
  const late = lateEdges.map((edge) => {
    const waited = byId.get(edge.to)!;
    return { message: `${edge.to} ends by ${formatWeek(waited.p80)} in 80% of runs (planned ${formatWeek(waited.planned)})`, span: locate(model.parsed, edge.path) };
  });
  const why = lateEdges.length > 0 ? `: it waits for ${lateEdges.map((edge) => edge.to).join(', ')}` : '';
  // Floored: a chance of 49.6% must not read as the 50% it is under.
  const share = Math.floor(item.onTime * 100);
  return {
    code: 'RP405',
    message: `${gate.id} is decided by its week ${formatWeek(item.planned)} in only ${share}% of ${runs.toLocaleString('en-US')} forecast runs (P50 ${formatWeek(item.p50)}, P80 ${formatWeek(item.p80)})${why}.`,
    span: locate(model.parsed, [...gate.path, 'at']),
    related: late.length > 0 ? late : undefined,
  };
}
