/**
 * Deterministic synthetic roadmap packs for the bench: the same (n, seed)
 * always gives the same text (a seeded PRNG, never Math.random).
 *
 * Shape: 10 teams (with bau, some with hire steps; headcount scales with n so
 * the plan is loaded but plausible), n initiatives over 8 quarters
 * (2026-Q1..2027-Q4) in start order, each with 3 `depends_on` to earlier
 * initiatives (plain ids and `{ id, type: start-to-start, lag: 2w }`; every
 * edge is satisfied, so there are no cycles and few schedule warnings),
 * 2 milestones inside its span, 1–2 metrics with baseline and target, an
 * outcome and an `a-b` effort; n/20 gates, n/20 risks and n/50 register
 * dependencies, each gate and register dependency waited for by a milestone.
 * Initiatives are written as a column-0 block sequence (`- id: …`), the other
 * lists indented, so both layouts are exercised.
 * About 320–340 bytes of YAML per initiative (measured.md's reference packs
 * are ≈ 320: 1,000 initiatives ≈ 314 KiB); the bench prints the real size.
 */

/** mulberry32: small, fast, good enough for synthetic data. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const QUARTERS = 8;
export const WEEKS = QUARTERS * 13; // global weeks 0..103 from 2026-Q1-W1
const TEAMS = 10;

const THEMES = ['Reliability', 'Scale', 'Observability', 'Security', 'Developer Experience', 'Cost', 'Data'];
const VERBS = ['Migrate', 'Harden', 'Automate', 'Instrument', 'Merge', 'Replace', 'Scale', 'Simplify', 'Split'];
const NOUNS = ['billing', 'search', 'deploys', 'sessions', 'event bus', 'API gateway', 'scheduler', 'flags', 'audit logs', 'replicas', 'CDN', 'secrets'];
const OUTCOMES = ['Fewer pages', 'No toil', '3x ready', 'Cost -20%', 'Faster deploys'];
const METRICS: [string, string, string][] = [
  ['Latency', '650ms', '<200ms'],
  ['Errors', '1.2%', '<0.3%'],
  ['Lead time', '3d', '<1d'],
  ['Cost', '$180K', '<$150K'],
  ['Uptime', '99.5%', '99.9%'],
  ['MTTR', '45m', '<15m'],
];
const LEVELS = ['low', 'medium', 'high'];
const STATUS = ['planned', 'planned', 'in-progress', 'exploring', 'done'];

export interface Span {
  first: number;
  last: number;
}

export function quarterName(q: number): string {
  return `${2026 + Math.floor(q / 4)}-Q${(q % 4) + 1}`;
}

/** A global week (0-based from 2026-Q1-W1) as a quarter-week point. */
export function weekName(week: number): string {
  return `${quarterName(Math.floor(week / 13))}-W${(week % 13) + 1}`;
}

/** The shortest spelling: `2026-Q3`, `2026-Q3-W4`, `2026-Q3-W4..W8` or `2026-Q3-W10..2026-Q4-W2`. */
export function spanName(span: Span): string {
  if (span.first === span.last) return weekName(span.first);
  if (span.first % 13 === 0 && span.last === span.first + 12) return quarterName(span.first / 13);
  const sameQuarter = Math.floor(span.first / 13) === Math.floor(span.last / 13);
  return sameQuarter ? `${weekName(span.first)}..W${(span.last % 13) + 1}` : `${weekName(span.first)}..${weekName(span.last)}`;
}

export function generatePack(n: number, seed = 1): string {
  const random = prng(seed);
  const int = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const width = String(Math.max(n - 1, 1)).length;
  const initId = (i: number) => `i-${String(i).padStart(width, '0')}`;
  const gateCount = Math.floor(n / 20);
  const riskCount = Math.floor(n / 20);
  const registerCount = Math.floor(n / 50);
  const out: string[] = [
    `# Synthetic roadmap pack: ${n} initiatives, seed ${seed} (bench/generatePack.ts)`,
    'pack: 1',
    `title: Synthetic platform roadmap -- ${n} initiatives`,
    'audience: VP Engineering',
    'decision: Approve sequencing and headcount for 2026-2027',
    `horizon: ${quarterName(0)}..${quarterName(QUARTERS - 1)}`,
    'format: quarterly',
    'strategy:',
    '  diagnosis:',
    '    summary: ["Synthetic data for performance measurement."]',
    '    evidence: [{ signal: P99 latency, current: 650ms, target: 200ms, gap: 3.25x }]',
    '  guiding_policy: [{ id: P1, title: Stabilize before scaling }]',
    '  non_goals: [{ item: Multi-region, rationale: Out of scope, revisit: 2028-Q1 }]',
    'capacity: { bau: 30%, estimate: mid, warn_at: 90% }',
    'teams:',
  ];

  // Headcount for an average load of about 80% of capacity: the mean mid effort is
  // about 9 engineer-weeks, spread over WEEKS weeks at about 70% after bau.
  const perTeam = Math.max(5, Math.round(((n / TEAMS) * 9) / (WEEKS * 0.7 * 0.8)));
  for (let t = 0; t < TEAMS; t++) {
    const bau = int(20, 40);
    const base = perTeam + int(-1, 1);
    if (t % 3 === 0) {
      const hireWeek = int(20, 70);
      out.push(
        `  - id: team-${t}`,
        `    name: Squad ${t}`,
        `    engineers: [{ from: ${quarterName(0)}, count: ${base} }, { from: ${weekName(hireWeek)}, count: ${base + int(1, 3)} }, { from: ${weekName(hireWeek + 13)}, count: ${base + 4}, confirmed: false }]`,
        `    bau: ${bau}%`,
      );
    } else {
      out.push(`  - { id: team-${t}, name: Squad ${t}, engineers: ${base}, bau: ${bau}% }`);
    }
  }

  const spans = startOrderedSpans(n, random, int);
  // Each gate and register dependency is waited for by one milestone (see waitedFor)
  // and falls due before that milestone's initiative starts.
  const gateWeeks = Array.from({ length: gateCount }, (_, g) => Math.max(0, spans[20 * g + 7].first - int(1, 4)));
  const registerWeeks = Array.from({ length: registerCount }, (_, d) => Math.max(0, spans[50 * d + 13].first - int(1, 6)));
  const picker = new DependencyPicker(spans, random);

  out.push('initiatives:');
  for (let i = 0; i < n; i++) {
    const span = spans[i];
    const weeks = span.last - span.first + 1;
    const low = Math.max(1, Math.round(weeks * (0.5 + random() * 0.7)));
    const high = low + int(1, 3);
    out.push(`- id: ${initId(i)}`, `  title: ${pick(VERBS)} ${pick(NOUNS)}`, `  owner: team-${int(0, TEAMS - 1)}`);
    if (i % 8 === 0) out.push(`  theme: ${pick(THEMES)}`);
    if (i % 10 === 0) out.push(`  status: ${pick(STATUS)}`);
    out.push(`  when: ${spanName(span)}`, `  effort: ${low}-${high}`, `  outcome: ${pick(OUTCOMES)}`);
    const deps = picker.pick(i, 3);
    if (deps.length > 0) {
      const refs = deps.map((dep) => (dep.type === 'plain' ? initId(dep.on) : `{ id: ${initId(dep.on)}, type: start-to-start, lag: 2w }`));
      out.push(`  depends_on: [${refs.join(', ')}]`);
    }
    const split = span.first + Math.floor((span.last - span.first) / 2);
    const second = { first: split + 1, last: span.last };
    const after = waitedFor(i, second.first, gateWeeks, registerWeeks);
    out.push(`  milestones: [{ when: ${spanName({ first: span.first, last: split })}, name: Spike }, { when: ${spanName(second)}, name: Ship${after ? `, after: [${after}]` : ''} }]`);
    const metrics = Array.from({ length: random() < 0.12 ? 2 : 1 }, () => {
      const [name, baseline, target] = pick(METRICS);
      return `{ name: ${name}, baseline: ${baseline}, target: ${target} }`;
    });
    out.push(`  metrics: [${metrics.join(', ')}]`);
  }

  if (gateCount > 0) out.push('gates:');
  for (let g = 0; g < gateCount; g++) {
    out.push(`  - { id: gate-${g}, title: Go or no-go ${g}, at: ${weekName(gateWeeks[g])}, decision: Proceed with rollout ${g}, output: ADR, owner: Eng Lead }`);
  }
  if (riskCount > 0) out.push('risks:');
  for (let r = 0; r < riskCount; r++) {
    const affected = initId(int(0, n - 1));
    out.push(
      `  - { id: R${r + 1}, risk: Vendor slip delays ${affected}, type: technical, likelihood: ${pick(LEVELS)}, impact: high,`,
      `      mitigation: Keep a fallback path, owner: Infra Lead, review: ${weekName(int(0, WEEKS - 1))}, affects: [${affected}] }`,
    );
  }
  if (registerCount > 0) out.push('dependencies:');
  for (let d = 0; d < registerCount; d++) {
    out.push(
      `  - { id: D${d + 1}, dependency: Procurement approval ${d + 1}, requester: Platform, provider: Finance,`,
      `      needed_by: ${weekName(registerWeeks[d])}, status: open, owner: DevEx Lead }`,
    );
  }
  out.push('');
  return out.join('\n');
}

/**
 * Spans of 3..10 weeks (a quarter of them whole quarters), mostly inside one
 * quarter, drifting forward over the 8 quarters and sorted by first week, so
 * that index order is start order.
 */
export function startOrderedSpans(n: number, random: () => number, int: (low: number, high: number) => number): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < n; i++) {
    const center = Math.floor((i / Math.max(n, 1)) * (WEEKS - 12)) + int(0, 10);
    if (random() < 0.25) {
      const quarter = Math.min(QUARTERS - 1, Math.floor(center / 13));
      spans.push({ first: quarter * 13, last: quarter * 13 + 12 });
      continue;
    }
    const length = int(3, 10);
    let first = Math.max(0, Math.min(WEEKS - length, center));
    const quarterEnd = Math.floor(first / 13) * 13 + 12;
    if (first + length - 1 > quarterEnd && random() < 0.6) first = quarterEnd - length + 1;
    spans.push({ first, last: first + length - 1 });
  }
  return spans.sort((a, b) => a.first - b.first || a.last - b.last);
}

export interface Dependency {
  on: number;
  type: 'plain' | 'start-to-start';
}

/**
 * Picks dependencies that the schedule satisfies, mostly on recent work: a
 * plain (finish-to-start) one on an initiative that ends before this one
 * starts, a start-to-start one (lag 2w) on one that starts at least 2 weeks
 * earlier. Both go to a strictly earlier first week, hence to an earlier
 * index, so the graph has no cycles.
 */
export class DependencyPicker {
  /** Indices by last week. */
  private readonly byLast: number[];

  constructor(
    private readonly spans: Span[],
    private readonly random: () => number,
  ) {
    this.byLast = spans.map((_, i) => i).sort((a, b) => spans[a].last - spans[b].last || a - b);
  }

  pick(i: number, count: number): Dependency[] {
    const result: Dependency[] = [];
    for (let attempt = 0; result.length < count && attempt < count * 4; attempt++) {
      const type = this.random() < 0.2 ? 'start-to-start' : 'plain';
      const on = type === 'plain' ? this.endingBefore(this.spans[i].first) : this.startingBy(this.spans[i].first - 2);
      if (on !== undefined && !result.some((dep) => dep.on === on)) result.push({ on, type });
    }
    return result;
  }

  /** One of the (up to) 200 initiatives that end last before `week`. */
  private endingBefore(week: number): number | undefined {
    const count = lowerBound(this.byLast.length, (k) => this.spans[this.byLast[k]].last >= week);
    return count === 0 ? undefined : this.byLast[count - 1 - this.recent(count)];
  }

  /** One of the (up to) 200 initiatives that start last, no later than `week`. */
  private startingBy(week: number): number | undefined {
    const count = lowerBound(this.spans.length, (k) => this.spans[k].first > week);
    return count === 0 ? undefined : count - 1 - this.recent(count);
  }

  private recent(count: number): number {
    return Math.floor(this.random() * this.random() * Math.min(count, 200));
  }
}

/** The first index in [0, length) where `isAtOrAfter` holds (length if none); it must be monotone. */
function lowerBound(length: number, isAtOrAfter: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (isAtOrAfter(mid)) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** The gate or register dependency initiative i's second milestone waits for, if any. */
function waitedFor(i: number, milestoneFirst: number, gateWeeks: number[], registerWeeks: number[]): string | undefined {
  if (i % 20 === 7 && Math.floor(i / 20) < gateWeeks.length && gateWeeks[Math.floor(i / 20)] < milestoneFirst) return `gate-${Math.floor(i / 20)}`;
  if (i % 50 === 13 && Math.floor(i / 50) < registerWeeks.length && registerWeeks[Math.floor(i / 50)] < milestoneFirst) return `D${Math.floor(i / 50) + 1}`;
  return undefined;
}
