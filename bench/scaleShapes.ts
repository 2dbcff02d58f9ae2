/**
 * Packs of one extreme shape each, sized by n, for the scale bench (issue 10
 * item 16: everything the core does stays O(n log n) and under 5 s for any
 * file under the 5 MiB limit). Each shape stresses one axis: many small
 * initiatives, many errors, many gates, many teams, many risks and register
 * dependencies, one long depends_on chain, one initiative everything waits
 * for. At the n given in `SHAPES`, each is just under 5 MiB.
 */

export interface Shape {
  name: string;
  /** The n at which the pack is just under 5 MiB. */
  n: number;
  generate: (n: number) => string;
}

const HORIZON = 'horizon: 2026-Q1..2027-Q4';
const QUARTERS = ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4', '2027-Q1', '2027-Q2', '2027-Q3', '2027-Q4'];
const THEMES = ['Scale', 'Cost', 'Data', 'Ops', 'Sec'];

const head = (title: string, teams: number, engineers: number) =>
  [`pack: 1`, `title: ${title}`, HORIZON, 'teams:', ...Array.from({ length: teams }, (_, t) => `  - { id: t${t}, name: Team ${t}, engineers: ${engineers} }`)].join('\n');

/** A quarter spread evenly over the horizon, so every view has something in each. */
const quarter = (i: number, n: number) => QUARTERS[Math.min(QUARTERS.length - 1, Math.floor((i * QUARTERS.length) / Math.max(n, 1)))];

/**
 * n one-line flow initiatives, each waiting for the one before it in its
 * quarter's run, every other one with a theme; and a release, a block
 * mapping (where completion reads the list), waiting for every fifth.
 */
function flowInitiatives(n: number): string {
  const lines = Array.from({ length: n }, (_, i) => {
    const deps = i % 50 === 0 ? '' : `, depends_on: [i${i - 1}]`;
    const theme = i % 2 === 0 ? `, theme: ${THEMES[(i / 2) % THEMES.length]}` : '';
    return `  - { id: i${i}, title: T${i}, owner: t${i % 10}${theme}, when: ${quarter(i, n)}, effort: 1${deps} }`;
  });
  const release = Array.from({ length: Math.floor(n / 5) }, (_, k) => `i${k * 5}`).join(', ');
  return `${head('Many initiatives', 10, Math.ceil(n / 80))}\ninitiatives:\n${lines.join('\n')}\n  - id: release\n    title: Release\n    owner: t0\n    when: 2027-Q4\n    effort: 1\n    depends_on: [${release}]\n`;
}

/** n block initiatives with three errors each: an unknown key, a `when` that is no time, a depends_on on nothing. */
function threeErrorsEach(n: number): string {
  const items = Array.from({ length: n }, (_, i) =>
    [`  - id: e${i}`, `    title: Broken ${i}`, `    owner: t${i % 10}`, `    colour: red`, `    when: 2026-Q${5 + (i % 4)}`, `    effort: 2`, `    depends_on: [${i > 0 ? `e${i - 1}, ` : ''}missing-${i}]`, `    milestones: [{ when: 2026-Q3-W2, name: Spike ${i} }, { when: 2026-Q3-W9, name: Ship ${i} }]`].join('\n'),
  );
  return `${head('Three errors each', 10, Math.ceil(n / 40))}\ninitiatives:\n${items.join('\n')}\n`;
}

/** n gates, each waited for by a milestone of one of n/10 initiatives. */
function manyGates(n: number): string {
  const owners = Math.ceil(n / 10);
  const gates = Array.from({ length: n }, (_, g) => `  - { id: g${g}, title: Gate ${g}, at: ${quarter(g, n)}-W2, decision: Go or no-go ${g}, output: ADR, owner: Lead }`);
  const initiatives = Array.from({ length: owners }, (_, i) => {
    const milestones = Array.from({ length: 10 }, (_, k) => `{ when: ${quarter(i, owners)}-W${3 + k}, name: M${k}, after: [g${i * 10 + k}] }`);
    return `  - { id: i${i}, title: Item ${i}, owner: t${i % 10}, when: ${quarter(i, owners)}, effort: 1, depends_on: [g${i * 10}], milestones: [${milestones.join(', ')}] }`;
  });
  return `${head('Many gates', 10, Math.ceil(owners / 80))}\ngates:\n${gates.join('\n')}\ninitiatives:\n${initiatives.join('\n')}\n`;
}

/** n teams, each owning one initiative and sharing another with the next team. */
function manyTeams(n: number): string {
  const teams = Array.from({ length: n }, (_, t) => `  - { id: t${t}, name: Team ${t}, engineers: 2, bau: 20% }`);
  const initiatives = Array.from({ length: n }, (_, i) => `  - { id: i${i}, title: Item ${i}, owner: { t${i}: 50%, t${(i + 1) % n}: 50% }, when: ${quarter(i, n)}, effort: 3 }`);
  return `pack: 1\ntitle: Many teams\n${HORIZON}\nteams:\n${teams.join('\n')}\ninitiatives:\n${initiatives.join('\n')}\n`;
}

/** n risks and n register dependencies, each named by one of n initiatives. */
function risksAndDependencies(n: number): string {
  const risks = Array.from({ length: n }, (_, r) => `  - { id: R${r}, risk: Vendor slip ${r}, likelihood: medium, impact: high, mitigation: Fallback, owner: Lead, review: ${quarter(r, n)}-W3, affects: [i${r}] }`);
  const dependencies = Array.from({ length: n }, (_, d) => `  - { id: D${d}, dependency: Approval ${d}, requester: Platform, provider: Finance, needed_by: ${quarter(d, n)}-W1, status: open }`);
  const initiatives = Array.from({ length: n }, (_, i) => `  - { id: i${i}, title: Item ${i}, owner: t${i % 10}, when: ${quarter(i, n)}, effort: 1, depends_on: [D${i}, R${i}] }`);
  return `${head('Risks and dependencies', 10, Math.ceil(n / 80))}\nrisks:\n${risks.join('\n')}\ndependencies:\n${dependencies.join('\n')}\ninitiatives:\n${initiatives.join('\n')}\n`;
}

/** One chain: every initiative waits for the one before it, all in the same weeks (so every edge is late). */
function deepChain(n: number): string {
  const lines = Array.from({ length: n }, (_, i) => `  - { id: c${i}, title: Step ${i}, owner: t${i % 10}, when: 2026-Q3, effort: 1${i > 0 ? `, depends_on: [c${i - 1}]` : ''} }`);
  return `${head('Deep chain', 10, Math.ceil(n / 40))}\ninitiatives:\n${lines.join('\n')}\n`;
}

/** Everything waits for one initiative, and one last initiative (a block mapping, where completion reads the list) waits for everything. */
function wideFanIn(n: number): string {
  const lines = Array.from({ length: n }, (_, i) => `  - { id: w${i}, title: Spoke ${i}, owner: t${i % 10}, when: 2026-Q3, effort: 1, depends_on: [hub] }`);
  const all = Array.from({ length: n }, (_, i) => `w${i}`).join(', ');
  return `${head('Wide fan-in', 10, Math.ceil(n / 40))}\ninitiatives:\n  - { id: hub, title: Hub, owner: t0, when: 2026-Q2, effort: 1 }\n${lines.join('\n')}\n  - id: sink\n    title: Sink\n    owner: t0\n    when: 2026-Q4\n    effort: 1\n    depends_on: [${all}]\n`;
}

export const SHAPES: Shape[] = [
  { name: 'flow initiatives', n: 50_000, generate: flowInitiatives },
  { name: '3 errors each', n: 20_000, generate: threeErrorsEach },
  { name: 'many gates', n: 30_000, generate: manyGates },
  { name: 'many teams', n: 32_000, generate: manyTeams },
  { name: 'risks + dependencies', n: 13_500, generate: risksAndDependencies },
  { name: 'deep chain', n: 50_000, generate: deepChain },
  { name: 'wide fan-in', n: 50_000, generate: wideFanIn },
];

export function shapeNamed(name: string): Shape {
  const found = SHAPES.find((shape) => shape.name === name);
  if (!found) throw new Error(`no shape named ${name} (${SHAPES.map((shape) => shape.name).join(', ')})`);
  return found;
}
