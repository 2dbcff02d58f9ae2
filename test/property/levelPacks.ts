/**
 * Generated packs for the levelling properties, built so that a placement
 * that fits always exists inside the horizon: one or two teams; work that
 * does not move (done, in progress, `fixed: true`) loads at most 1
 * engineer-week a week each, at most two of them a team, and waits for
 * nothing; movable work loads at most what is left, starts in the first
 * quarter and waits only for gates, unmoving work and movable work of the
 * same tier or a higher one; and the horizon (five quarters) is longer than
 * the first quarter plus every movable span end to end.
 */
import fc from 'fast-check';
import { formatSpan, formatWeek, weekIndex } from '../../server/src/pack';

export const FIRST_WEEK = weekIndex(2026, 3, 1);
export type Kind = 'planned' | 'exploring' | 'done' | 'in-progress' | 'fixed';

export interface GenItem {
  id: string;
  team: number;
  tier: number;
  kind: Kind;
  start: number;
  length: number;
  rate: number;
  dependsOn: string[];
  /** A milestone over the initiative's last week, to see milestones move with it. */
  milestone: boolean;
}

export interface GenPack {
  engineers: number[];
  gateAt: number;
  items: GenItem[];
}

export const movable = (item: GenItem) => item.kind === 'planned' || item.kind === 'exploring';

const rawItem = fc.record({
  team: fc.nat(1),
  tier: fc.integer({ min: 1, max: 3 }),
  kind: fc.constantFrom<Kind>('planned', 'planned', 'exploring', 'done', 'in-progress', 'fixed'),
  start: fc.nat(6),
  length: fc.integer({ min: 1, max: 4 }),
  rate: fc.integer({ min: 1, max: 3 }),
  deps: fc.array(fc.nat(9), { maxLength: 2 }),
  onGate: fc.boolean(),
  milestone: fc.boolean(),
});

export const genPack: fc.Arbitrary<GenPack> = fc
  .record({ engineers: fc.tuple(fc.integer({ min: 3, max: 5 }), fc.integer({ min: 3, max: 5 })), gateAt: fc.nat(12), raw: fc.array(rawItem, { minLength: 2, maxLength: 10 }) })
  .map(({ engineers, gateAt, raw }) => {
    const items: GenItem[] = [];
    const unmovingOn = [0, 0];
    for (const [index, r] of raw.entries()) {
      let kind = r.kind;
      if (!movable({ kind } as GenItem) && unmovingOn[r.team] >= 2) kind = 'planned';
      const isMovable = kind === 'planned' || kind === 'exploring';
      if (!isMovable) unmovingOn[r.team]++;
      const rate = isMovable ? Math.min(r.rate, engineers[r.team] - 2) : 1;
      const deps = isMovable ? [...new Set(r.deps.filter((d) => d < index && (!movable(items[d]) || items[d].tier <= r.tier)).map((d) => items[d].id))] : [];
      if (isMovable && r.onGate) deps.push('g0');
      items.push({ id: `i${index}`, team: r.team, tier: r.tier, kind, start: r.start, length: r.length, rate, dependsOn: deps, milestone: r.milestone });
    }
    return { engineers, gateAt, items };
  });

const span = (start: number, length: number) => formatSpan({ first: FIRST_WEEK + start, last: FIRST_WEEK + start + length - 1 });

/** The pack as YAML, with comments and a flow mapping, so that a rewrite that touches layout shows. */
export function packText(pack: GenPack, keep: (item: GenItem) => boolean = () => true): string {
  const lines = ['pack: 1', 'title: Generated  # levelling property', 'horizon: 2026-Q3..2027-Q3', 'teams:'];
  pack.engineers.forEach((engineers, t) => lines.push(`  - { id: t${t}, name: Team ${t}, engineers: ${engineers} }`));
  lines.push('capacity: { bau: 0%, estimate: high }', 'initiatives:');
  for (const item of pack.items.filter(keep)) {
    lines.push(`  - id: ${item.id}`, `    title: Work ${item.id}`, `    owner: t${item.team}`, `    tier: ${item.tier}`);
    lines.push(`    status: ${item.kind === 'fixed' ? 'planned' : item.kind}`);
    if (item.kind === 'fixed') lines.push('    fixed: true');
    lines.push(`    when: "${span(item.start, item.length)}"   # as planned`, `    effort: ${item.rate * item.length}`);
    const deps = item.dependsOn.filter((id) => id === 'g0' || pack.items.some((other) => other.id === id && keep(other)));
    if (deps.length > 0) lines.push(`    depends_on: [${deps.join(', ')}]`);
    if (item.milestone) lines.push('    milestones:', `      - { when: ${span(item.start + item.length - 1, 1)}, name: Done }`);
  }
  lines.push('gates:', `  - { id: g0, title: Decision, at: ${formatWeek(FIRST_WEEK + pack.gateAt)} }`, '');
  return lines.join('\n');
}
