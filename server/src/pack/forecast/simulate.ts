import { DONE, GATE, SAMPLED, type ForecastPlan } from './plan';
import { Mulberry32, triangular } from './random';

/** What the runs leave: each node's last week per run (node-major: node i's runs at i × runs), on-time counts, runs inside the horizon. */
export interface Runs {
  ends: Int32Array;
  onTime: Int32Array;
  insideHorizon: number;
}

// Floating error must not cost a week: P × (W / P) is W, not W + 1e-15.
const EPSILON = 1e-9;

export function simulate(plan: ForecastPlan, runs: number, seed: number): Runs {
  const n = plan.ids.length;
  const first = new Int32Array(n);
  const last = new Int32Array(n);
  const ends = new Int32Array(n * runs);
  const onTime = new Int32Array(n);
  const random = new Mulberry32(seed);
  const horizon = plan.horizonLast ?? Number.POSITIVE_INFINITY;
  let insideHorizon = 0;
  for (let run = 0; run < runs; run++) {
    let latest = Number.NEGATIVE_INFINITY;
    for (let k = 0; k < n; k++) {
      const i = plan.order[k];
      place(plan, i, first, last, random);
      const end = last[i];
      ends[i * runs + run] = end;
      if (end <= plan.plannedLast[i]) onTime[i]++;
      if (end > latest) latest = end;
    }
    if (latest <= horizon) insideHorizon++;
  }
  return { ends, onTime, insideHorizon };
}

/** One node's first and last week in this run, from its predecessors' (already placed). */
function place(plan: ForecastPlan, i: number, first: Int32Array, last: Int32Array, random: Mulberry32): void {
  const mode = plan.mode[i];
  if (mode === DONE) {
    first[i] = plan.plannedFirst[i];
    last[i] = plan.plannedLast[i];
    return;
  }
  if (mode === GATE) {
    first[i] = last[i] = decided(plan, i, last);
    return;
  }
  const start = plan.keepStart[i] ? plan.plannedFirst[i] : earliestStart(plan, i, first, last);
  const weeks = mode === SAMPLED ? sampledWeeks(plan, i, random.next()) : plan.plannedLast[i] - plan.plannedFirst[i] + 1;
  first[i] = start;
  last[i] = earliestFinish(plan, i, start + weeks - 1, last);
}

function sampledWeeks(plan: ForecastPlan, i: number, u: number): number {
  const effort = triangular(u, plan.low[i], plan.mid[i], plan.high[i]);
  return Math.max(1, Math.ceil(effort * plan.weeksPerEffort[i] - EPSILON));
}

/** FS: after the predecessor's last week + 1 + lag; SS: from its first week + lag. Never before the planned start. */
function earliestStart(plan: ForecastPlan, i: number, first: Int32Array, last: Int32Array): number {
  let start = plan.plannedFirst[i];
  for (let e = plan.edgeStart[i]; e < plan.edgeStart[i + 1]; e++) {
    const type = plan.edgeType[e];
    if (type === 2) continue;
    const pred = plan.edgePred[e];
    const bound = type === 0 ? (pred < 0 ? plan.constLast[e] : last[pred]) + 1 + plan.edgeLag[e] : (pred < 0 ? plan.constFirst[e] : first[pred]) + plan.edgeLag[e];
    if (bound > start) start = bound;
  }
  return start;
}

/** FF: the last week is at least the predecessor's last + lag. */
function earliestFinish(plan: ForecastPlan, i: number, end: number, last: Int32Array): number {
  for (let e = plan.edgeStart[i]; e < plan.edgeStart[i + 1]; e++) {
    if (plan.edgeType[e] !== 2) continue;
    const pred = plan.edgePred[e];
    const bound = (pred < 0 ? plan.constLast[e] : last[pred]) + plan.edgeLag[e];
    if (bound > end) end = bound;
  }
  return end;
}

/** A gate is decided at the later of its `at` week and the last week (+ lag) of everything it depends on. */
function decided(plan: ForecastPlan, i: number, last: Int32Array): number {
  let week = plan.plannedFirst[i];
  for (let e = plan.edgeStart[i]; e < plan.edgeStart[i + 1]; e++) {
    const pred = plan.edgePred[e];
    const bound = (pred < 0 ? plan.constLast[e] : last[pred]) + plan.edgeLag[e];
    if (bound > week) week = bound;
  }
  return week;
}
