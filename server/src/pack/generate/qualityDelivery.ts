import type { PackResult } from '../checkPack';
import { capacitySummary } from '../capacity/summary';
import type { Initiative, PackModel } from '../model/types';
import { percentText } from '../model/values';
import type { MetricInput } from '../schema/packSchema';
import { isTbd } from '../strategy/completeness';
import { Criterion, checkCriterion, everyCriterion, gap } from './qualityTypes';
import { countOrNo } from '../text/format';
import { figure } from './text';

/** Capacity errors: a quarter over capacity, an initiative that cannot fit. */
const OVER: readonly string[] = ['RP501', 'RP504'];
/** No headroom or a schedule that does not hold: a quarter above warn_at, a run of weeks over capacity, a schedule conflict. */
const STRAIN: readonly string[] = ['RP502', 'RP503', 'RP401'];

/**
 * Feasibility and trade-offs: the plan fits the people there are, with room to spare.
 * 1. A capacity model: teams with engineers, and BAU reserved.
 * 2. The plan fits: capacity to compare with, no quarter over capacity (RP501),
 *    no initiative that cannot fit (RP504), and no error of any rule.
 * 3. Headroom and a schedule that holds: teams to measure it against, no
 *    quarter above `warn_at` (RP502), no run of weeks with more work than
 *    people (RP503: work can move inside a quarter, but as written a team at
 *    150% of a week is not feasible) and no schedule conflict (RP401).
 * 4. Trade-offs: at least one non-goal or trade-off, each non-goal with a
 *    rationale and each trade-off with its decision, rationale and mitigation
 *    (what RP806 asks of it).
 */
export function feasibilityCriteria(result: PackResult): { criteria: Criterion[]; notes: string[] } {
  const { model } = result;
  const coded = (codes: readonly string[]) => result.diagnostics.filter((diagnostic) => codes.includes(diagnostic.code));
  const [over, strain] = [coded(OVER), coded(STRAIN)];
  const criteria = [
    capacityModel(model),
    fits(result, over.map((d) => d.code)),
    checkCriterion('Headroom and a schedule that holds: no quarter above warn_at (RP502), no week over capacity (RP503), no schedule conflict (RP401)', model.teams.length > 0 && strain.length === 0, strainSummary(model, strain.map((d) => d.code))),
    everyCriterion('Trade-offs stated: at least one non-goal or trade-off, each with its rationale', 'non-goals and trade-offs stated', tradeoffsStated(model)),
  ];
  const notes = [...over, ...strain].map((d) => `${d.code}: ${d.message}`);
  return { criteria, notes };
}

/** The non-goals and the trade-offs, each with what it lacks: a non-goal its rationale, a trade-off any of decision, rationale, mitigation. */
function tradeoffsStated(model: PackModel) {
  const nonGoals = (model.input.strategy?.non_goals ?? []).map((goal, index) => ({ name: goal.item, path: ['strategy', 'non_goals', index], gaps: gap(goal.rationale, 'no rationale') }));
  const tradeoffs = model.tradeoffs.map((tradeoff) => ({
    name: tradeoff.title || tradeoff.id,
    path: tradeoff.path,
    gaps: (['decision', 'rationale', 'mitigation'] as const).flatMap((field) => gap(tradeoff.input[field], `no ${field}`)),
  }));
  return [...nonGoals, ...tradeoffs];
}

function capacityModel(model: PackModel): Criterion {
  const engineers = model.teams.reduce((sum, team) => sum + (team.headcount[0]?.count ?? 0), 0);
  const baus = model.teams.map((team) => team.bau);
  const bau = baus.length === 0 ? '' : Math.min(...baus) === Math.max(...baus) ? percentText(baus[0]) : `${percentText(Math.min(...baus))}–${percentText(Math.max(...baus))}`;
  const parts = [
    { name: 'teams', here: model.teams.length > 0 },
    { name: 'engineers', here: engineers > 0 },
    { name: 'BAU reserved', here: model.capacity.bauSet },
  ];
  const summary = `${countOrNo(model.teams.length, 'team')}, ${countOrNo(engineers, 'engineer')}, ${model.capacity.bauSet ? `BAU ${bau}` : 'no BAU reserved'}`;
  return checkCriterion('A capacity model: teams with engineers, and BAU reserved', parts.every((part) => part.here), summary, parts.filter((p) => p.here).map((p) => p.name), parts.filter((p) => !p.here).map((p) => `no ${p.name}`));
}

function fits(result: PackResult, overCodes: string[]): Criterion {
  const summary = capacitySummary(result.analysis);
  const { low, high } = summary.planned;
  const planned = low === high ? figure(low) : `${figure(low)}–${figure(high)}`;
  const used = summary.utilisation ? ` (${percentText(summary.utilisation.low)}–${percentText(summary.utilisation.high)})` : '';
  const text = summary.available > 0 ? `planned ${planned} of ${figure(summary.available)} engineer-weeks${used}` : 'no capacity to compare the plan with';
  const over = [tally(overCodes, 'RP501', 'team-quarter over capacity'), tally(overCodes, 'RP504', 'initiative that cannot fit')].filter(Boolean);
  // Any error, not only capacity's: a plan the checker cannot read whole is not shown to be feasible (never 5 here).
  const errors = result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  const errorText = errors > 0 ? [countOrNo(errors, 'error')] : [];
  return checkCriterion('The plan fits and checks without errors: no quarter over capacity (RP501), no initiative that cannot fit (RP504)', summary.available > 0 && over.length === 0 && errors === 0, [text, ...over, ...errorText].join('; '));
}

function strainSummary(model: PackModel, codes: string[]): string {
  const found = [
    tally(codes, 'RP401', 'schedule conflict'),
    tally(codes, 'RP502', `team-quarter above ${percentText(model.capacity.warnAt)}`),
    tally(codes, 'RP503', 'run of weeks over capacity', 'runs of weeks over capacity'),
  ].filter(Boolean);
  if (found.length) return found.join(', ');
  return model.teams.length ? `no quarter above ${percentText(model.capacity.warnAt)}, no week over capacity, no schedule conflict` : 'no teams to measure headroom against';
}

/** `2 schedule conflicts (RP401)`, or '' when there is none. */
function tally(codes: string[], code: string, noun: string, nouns?: string): string {
  const n = codes.filter((c) => c === code).length;
  return n === 0 ? '' : `${countOrNo(n, noun, nouns)} (${code})`;
}

/**
 * Measurability and risk management.
 * 1. Every initiative not cut has a metric with a baseline and a target (not TBD).
 * 2. A risk register in which every risk has likelihood, impact, mitigation, owner and review.
 * 3. Risks are tied to the plan: every risk names what it affects, and every
 *    high-risk initiative is named by a risk.
 * 4. At least one portfolio metric, each with a baseline and a target (not TBD).
 */
export function measureCriteria(model: PackModel): Criterion[] {
  const live = model.initiatives.filter((initiative) => initiative.status !== 'cut');
  const measured = live.map((initiative) => ({ name: initiative.id, path: initiative.path, gaps: metricGaps(initiative.input.metrics ?? []) }));
  const risks = model.risks.map((risk) => ({
    name: risk.id,
    path: risk.path,
    gaps: (['likelihood', 'impact', 'mitigation', 'owner', 'review'] as const).flatMap((field) => gap(risk.input[field], `no ${field}`)),
  }));
  const portfolio = model.metrics.map(({ input, path }, index) => ({ name: input.name ?? `metric ${index + 1}`, path, gaps: metricGaps([input]) }));
  return [
    everyCriterion('Every initiative has a metric with a baseline and a target (not TBD)', 'initiatives measurable', measured),
    everyCriterion('A risk register: every risk with likelihood, impact, mitigation, owner and review', 'risks complete', risks),
    riskCoverage(model, live),
    everyCriterion('Portfolio metrics, each with a baseline and a target (not TBD)', 'portfolio metrics with baseline and target', portfolio),
  ];
}

/** Why none of the metrics measures: the first thing all of them lack. */
function metricGaps(metrics: readonly MetricInput[]): string[] {
  if (metrics.length === 0) return ['no metric'];
  const targets = (metric: MetricInput) => [...(metric.target !== undefined ? [metric.target] : []), ...Object.values(metric.targets ?? {})];
  if (!metrics.some((metric) => metric.baseline !== undefined)) return ['no metric with a baseline'];
  const based = metrics.filter((metric) => metric.baseline !== undefined);
  if (!based.some((metric) => targets(metric).length > 0)) return ['no metric with both baseline and target'];
  return based.some((metric) => targets(metric).length > 0 && !targets(metric).some(isTbd)) ? [] : ['target TBD'];
}

function riskCoverage(model: PackModel, live: Initiative[]): Criterion {
  const affected = new Set(model.risks.flatMap((risk) => risk.input.affects ?? []));
  const looseRisks = model.risks.filter((risk) => (risk.input.affects ?? []).length === 0);
  const loose = looseRisks.map((risk) => `${risk.id} (affects nothing)`);
  const high = live.filter((initiative) => initiative.input.risk === 'high');
  const uncoveredInitiatives = high.filter((initiative) => !affected.has(initiative.id));
  const uncovered = uncoveredInitiatives.map((initiative) => `${initiative.id} (high risk, in no risk's affects)`);
  const summary = `${model.risks.length - loose.length} of ${model.risks.length} risks name what they affect; ${high.length - uncovered.length} of ${high.length} high-risk initiatives covered`;
  return checkCriterion('Risks tied to the plan: each names what it affects, and every high-risk initiative is covered', model.risks.length > 0 && loose.length === 0 && uncovered.length === 0, summary, high.filter((i) => affected.has(i.id)).map((i) => i.id), [...loose, ...uncovered], [...looseRisks, ...uncoveredInitiatives].map((entity) => entity.path));
}
