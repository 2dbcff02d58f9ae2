import fc from 'fast-check';

/** An edit as an editor sends it: replace a range with new text. */
export interface TextChange {
  at: number;
  remove: number;
  insert: string;
}

export function applyChange(text: string, change: TextChange): string {
  const at = Math.min(change.at, text.length);
  return text.slice(0, at) + change.insert + text.slice(at + change.remove);
}

/** Keystrokes anywhere: mostly breaking, sometimes structural. */
export const typing = (text: string): fc.Arbitrary<TextChange> =>
  fc.record({
    at: fc.nat({ max: text.length }),
    remove: fc.nat({ max: 40 }),
    insert: fc.oneof(fc.constantFrom('', 'x', '\n', '  - id: extra\n    title: Extra\n', 'depends_on: [tracing]', ': ', '#', '"', '- ', '\t', 'W14'), fc.string({ maxLength: 12 })),
  });

/**
 * Edits a planner makes: a value the analyses read changes while the file
 * stays valid. Each names the value it rewrites (group 1 of the pattern), so
 * that every input of the cycle, capacity and model caches gets changed.
 */
const PLANNER_EDITS: { kind: string; pattern: RegExp; values: string[] }[] = [
  { kind: 'effort', pattern: /effort: ([\d.-]+)/g, values: ['1', '4-6', '10-12', '30', '0.5-1'] },
  { kind: 'when', pattern: /when: (\S+)/g, values: ['2026-Q3-W1..W4', '2026-Q4', '2026-Q3-W8..2026-Q4-W3', '2026-Q4-W10..W13', '2026-08-03..2026-09-25', '2026-10-12..2026-Q4-W12'] },
  { kind: 'owner', pattern: /owner: (\w[\w -]*)/g, values: ['infra', 'devex', 'Infra Squad', 'nobody', '{ infra: 70%, devex: 30% }'] },
  { kind: 'status', pattern: /status: (\S+)/g, values: ['planned', 'cut', 'done', 'in-progress'] },
  { kind: 'depends_on', pattern: /depends_on: (\[[^\]\n]*\])/g, values: ['[]', '[tracing]', '[autoscaling, tracing]', '[load-test-3x]', '[cost-optimization]', '[D2]'] },
  { kind: 'id', pattern: /^ {2}- id: (\S+)/gm, values: ['tracing', 'autoscaling', 'renamed', 'load-test-3x'] },
  // Headcount as a number, as steps with an unconfirmed hire, or with the team's own BAU.
  { kind: 'engineers', pattern: /engineers: (\d+)/g, values: ['0', '3', '12', '[ { from: 2026-Q3, count: 2 }, { from: 2026-Q4-W6, count: 6, confirmed: false } ]', '2, bau: 10%'] },
  { kind: 'bau', pattern: /bau: (\d+%)/g, values: ['0%', '20%', '60%'] },
  { kind: 'warn_at', pattern: /warn_at: (\d+%)/g, values: ['50%', '85%', '100%'] },
  { kind: 'estimate', pattern: /estimate: (\w+)/g, values: ['low', 'mid', 'high'] },
  { kind: 'horizon', pattern: /^horizon: (\S+)/gm, values: ['2026-Q3..2026-Q4', '2026-Q3', '2026-Q2..2027-Q1'] },
  // A team renamed: owners written by name resolve elsewhere, and messages name it anew.
  { kind: 'team name', pattern: /^ {2}- \{ id: \w+, name: ([^,}]+)/gm, values: ['Infra Squad', 'Renamed Squad', 'devex'] },
  // A new first team moves every team after it; the second takes `infra` as its name, before the team whose id it is.
  { kind: 'team', pattern: /^teams:\n()/gm, values: ['  - { id: ops, name: Ops Squad, engineers: 2 }\n', '  - { id: squad, name: infra, engineers: 1, bau: 10% }\n'] },
  { kind: 'calendar', pattern: /fiscal_year_start: (\d+)/g, values: ['1', '4', '10'] },
  { kind: 'horizon', pattern: /^horizon: (\S+)/gm, values: ['2026-Q3..2026-Q4', '2026-Q4', '2026-Q1..2027-Q4'] },
  { kind: 'at', pattern: /^ {4}at: (\S+)/gm, values: ['2026-Q3-W1', '2026-Q4-W13', '2027-Q2-W1'] },
  { kind: 'needed_by', pattern: /needed_by: (\S+)/g, values: ['2026-Q3-W1', '2026-Q4-W12', '2025-Q1-W1'] },
  // Drops the date a RP205 finding asks for, or adds it back as an unrelated key.
  { kind: 'needed_by-key', pattern: /^ {4}(needed_by):/gm, values: ['neded_by', 'needed_by'] },
  { kind: 'affects', pattern: /affects: (\[[^\]\n]*\])/g, values: ['[]', '[tracing]', '[D2, nothing-here]', '[autoscaling, load-test-3x]'] },
  { kind: 'title', pattern: /title: ([^\n#]+)/g, values: ['Renamed work', 'Tracing & more: "quoted"', 'x'] },
  // A key misspelt: the item loses a required field, and its messages name its place ("initiatives item 3").
  { kind: 'key', pattern: /^ {4}(title|owner|id):/gm, values: ['titel', 'ownr', 'idd'] },
  // A new first item moves every item after it.
  { kind: 'insert', pattern: /^(?:initiatives|gates|teams):\n()/gm, values: ['  - id: inserted\n    title: Inserted\n    owner: infra\n    when: 2026-Q3\n    effort: 2\n', '  - { id: x1, title: X, depends_on: [x1] }\n'] },
];

/** The kinds that change what the capacity analysis and its rules (RP501-RP505) read. */
export const CAPACITY_EDITS = ['effort', 'when', 'owner', 'status', 'engineers', 'bau', 'warn_at', 'estimate', 'horizon', 'team name', 'team', 'id', 'insert'] as const;

/** A planner's edit of the text, of any kind or of the kinds named. */
export const plannerEdit = (text: string, kinds?: readonly string[]): fc.Arbitrary<TextChange> => {
  const edits = kinds ? PLANNER_EDITS.filter((edit) => kinds.includes(edit.kind)) : PLANNER_EDITS;
  return fc.record({ kind: fc.nat({ max: edits.length - 1 }), nth: fc.nat({ max: 1000 }), value: fc.nat({ max: 100 }) }).map(({ kind, nth, value }) => {
    const edit = edits[kind];
    const matches = [...text.matchAll(new RegExp(edit.pattern, edit.pattern.flags + 'd'))];
    if (matches.length === 0) return { at: 0, remove: 0, insert: '' };
    const match = matches[nth % matches.length];
    const at = match.indices![1][0];
    return { at, remove: match[1].length, insert: edit.values[value % edit.values.length] };
  });
};

/** A sequence of edits (mostly a planner's, some keystrokes), each drawn against the text the previous ones left. */
export function editsOf(text: string, count: number, seed: number): TextChange[] {
  const changes: TextChange[] = [];
  let current = text;
  for (let n = 0; n < count; n++) {
    const [change] = fc.sample(fc.oneof({ weight: 3, arbitrary: plannerEdit(current) }, { weight: 1, arbitrary: typing(current) }), { numRuns: 1, seed: seed + n });
    changes.push(change);
    current = applyChange(current, change);
  }
  return changes;
}
