import { DONE, GATE, SAMPLED, type ForecastPlan } from './plan';
import { Mulberry32 } from './random';

/**
 * What the runs leave: per node a histogram of its last week (node i's
 * weeks from `lowest[i]`, its counts at `counts[offset[i]..offset[i+1])`),
 * on-time counts and the runs inside the horizon. Histograms, not every
 * run's weeks: they take kilobytes, and a run writes them in node order.
 */
export interface Runs {
  lowest: Int32Array;
  offset: Int32Array;
  counts: Int32Array;
  onTime: Int32Array;
  insideHorizon: number;
}

// Floating error must not cost a week: P × (W / P) is W, not W + 1e-15.
const EPSILON = 1e-9;

export function simulate(plan: ForecastPlan, runs: number, seed: number): Runs {
  const n = plan.ids.length;
  const first = new Int32Array(n);
  const last = new Int32Array(n);
  // Placing is monotone in every duration, so the runs at the shortest and the longest efforts bound every run's weeks.
  runOnce(plan, first, last, undefined, 0);
  const lowest = last.slice();
  runOnce(plan, first, last, undefined, 1);
  const offset = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offset[i + 1] = offset[i] + last[i] - lowest[i] + 1;
  const counts = new Int32Array(offset[n]);
  const onTime = new Int32Array(n);
  const random = new Mulberry32(seed);
  const horizon = plan.horizonLast ?? Number.POSITIVE_INFINITY;
  let insideHorizon = 0;
  for (let run = 0; run < runs; run++) {
    runOnce(plan, first, last, random, 0);
    let latest = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < n; i++) {
      const end = last[i];
      counts[offset[i] + end - lowest[i]]++;
      if (end <= plan.plannedLast[i]) onTime[i]++;
      if (end > latest) latest = end;
    }
    if (latest <= horizon) insideHorizon++;
  }
  return { lowest, offset, counts, onTime, insideHorizon };
}

/**
 * Every node placed once, in topological order, each sampled effort at the
 * next number of `random` (or at `fixed` without it). The hot loop of the
 * forecast: the plan's arrays are read into locals once per run.
 */
function runOnce(plan: ForecastPlan, first: Int32Array, last: Int32Array, random: Mulberry32 | undefined, fixed: number): void {
  const { order, mode, floorStart, floorFinish, plannedFirst, plannedLast } = plan;
  const { min, max, split, below, above } = plan.effort;
  const [done, gate, sampled] = [DONE, GATE, SAMPLED];
  const { at: lAt, pred: lPred, add: lAdd } = plan.afterLast;
  const { at: sAt, pred: sPred, add: sAdd } = plan.afterFirst;
  const { at: fAt, pred: fPred, add: fAdd } = plan.finishEdges;
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    const kind = mode[i];
    if (kind === done) {
      first[i] = plannedFirst[i];
      last[i] = plannedLast[i];
      continue;
    }
    let start = floorStart[i];
    for (let e = lAt[i], end = lAt[i + 1]; e < end; e++) {
      const bound = last[lPred[e]] + lAdd[e];
      if (bound > start) start = bound;
    }
    for (let e = sAt[i], end = sAt[i + 1]; e < end; e++) {
      const bound = first[sPred[e]] + sAdd[e];
      if (bound > start) start = bound;
    }
    let weeks = 0;
    if (kind === sampled) {
      const u = random ? random.next() : fixed;
      const effort = u < split[i] ? min[i] + Math.sqrt(u * below[i]) : max[i] - Math.sqrt((1 - u) * above[i]);
      weeks = Math.max(1, Math.ceil(effort - EPSILON));
    } else if (kind !== gate) weeks = plannedLast[i] - plannedFirst[i] + 1;
    // A gate takes no weeks: it is decided at its floor (its `at`) or after what it waits for.
    let end = kind === gate ? floorFinish[i] : Math.max(start + weeks - 1, floorFinish[i]);
    for (let e = fAt[i], stop = fAt[i + 1]; e < stop; e++) {
      const bound = last[fPred[e]] + fAdd[e];
      if (bound > end) end = bound;
    }
    first[i] = kind === gate ? end : start;
    last[i] = end;
  }
}
