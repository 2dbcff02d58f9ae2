import { DONE, GATE, SAMPLED, type ForecastPlan } from './plan';
import { Mulberry32 } from './random';

/**
 * What the runs leave: per node a histogram of its last week (node i's
 * weeks from `lowest[i]`, its counts at `counts[offset[i]..offset[i+1])`),
 * on-time counts and the runs inside the horizon. Histograms, not every
 * run's weeks: they take kilobytes.
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

/**
 * Runs are placed a batch at a time, node by node in topological order and,
 * for each node, every run of the batch in a row: the inner loops then walk
 * typed arrays in order, several times faster than one run at a time over a
 * pack's edges. The random numbers are drawn in that order too (node, then
 * run), so the seed still decides everything.
 */
const BATCH = 256;

interface Batch {
  /** Node i's weeks for the batch's run r at i × BATCH + r. */
  first: Int32Array;
  last: Int32Array;
}

export function simulate(plan: ForecastPlan, runs: number, seed: number): Runs {
  const n = plan.ids.length;
  const batch: Batch = { first: new Int32Array(n * BATCH), last: new Int32Array(n * BATCH) };
  // Placing is monotone in every duration, so the shortest and the longest efforts bound every run's weeks.
  placeBatch(plan, batch, 1, undefined, 0);
  const lowest = Int32Array.from({ length: n }, (_, i) => batch.last[i * BATCH]);
  placeBatch(plan, batch, 1, undefined, 1);
  const offset = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offset[i + 1] = offset[i] + batch.last[i * BATCH] - lowest[i] + 1;
  const result: Runs = { lowest, offset, counts: new Int32Array(offset[n]), onTime: new Int32Array(n), insideHorizon: 0 };
  const random = new Mulberry32(seed);
  for (let done = 0; done < runs; done += BATCH) {
    const size = Math.min(BATCH, runs - done);
    placeBatch(plan, batch, size, random, 0);
    tally(plan, batch, size, result);
  }
  return result;
}

/** Adds a placed batch to the histograms, the on-time counts and the runs inside the horizon. */
function tally(plan: ForecastPlan, batch: Batch, size: number, result: Runs): void {
  const { lowest, offset, counts, onTime } = result;
  const latest = new Int32Array(size).fill(-0x7fffffff);
  for (let i = 0; i < plan.ids.length; i++) {
    const base = i * BATCH;
    const planned = plan.plannedLast[i];
    const from = offset[i] - lowest[i];
    let ontime = 0;
    for (let r = 0; r < size; r++) {
      const end = batch.last[base + r];
      counts[from + end]++;
      if (end <= planned) ontime++;
      if (end > latest[r]) latest[r] = end;
    }
    onTime[i] += ontime;
  }
  const horizon = plan.horizonLast ?? Number.POSITIVE_INFINITY;
  for (let r = 0; r < size; r++) if (latest[r] <= horizon) result.insideHorizon++;
}

/**
 * Places every node for `size` runs, each sampled effort at the next number
 * of `random` (or at `fixed` without it). The hot loop of the forecast.
 */
function placeBatch(plan: ForecastPlan, batch: Batch, size: number, random: Mulberry32 | undefined, fixed: number): void {
  const { order, mode, floorStart, plannedFirst, plannedLast } = plan;
  const { first, last } = batch;
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    const base = i * BATCH;
    if (mode[i] === DONE) {
      first.fill(plannedFirst[i], base, base + size);
      last.fill(plannedLast[i], base, base + size);
      continue;
    }
    first.fill(floorStart[i], base, base + size);
    raise(first, base, size, plan.afterLast, i, last);
    raise(first, base, size, plan.afterFirst, i, first);
    durations(plan, i, batch, size, random, fixed);
    raise(last, base, size, plan.finishEdges, i, last);
    // A gate takes no weeks: decided at its floor (its `at`) or after what it waits for.
    if (mode[i] === GATE) first.set(last.subarray(base, base + size), base);
  }
}

/** Each run's `target` week of node i raised to every bound of its edges: the predecessor's week in `from` + the edge's add. */
function raise(target: Int32Array, base: number, size: number, edges: ForecastPlan['afterLast'], i: number, from: Int32Array): void {
  for (let e = edges.at[i], stop = edges.at[i + 1]; e < stop; e++) {
    const pred = edges.pred[e] * BATCH;
    const add = edges.add[e];
    for (let r = 0; r < size; r++) {
      const bound = from[pred + r] + add;
      if (bound > target[base + r]) target[base + r] = bound;
    }
  }
}

/** Each run's last week from its start: sampled weeks, the planned number, or (a gate) none; never before the node's finish floor. */
function durations(plan: ForecastPlan, i: number, batch: Batch, size: number, random: Mulberry32 | undefined, fixed: number): void {
  const { first, last } = batch;
  const base = i * BATCH;
  const floor = plan.floorFinish[i];
  const kind = plan.mode[i];
  if (kind === GATE) return void last.fill(floor, base, base + size);
  if (kind !== SAMPLED) {
    const weeks = plan.plannedLast[i] - plan.plannedFirst[i] + 1;
    for (let r = 0; r < size; r++) last[base + r] = Math.max(first[base + r] + weeks - 1, floor);
    return;
  }
  const { min, max, split, below, above } = plan.effort;
  const [low, high, cut, under, over] = [min[i], max[i], split[i], below[i], above[i]];
  for (let r = 0; r < size; r++) {
    const u = random ? random.next() : fixed;
    const effort = u < cut ? low + Math.sqrt(u * under) : high - Math.sqrt((1 - u) * over);
    last[base + r] = Math.max(first[base + r] + Math.max(1, Math.ceil(effort - EPSILON)) - 1, floor);
  }
}
