/**
 * Synthetic packs shaped like the worked example
 * (examples/platform-reliability/platform-reliability.roadmap.yaml), seeded
 * and deterministic: indented block sequences of block mappings, comments and
 * blank lines between initiatives, a third of the owners split over two teams
 * (`{ team-a: 70%, team-b: 30% }`), `depends_on` as block lists mixing plain
 * ids, `{ id, type, lag }` objects and register ids, milestones that wait
 * (`after`) for gates and register dependencies, gates that wait for
 * initiatives, risks and a register in block style, and efforts written as a
 * number, `a-b` or `a–b`. About 500 bytes per initiative (10,000 stay under the 5 MiB
 * limit): the one that looks most like a pack people write.
 */
import { DependencyPicker, Span, WEEKS, prng, quarterName, spanName, startOrderedSpans, weekName } from './generatePack';

const TEAMS = ['infra', 'devex', 'data', 'security', 'sre', 'platform-api'];
const THEMES = ['Reliability', 'Scale', 'Observability', 'Security', 'Cost'];
const WORDS = ['db-scaling', 'tracing', 'deploy-safety', 'redis-cluster', 'autoscaling', 'soc2', 'cdn', 'slo', 'queue', 'secrets', 'cost-opt', 'load-test'];
const TITLES = ['Pooling + job isolation', 'Canary + auto-rollback', 'Cluster mode', 'Predictive scaling', 'Audit logging', 'Edge caching'];
const CONFIDENCE = ['high', 'medium', 'low'];

export function generateWorkedShape(n: number, seed = 1): string {
  const random = prng(seed ^ 0x5eed);
  const int = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const ids = Array.from({ length: n }, (_, i) => `${WORDS[i % WORDS.length]}-${i}`);
  const spans = startOrderedSpans(n, random, int);
  const gateCount = Math.max(1, Math.floor(n / 15));
  const registerCount = Math.max(1, Math.floor(n / 40));
  const out = header(n, gateCount, int);

  const picker = new DependencyPicker(spans, random);
  out.push('', '# Initiatives, in start order', 'initiatives:');
  for (let i = 0; i < n; i++) {
    if (i % 25 === 0) out.push(`  # ---- batch ${i / 25 + 1}: ${weekName(spans[i].first)} onwards ----`);
    out.push(...initiative(i, ids, spans[i], picker, { int, pick, random, gateCount, registerCount, spans }), '');
  }
  out.push(...gates(gateCount, spans, ids, int), ...risks(Math.max(1, Math.floor(n / 12)), ids, int, pick), ...register(registerCount, int));
  out.push('');
  return out.join('\n');
}

interface Tools {
  int: (low: number, high: number) => number;
  pick: <T>(list: readonly T[]) => T;
  random: () => number;
  gateCount: number;
  registerCount: number;
  spans: Span[];
}

function header(n: number, gateCount: number, int: (low: number, high: number) => number): string[] {
  // Headcount for an average load near 85% (about 13 engineer-weeks per initiative at the high end).
  const perTeam = Math.max(4, Math.round((n / TEAMS.length) * 13 / (WEEKS * 0.6 * 0.85)));
  const out = [
    `# Platform Engineering -- synthetic, ${n} initiatives (bench/generateWorkedShape.ts)`,
    '#',
    '# Shaped like the worked example: block style, comments, multi-owner maps.',
    '',
    'pack: 1',
    'title: Platform Engineering -- Reliability & Scale (synthetic)',
    'audience: VP Engineering + Product Leadership',
    'decision: Approve sequencing, headcount allocation, and trade-offs',
    `horizon: ${quarterName(0)}..${quarterName(7)}`,
    'format: quarterly',
    'assumptions:',
    '  - "Team size: synthetic; hires in the second year are unconfirmed."',
    'open_questions:',
    `  - { id: Q1, question: "Confirmed headcount plan?", owner: VP Eng, due: ${weekName(2)} }`,
    'strategy:',
    '  diagnosis:',
    '    summary:',
    '      - "Reliability is below target and degrading."',
    '    evidence:',
    '      - { signal: Availability (30-day), current: 99.5%, target: 99.9%, gap: 5x error budget overspend }',
    '  guiding_policy:',
    '    - id: P1',
    '      title: Stabilize before scaling',
    '      text: Fix the failure modes first.',
    '  non_goals:',
    '    - item: Multi-region deployment',
    '      rationale: Deferred.',
    '      revisit: 2028-Q1',
    '',
    `# ${gateCount} gates below; capacity after 40% BAU`,
    'teams:',
  ];
  TEAMS.forEach((team, t) => {
    const count = perTeam + int(-1, 1);
    out.push(`  - id: ${team}`, `    name: ${team} squad`);
    if (t % 2 === 0) out.push('    engineers:', `      - { from: ${quarterName(0)}, count: ${count} }`, `      - { from: ${weekName(int(30, 60))}, count: ${count + int(1, 3)}, confirmed: ${t === 0} }`);
    else out.push(`    engineers: ${count}`);
  });
  out.push('capacity: { bau: 40%, estimate: high, warn_at: 85% }');
  return out;
}

function initiative(i: number, ids: string[], span: Span, picker: DependencyPicker, tools: Tools): string[] {
  const { int, pick, random } = tools;
  const weeks = span.last - span.first + 1;
  const low = Math.max(1, Math.round(weeks * (0.6 + random() * 0.8)));
  const out = [`  - id: ${ids[i]}`, `    title: ${pick(TITLES)}`, `    owner: ${owner(i, tools)}`];
  if (i % 2 === 0) out.push(`    theme: ${pick(THEMES)}`);
  if (i % 4 === 0) out.push(`    tier: ${int(1, 3)}`, '    status: planned');
  out.push(`    when: ${spanName(span)}`);
  out.push(`    effort: ${i % 5 === 0 ? low : `${low}${i % 7 === 0 ? '–' : '-'}${low + int(1, 4)}`}`, ...(i % 2 ? [`    confidence: ${pick(CONFIDENCE)}`] : []));
  if (i % 6 === 0) out.push('    # the spike runs before the gate; only the rollout waits for it');
  out.push('    outcome: Fewer incidents');
  if (i % 4 === 2) out.push(`    why_now: "Will saturate before 2x traffic (${i})"`);
  const deps = picker.pick(i, int(1, 3)).map((dep) => (dep.type === 'plain' ? (random() < 0.75 ? ids[dep.on] : `{ id: ${ids[dep.on]}, type: finish-to-finish }`) : `{ id: ${ids[dep.on]}, type: start-to-start, lag: ${int(1, 2)}w }`));
  if (i % 9 === 4) deps.push(`D${1 + (i % tools.registerCount)}`);
  if (deps.length > 0) out.push('    depends_on:', ...deps.map((dep) => `      - ${dep}`));
  out.push('    milestones:', ...milestones(i, span, tools));
  if (i % 4 === 1) out.push('    metrics:', `      - { name: MTTR, baseline: 45 min, targets: { ${quarterName(Math.floor(span.last / 13))}: "<15 min" } }`);
  else out.push('    metrics:', '      - { name: MTTR, baseline: 45 min, target: "<15 min" }');
  return out;
}

/** A third split over two teams, shares summing to 100%. */
function owner(i: number, { int }: Tools): string {
  const first = TEAMS[int(0, TEAMS.length - 1)];
  if (i % 3 !== 1) return first;
  const second = TEAMS[(TEAMS.indexOf(first) + int(1, TEAMS.length - 1)) % TEAMS.length];
  const share = 10 * int(5, 8);
  return `{ ${first}: ${share}%, ${second}: ${100 - share}% }`;
}

/** Two or three milestones inside the span; the last may wait for a gate due before it. */
function milestones(i: number, span: Span, { gateCount, spans }: Tools): string[] {
  const weeks = span.last - span.first + 1;
  if (weeks < 3) return [`      - { when: ${spanName(span)}, name: Ship }`];
  const cut = span.first + Math.floor(weeks / 3);
  const out = [`      - { when: ${spanName({ first: span.first, last: cut })}, name: Spike }`];
  const gate = i % 15 === 3 && Math.floor(i / 15) < gateCount ? Math.floor(i / 15) : -1;
  const after = gate >= 0 && gateWeek(gate, spans) <= cut ? `, after: [gate-${gate}]` : '';
  out.push(`      - { when: ${spanName({ first: cut + 1, last: span.last })}, name: Rollout${after} }`);
  return out;
}

/** Gate g falls due in the first week of initiative 15g+3 (whose rollout may wait for it). */
function gateWeek(g: number, spans: Span[]): number {
  return spans[Math.min(spans.length - 1, 15 * g + 3)].first;
}

function gates(count: number, spans: Span[], ids: string[], int: (low: number, high: number) => number): string[] {
  const out = ['gates:'];
  for (let g = 0; g < count; g++) {
    const waitsFor = 15 * g;
    const at = Math.max(gateWeek(g, spans), spans[waitsFor].last + 1);
    out.push(`  - id: gate-${g}`, `    title: Go or no-go ${g}`, `    at: ${weekName(Math.min(WEEKS - 1, at))}`, '    decision: Proceed with rollout?', '    output: ADR', `    owner: ${int(0, 1) ? 'Infra Lead' : 'VP Eng'}`);
    if (spans[waitsFor].last < at) out.push(`    depends_on: [${ids[waitsFor]}]`);
  }
  return out;
}

function risks(count: number, ids: string[], int: (low: number, high: number) => number, pick: <T>(list: readonly T[]) => T): string[] {
  const out = ['', '# Risk register', 'risks:'];
  for (let r = 0; r < count; r++) {
    const affected = [ids[int(0, ids.length - 1)], ids[int(0, ids.length - 1)]];
    out.push(`  - id: R${r + 1}`, `    risk: Vendor slip delays ${affected[0]}`, '    type: technical', `    likelihood: ${pick(['low', 'medium', 'high'])}`, '    impact: high   # "delays phase 2"');
    out.push('    mitigation: Spike first; keep the fallback', '    owner: Infra Lead', `    review: ${weekName(int(0, WEEKS - 1))}`, `    affects: [${[...new Set(affected)].join(', ')}]`);
  }
  return out;
}

function register(count: number, int: (low: number, high: number) => number): string[] {
  const out = ['', '# Cross-team dependencies', 'dependencies:'];
  for (let d = 0; d < count; d++) {
    out.push(`  - id: D${d + 1}`, `    dependency: Procurement approval ${d + 1}`, '    requester: Platform Eng   # From', '    provider: Finance         # To', `    needed_by: ${weekName(int(0, 6))}`, '    status: open', '    owner: DevEx Lead');
  }
  return out;
}
