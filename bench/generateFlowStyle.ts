/**
 * Synthetic packs in flow style, seeded and deterministic: every initiative
 * one flow mapping over two or three lines (`- { id: …, title: "…", … }`),
 * with long flow `depends_on` lists (6–14 ids, wrapped, some with a comment
 * line between items), owners as flow maps, trailing comments, and a comment
 * line every few items. Many edges per initiative make the cycle search and
 * the schedule checks work harder than in the other generators; long lines
 * make every item's text larger for the line scan and the re-parse.
 */
import { DependencyPicker, WEEKS, prng, quarterName, spanName, startOrderedSpans, weekName } from './generatePack';

const TEAMS = 8;

export function generateFlowStyle(n: number, seed = 1): string {
  const random = prng(seed ^ 0xf10e);
  const int = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const id = (i: number) => `f${i.toString(36)}`;
  const spans = startOrderedSpans(n, random, int);
  const picker = new DependencyPicker(spans, random);
  const perTeam = Math.max(5, Math.round(((n / TEAMS) * 8) / (WEEKS * 0.75 * 0.8)));
  const out = [
    `# Flow-style synthetic pack: ${n} initiatives (bench/generateFlowStyle.ts)`,
    'pack: 1',
    `title: "Flow-style roadmap: ${n} initiatives"`,
    `horizon: ${quarterName(0)}..${quarterName(7)}`,
    'strategy: { diagnosis: { summary: ["Synthetic."], evidence: [{ signal: Cost, current: $1M, target: $800K }] }, guiding_policy: [{ id: P1, title: Simplify }], non_goals: [{ item: Rewrite, rationale: No }] }',
    'capacity: { bau: 25%, estimate: mid, warn_at: 90% }',
    `teams: [${Array.from({ length: TEAMS }, (_, t) => `{ id: t${t}, name: "Team ${t}", engineers: ${perTeam + int(-1, 1)} }`).join(', ')}]`,
    'initiatives:',
  ];
  for (let i = 0; i < n; i++) {
    if (i % 10 === 0) out.push(`  # block ${i / 10}`);
    const span = spans[i];
    const weeks = span.last - span.first + 1;
    const low = Math.max(1, Math.round(weeks * (0.4 + random() * 0.6)));
    const owner = i % 4 === 0 ? `{ t${i % TEAMS}: 50%, t${(i + 3) % TEAMS}: 50% }` : `t${int(0, TEAMS - 1)}`;
    const deps = picker.pick(i, int(6, 14)).map((dep) => (dep.type === 'plain' ? id(dep.on) : `{ id: ${id(dep.on)}, type: start-to-start, lag: 2w }`));
    const first = `  - { id: ${id(i)}, title: "Initiative ${i}: ${['merge', 'split', 'move', 'drop'][i % 4]} the ${['queue', 'cache', 'index', 'ledger'][int(0, 3)]}", owner: ${owner}, when: ${spanName(span)}, effort: ${low}-${low + int(1, 3)},`;
    out.push(first, ...dependsOn(deps, i), `      milestones: [{ when: ${weekName(span.last)}, name: Done }], outcome: Less toil, metrics: [{ name: M${i}, baseline: 1, target: 2 }] }  # ${i % 2 ? 'keep' : 'review'}`);
  }
  out.push('');
  return out.join('\n');
}

/** The list wrapped at six ids a line; every seventh initiative has a comment line inside it. */
function dependsOn(deps: string[], i: number): string[] {
  if (deps.length === 0) return [];
  const lines: string[] = [];
  for (let k = 0; k < deps.length; k += 6) lines.push(deps.slice(k, k + 6).join(', '));
  const joined = lines.map((line, k) => `${k === 0 ? '      depends_on: [' : '        '}${line}${k === lines.length - 1 ? '],' : ','}`);
  if (i % 7 === 0 && joined.length > 1) joined.splice(1, 0, '        # the rest land later');
  return joined;
}
